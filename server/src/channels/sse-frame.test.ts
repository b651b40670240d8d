import { describe, expect, it } from 'vitest';
import { formatEventId } from '#shared/protocol/event-id';
import { formatLogEntryFrame, formatSseComment, formatSseFrame } from './sse-frame.js';

describe('formatSseFrame', () => {
  it('should write id, event and data lines ending in a blank line', () => {
    expect(formatSseFrame({ id: 'r:1', event: 'token', data: '{"content":"hi"}' })).toBe(
      'id: r:1\nevent: token\ndata: {"content":"hi"}\n\n',
    );
  });

  it('should split multi-line data into one data line each, whatever the line ending', () => {
    expect(formatSseFrame({ data: 'a\nb\r\nc\rd' })).toBe('data: a\ndata: b\ndata: c\ndata: d\n\n');
  });

  it('should put retry first when given', () => {
    expect(formatSseFrame({ retry: 2500.7, data: 'x' })).toBe('retry: 2500\ndata: x\n\n');
  });

  it('should refuse an id or event name that would break the framing', () => {
    expect(() => formatSseFrame({ id: 'a\nevent: forged', data: 'x' })).toThrow(/one line/);
    expect(() => formatSseFrame({ event: 'token\n', data: 'x' })).toThrow(/one line/);
  });
});

describe('formatSseComment', () => {
  it('should write a comment line that cannot inject fields', () => {
    expect(formatSseComment('ping\ndata: x')).toBe(': ping data: x\n\n');
  });
});

describe('formatLogEntryFrame', () => {
  it('should give the same bytes as formatSseFrame for a log entry', () => {
    const data = JSON.stringify({ content: 'line one\nline two \u2028 "quoted"' });
    expect(formatLogEntryFrame('run-abcdef12', 41, 'token', data)).toBe(
      formatSseFrame({ id: formatEventId('run-abcdef12', 41), event: 'token', data }),
    );
  });
});
