import { errorTable } from '../errors/error-table';
import { jsonTooDeep, MAX_JSON_DEPTH } from './json-depth';

export const jsonErrors = errorTable({
  'json-too-deep': {
    message: `The JSON nests deeper than ${MAX_JSON_DEPTH} levels.`,
    hint: `No JWT, profile or configuration nests more than a few levels: this file was made to break a parser, or is not the one meant.`,
  },
});

/** JSON.parse after the depth check: the coded json-too-deep error for text nested deeper than the limit. */
export function parseJsonWithinDepth(text: string, what: string): unknown {
  if (jsonTooDeep(text)) throw jsonErrors.raise('json-too-deep', `${what} nests deeper than ${MAX_JSON_DEPTH} levels.`);
  return JSON.parse(text);
}
