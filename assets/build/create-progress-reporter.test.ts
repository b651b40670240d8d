import { describe, expect, it } from 'vitest';
import { createProgressReporter } from './create-progress-reporter.js';

describe('createProgressReporter', () => {
  it('should print plain lines, not a bar, when the stream is not a terminal', () => {
    const lines: string[] = [];
    const stream = { isTTY: false } as NodeJS.WriteStream;
    const progress = createProgressReporter({ stream, log: (line) => lines.push(line) });
    progress.start('read', 3);
    progress.tick();
    progress.tick();
    progress.tick();
    progress.end('read: 3 files');
    expect(lines).toEqual(['read: 3 steps...', 'read: 3 files']);
  });
});
