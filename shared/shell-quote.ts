/** A POSIX shell word that stands for exactly `value`: single quotes, each inner quote closed and escaped. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
