/**
 * Keys that appear twice in one JSON object. JSON.parse keeps the last value without a word, so a
 * hand-edited file can lose a setting silently (two "role" keys: the first one is ignored).
 */

export interface DuplicateKey {
  /** JSONPath of the object holding the key, e.g. `$.users[3]`. */
  path: string;
  key: string;
  /** 1-based line of the second (or later) occurrence. */
  line: number;
}

type Frame =
  | { kind: 'object'; path: string; keys: Set<string>; key: string | null; expectKey: boolean }
  | { kind: 'array'; path: string; index: number };

const member = (path: string, key: string) =>
  /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;

/** Every repeated key in `text`, which must be valid JSON (parse it first). */
export function duplicateKeys(text: string): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const stack: Frame[] = [];
  let line = 1;
  const pathOfValue = (): string => {
    const top = stack[stack.length - 1];
    if (!top) return '$';
    return top.kind === 'object' ? member(top.path, top.key ?? '') : `${top.path}[${top.index}]`;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    else if (c === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const top = stack[stack.length - 1];
      if (top?.kind === 'object' && top.expectKey) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (top.keys.has(key)) found.push({ path: top.path, key, line });
        top.keys.add(key);
        top.key = key;
        top.expectKey = false;
      }
      i = end;
    } else if (c === '{') {
      stack.push({
        kind: 'object',
        path: pathOfValue(),
        keys: new Set(),
        key: null,
        expectKey: true
      });
    } else if (c === '[') {
      stack.push({ kind: 'array', path: pathOfValue(), index: 0 });
    } else if (c === '}' || c === ']') {
      stack.pop();
    } else if (c === ',') {
      const top = stack[stack.length - 1];
      if (top?.kind === 'object') top.expectKey = true;
      else if (top) top.index++;
    }
  }
  return found;
}
