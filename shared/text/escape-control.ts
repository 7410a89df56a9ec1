/**
 * Control characters of an echoed input written visibly (`\x1b`, `\u202e`): a file's bytes or a typed value
 * quoted in a message must not move the terminal's cursor, change its colours or reorder the text around it.
 * Line feeds and tabs are escaped too, so an echoed value stays on its line.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function escapeControl(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** The same for a multi-line text (a report): its own line breaks are kept, every other control escaped. */
export function escapeControlKeepLines(text: string): string {
  return text.split('\n').map(escapeControl).join('\n');
}
