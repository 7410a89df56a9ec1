export function findElectronBinary(env?: NodeJS.ProcessEnv): string | undefined;
export const ELECTRON_MISSING: string;
