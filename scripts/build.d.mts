export const root: string;
export function buildNode(): Promise<void>;
export function buildRenderer(): Promise<void>;
export function ensureBuilt(options?: { node?: boolean; renderer?: boolean }): Promise<void>;
