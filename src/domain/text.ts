/**
 * Text PostgreSQL cannot store: NUL (no text or jsonb value may hold it, SQLSTATE 22P05)
 * and UTF-16 surrogates without their pair (they have no UTF-8 form: a driver would send
 * U+FFFD in their place, silently changing what the person wrote, and jsonb refuses their
 * \u escapes). Such text is refused where it enters, on the device and on the server, so
 * that it never reaches a row, an argument kept for replay, a stored refusal or a log.
 */
const unstorable = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const unstorableAll = new RegExp(unstorable.source, 'g');

export const isStorableText = (text: string): boolean => !unstorable.test(text);

/** The text with each unstorable character replaced by U+FFFD, for messages that quote
 *  what a client sent (an unknown command's name, a field's key). */
export const storableText = (text: string): string => text.replace(unstorableAll, '\uFFFD');

/**
 * Where in a JSON value the first unstorable text sits — a key or a string — as a field path
 * (`args.notes`, `items.2`; '' for the value itself), made storable; undefined when all of
 * it can be stored. Walks with its own stack: a 1 MB body can nest far deeper than the call
 * stack goes. Values from JSON.parse only (no cycles).
 */
export function unstorableTextAt(value: unknown): string | undefined {
  // Each node keeps its key and parent, so a path is only spelled out for the one found.
  interface Node {
    value: unknown;
    key?: string;
    parent?: Node;
  }
  const pathOf = (node: Node | undefined): string => {
    const keys: string[] = [];
    for (let at = node; at?.key !== undefined; at = at.parent) keys.push(storableText(at.key));
    return keys.reverse().join('.');
  };
  const stack: Node[] = [{ value }];
  for (let node = stack.pop(); node; node = stack.pop()) {
    const item = node.value;
    if (typeof item === 'string') {
      if (!isStorableText(item)) return pathOf(node);
      continue;
    }
    if (typeof item !== 'object' || item === null) continue;
    const entries = Object.entries(item).reverse(); // popped in order
    for (const [key, child] of entries) {
      if (!isStorableText(key)) return pathOf({ value: child, key, parent: node });
      stack.push({ value: child, key, parent: node });
    }
  }
  return undefined;
}
