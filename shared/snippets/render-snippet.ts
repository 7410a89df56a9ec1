import { apexSnippet } from './apex-snippet';
import { curlSnippet } from './curl-snippet';
import { javaSnippet } from './java-snippet';
import { nodeSnippet } from './node-snippet';
import { pythonSnippet } from './python-snippet';
import { sfSnippet } from './sf-snippet';
import type { SnippetLang, SnippetParams } from './snippet-params';

/** The ready-to-paste code for one language. */
export function renderSnippet(lang: SnippetLang, params: SnippetParams): string {
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
