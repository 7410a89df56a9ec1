import { apexSnippet } from './apex-snippet';
import { curlSnippet } from './curl-snippet';
import { javaSnippet } from './java-snippet';
import { nodeSnippet } from './node-snippet';
import { pythonSnippet } from './python-snippet';
import { sfSnippet } from './sf-snippet';
import { type SnippetLang, type SnippetParams, snippetEndpoint } from './snippet-params';

/** The ready-to-paste code for one language. */
export function renderSnippet(lang: SnippetLang, given: SnippetParams): string {
  const params = { ...given, endpoint: snippetEndpoint(given.endpoint) };
  switch (lang) {
    case 'curl':
      return curlSnippet(params);
    case 'sf':
      return sfSnippet(params);
    case 'apex':
      return apexSnippet(params);
    case 'node':
      return nodeSnippet(params);
    case 'python':
      return pythonSnippet(params);
    case 'java':
      return javaSnippet(params);
  }
}
