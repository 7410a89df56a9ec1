import { appContract } from './app-contract';
import { exchangeContract } from './exchange-contract';
import { jwtContract } from './jwt-contract';
import { keysContract } from './keys-contract';
import type { MethodSpec } from './method';
import { profilesContract } from './profiles-contract';
import type { Result } from './result';
import { workspaceContract } from './workspace-contract';

/**
 * The one API the renderer may call. Each feature defines its operations in its own `*-contract.ts`; both
 * hosts (Electron IPC, web host HTTP) and the renderer's client are derived from this object, so they
 * cannot drift apart.
 */
export const contract = {
  ...appContract,
  ...keysContract,
  ...jwtContract,
  ...exchangeContract,
  ...profilesContract,
  ...workspaceContract,
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type InputOf<M extends MethodName> = Contract[M] extends MethodSpec<infer I, unknown> ? I : never;
export type OutputOf<M extends MethodName> = Contract[M] extends MethodSpec<unknown, infer O> ? O : never;

export type StudioApi = {
  [M in MethodName]: InputOf<M> extends undefined
    ? (input?: undefined) => Promise<Result<OutputOf<M>>>
    : (input: InputOf<M>) => Promise<Result<OutputOf<M>>>;
};

export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/** The IPC channel of a method in the Electron host. */
export const ipcChannel = (method: MethodName): string => `studio:${method}`;
