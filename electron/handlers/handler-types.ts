import type { Contract, InputOf, MethodName, OutputOf } from '../../shared/api/contract';
import type { HostContext } from '../host/host-context';

export type Handler<M extends MethodName> = (input: InputOf<M>, ctx: HostContext) => Promise<OutputOf<M>> | OutputOf<M>;

/** The handlers of one feature's contract: `HandlersFor<typeof keysContract>`. */
export type HandlersFor<C> = { [M in keyof C & MethodName]: Handler<M> };

export type Handlers = HandlersFor<Contract>;
