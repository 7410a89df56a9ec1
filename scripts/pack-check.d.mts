export function standInElectron(dir: string): string;
export function readFuses(executable: string): Record<string, boolean | 'removed'>;
export function packLinuxDir(): Promise<{
  work: string;
  appDir: string;
  files: string[];
  fuses: Record<string, boolean | 'removed'>;
  log: string;
}>;
