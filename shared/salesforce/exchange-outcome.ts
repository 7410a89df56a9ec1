/**
 * What came back from a token request, in a form that crosses to the renderer and feeds the diagnosis: an
 * HTTP response (any status) or a transport failure before any response.
 */
export type NetworkErrorKind = 'dns' | 'refused' | 'timeout' | 'tls' | 'reset' | 'cancelled';

export type ResponseBody =
  | { kind: 'json'; json: unknown; pretty: string }
  | { kind: 'html'; title?: string; excerpt: string }
  | { kind: 'text'; excerpt: string }
  | { kind: 'empty' };

export type ExchangeOutcome =
  | { kind: 'response'; status: number; contentType?: string; location?: string; body: ResponseBody }
  | { kind: 'network-error'; error: NetworkErrorKind; message: string; errno?: string };
