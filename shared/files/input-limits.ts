/**
 * How many bytes each kind of input may have, read by the bounded reader on the Node side and by the UI's file
 * picker and drop zone, so both refuse the same files. Each limit is far above any real file of its kind.
 */
export const INPUT_LIMITS = {
  /** A key, certificate or keystore is a few kilobytes; a keystore with a chain a few more. */
  keyFile: 1024 * 1024,
  /** A JWT Bearer assertion is under 2 KB; a pasted token with line breaks or a log line around it, a little more. */
  token: 1024 * 1024,
  /** An emulator configuration names one org: a few kilobytes. */
  config: 1024 * 1024,
  /** An exported profile: a configuration and a sealed key, a few kilobytes. */
  profileExport: 1024 * 1024,
  /** Each saved profile holds a sealed key of a few kilobytes: 32 MB is thousands of profiles. */
  profileStore: 32 * 1024 * 1024,
} as const;

/** "1 MB", "64 KB": a limit as people read it. */
export function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MB` : `${bytes / 1024} KB`;
}
