import type { WebFrameMain } from 'electron';
import { bridgeErrors } from '../../shared/api/bridge-errors';
import type { MethodName } from '../../shared/api/contract';
import type { Result } from '../../shared/api/result';
import { dispatch } from '../handlers/registry';
import type { HostContext } from '../host/host-context';
import { isTrustedSender } from './window-security';

type Frame = Pick<WebFrameMain, 'url'>;

/**
 * What the main process answers one IPC call: `forbidden` unless the sender is the main window's main frame on
 * app://studio, else the handler's Result. Shared by main.ts and the desktop-path e2e bridge, so both run it.
 */
export function answerIpc(
  method: MethodName,
  input: unknown,
  sender: { frame: Frame | null | undefined; mainFrame: Frame | undefined },
  ctx: HostContext,
): Promise<Result<unknown>> | Result<never> {
  if (!isTrustedSender(sender.frame, sender.mainFrame))
    return { ok: false, error: bridgeErrors.raise('forbidden', 'This window may not call SF JWT Studio.').toShape() };
  return dispatch(method, input, ctx);
}
