/**
 * How deep JSON may nest before it is refused. A JWT's header and payload, a profile and a configuration are a
 * few levels deep; 64 is far above them and far below what recursive code (rendering, JSON.stringify, a
 * schema walk) survives: 5,000 levels already overflow the stack in places.
 */
export const MAX_JSON_DEPTH = 64;

/**
 * Whether JSON text nests deeper than `max`, counted without parsing it (a scan of the brackets outside strings),
 * so a hostile text costs one pass and no recursion.
 */
export function jsonTooDeep(text: string, max = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    }
  }
  return false;
}

/** The depth of a value already parsed (a request body, a stored record), without recursion. */
export function valueTooDeep(value: unknown, max = MAX_JSON_DEPTH): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  let visited = 0;
  while (stack.length > 0) {
    const item = stack.pop() as { value: unknown; depth: number };
    if (typeof item.value !== 'object' || item.value === null) continue;
    if (item.depth + 1 > max) return true;
    // Bounded by the value's own size; the count guards against a shared structure visited over and over.
    if (++visited > 1_000_000) return true;
    for (const child of Object.values(item.value)) stack.push({ value: child, depth: item.depth + 1 });
  }
  return false;
}
