export const INSTALL_TIMEOUT_MS: number;
export function installerRunsOn(version?: string): boolean;
export function electronVersion(): string;
export function failureReason(stderr: string, env?: NodeJS.ProcessEnv): string;
export function installElectron(options?: {
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}): Promise<{ ok: true } | { ok: false; reason: string }>;
