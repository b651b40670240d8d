import { describe, expect, it } from 'vitest';
import { readLogSettings } from './config.js';

describe('readLogSettings', () => {
  it('writes lines for a person only on a terminal, and JSON when asked or piped', () => {
    expect(readLogSettings({}, true)).toEqual({ LOG_LEVEL: 'info', pretty: true });
    expect(readLogSettings({}, false)).toEqual({ LOG_LEVEL: 'info', pretty: false });
    expect(readLogSettings({ LOG_FORMAT: 'json' }, true).pretty).toBe(false);
    expect(readLogSettings({ LOG_LEVEL: 'debug', LOG_FORMAT: 'pretty' }, false)).toEqual({
      LOG_LEVEL: 'debug',
      pretty: false,
    });
  });

  it('falls back to the defaults on bad values, which loadConfig then reports', () => {
    expect(readLogSettings({ LOG_LEVEL: 'loud', LOG_FORMAT: 'xml' }, true)).toEqual({
      LOG_LEVEL: 'info',
      pretty: true,
    });
  });
});
