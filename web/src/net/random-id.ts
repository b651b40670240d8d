const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * A random id of `length` base64url characters (6 bits each). Uses `getRandomValues`, which,
 * unlike `randomUUID`, also works on plain-http origins other than localhost.
 */
export const randomId = (length = 22): string => {
  const bytes = new Uint8Array(length);
  crypto.getRandomValues(bytes);
  let id = '';
  for (const byte of bytes) id += alphabet[byte & 63];
  return id;
};
