/** A NUL (PostgreSQL text cannot hold one) or a UTF-16 surrogate without its pair. */
const isUnsafe = (text: string): boolean => text.includes('\u0000') || !text.isWellFormed();

/**
 * The path of the first string in `value` (a key or a value, at any depth) that the database
 * cannot store as sent, or null. Iterative, so a deeply nested payload cannot overflow the stack.
 */
export const findUnsafeString = (value: unknown): string | null => {
  const pending: { value: unknown; path: string }[] = [{ value, path: '' }];
  while (pending.length > 0) {
    const { value: current, path } = pending.pop() as { value: unknown; path: string };
    if (typeof current === 'string') {
      if (isUnsafe(current)) return path || '(root)';
    } else if (typeof current === 'object' && current !== null) {
      for (const [key, child] of Object.entries(current)) {
        const childPath = path ? `${path}.${key}` : key;
        if (isUnsafe(key)) return childPath;
        pending.push({ value: child, path: childPath });
      }
    }
  }
  return null;
};
