/**
 * One SSE message in wire format. `data` may hold newlines (each becomes its own `data:` line, as
 * the spec requires); `id` and `event` must not, and are checked.
 */
export const formatSseFrame = (frame: {
  id?: string;
  event?: string;
  data: string;
  retry?: number;
}): string => {
  let out = '';
  if (frame.retry !== undefined) out += `retry: ${Math.max(0, Math.floor(frame.retry))}\n`;
  if (frame.id !== undefined) out += `id: ${singleLine(frame.id, 'id')}\n`;
  if (frame.event !== undefined) out += `event: ${singleLine(frame.event, 'event')}\n`;
  // JSON (every event's data) has no raw line breaks: the common case skips the split.
  if (!frame.data.includes('\n') && !frame.data.includes('\r')) out += `data: ${frame.data}\n`;
  else for (const line of frame.data.split(/\r\n|\r|\n/)) out += `data: ${line}\n`;
  return `${out}\n`;
};

/** A comment line: ignored by clients, keeps proxies from closing an idle stream. */
export const formatSseComment = (text: string): string => `: ${text.replace(/[\r\n]+/g, ' ')}\n\n`;

const singleLine = (value: string, field: string): string => {
  if (/[\r\n\0]/.test(value)) throw new Error(`SSE ${field} must be one line`);
  return value;
};

/**
 * A run log entry's frame, on the token path: the same bytes as `formatSseFrame`, built as one
 * string with no checks. Nothing here can break the framing: the run id is a server-made id, the
 * index a number, the event one of the protocol's names, and the data JSON, which never holds a
 * raw line break.
 */
export const formatLogEntryFrame = (
  runId: string,
  index: number,
  event: string,
  data: string,
): string => `id: ${runId}:${index}\nevent: ${event}\ndata: ${data}\n\n`;
