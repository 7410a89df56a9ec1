/**
 * The opt-in trace of an unexpected failure: `SF_JWT_STUDIO_DEBUG=1` writes the error's name and its stack frames
 * to stderr. Never the message (it may quote a path, a key or a token) and never the input.
 */
export function debugTrace(error: unknown, write: (text: string) => void = (t) => process.stderr.write(t)): void {
  if (process.env.SF_JWT_STUDIO_DEBUG !== '1') return;
  const name = error instanceof Error ? error.name : typeof error;
  const frames = error instanceof Error ? (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line)) : [];
  write(`trace: ${name}\n${frames.map((f) => `${f.trimEnd()}\n`).join('')}`);
}
