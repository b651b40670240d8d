import { describe, expect, it } from 'vitest';
import { safeUrl } from './safe-url';

describe('safeUrl', () => {
  it('should keep absolute http and https links', () => {
    expect(safeUrl('https://en.wikipedia.org/wiki/Biceps')).toBe(
      'https://en.wikipedia.org/wiki/Biceps',
    );
    expect(safeUrl('http://example.org')).toBe('http://example.org/');
  });

  it('should drop every other scheme and relative links', () => {
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,<b>x</b>',
      'vbscript:x',
      '/relative',
      '//evil.example',
      'mailto:a@b.c',
    ]) {
      expect(safeUrl(url)).toBeNull();
    }
  });
});
