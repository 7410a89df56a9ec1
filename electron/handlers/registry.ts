import { apiErrors } from '../../shared/api/api-errors';
import { contract, isMethodName } from '../../shared/api/contract';
import { fail, ok, type Result } from '../../shared/api/result';
import { toErrorShape } from '../../shared/errors/studio-error';
import { debugTrace } from '../host/debug-trace';
import type { HostContext } from '../host/host-context';
import { appHandlers } from './app-handlers';
import { exchangeHandlers } from './exchange-handlers';
import type { Handlers } from './handler-types';
import { jwtHandlers } from './jwt-handlers';
import { keysHandlers } from './keys-handlers';
import { orgCheckHandlers } from './org-check-handlers';
import { profilesHandlers } from './profiles-handlers';
import { workspaceHandlers } from './workspace-handlers';

export const handlers: Handlers = {
  ...appHandlers,
  ...keysHandlers,
  ...jwtHandlers,
  ...exchangeHandlers,
  ...profilesHandlers,
  ...workspaceHandlers,
  ...orgCheckHandlers,
};

/**
 * The single entry of every host: validates the method name and its input against the contract, runs the
 * handler, and turns whatever it throws into a coded error. Nothing throws past this point. Every call waits
 * for the saved workspace to be restored, and a call that changed the workspace answers once it is on disk.
 */
export async function dispatch(method: unknown, rawInput: unknown, ctx: HostContext): Promise<Result<unknown>> {
  if (!isMethodName(method)) {
    const name = JSON.stringify(String(method)).slice(0, 80);
    return fail(apiErrors.raise('unknown-method', `There is no operation named ${name}.`).toShape());
  }
  try {
    const input = contract[method].input.parse(rawInput);
    const handler = handlers[method] as (input: unknown, ctx: HostContext) => unknown;
    const workspace = ctx.services.workspace;
    await workspace.ready();
    const saves = workspace.saves;
    const value = await handler(input, ctx);
    if (workspace.saves !== saves) await workspace.saved();
    return ok(value);
  } catch (error) {
    debugTrace(error);
    return fail(toErrorShape(error));
  }
}
