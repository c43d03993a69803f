/**
 * What a flow relies on in an invocable Apex class, read from its source text: the
 * `@InvocableVariable` fields of an inner class (name, Apex type, required), the class's String
 * constants, and the fields a method assigns on a variable (`result.queueId = ...`). Not an Apex
 * parser: comments are blanked (positions kept, so lines stay right) and the declarations are
 * matched in the shapes Prettier formats them to.
 */

export interface InvocableVariable {
  name: string;
  /** The Apex type as written, e.g. `Id`, `List<SkillRequirement>`. */
  type: string;
  required: boolean;
  /** 1-based line of the field declaration. */
  line: number;
}

/** The source with comments replaced by spaces (newlines kept); string literals untouched. */
export function withoutComments(source: string): string {
  let out = '';
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    const next = source[i + 1];
    if (c === "'") {
      let j = i + 1;
      while (j < source.length && source[j] !== "'") j += source[j] === '\\' ? 2 : 1;
      out += source.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && next === '/') {
      const end = source.indexOf('\n', i);
      const stop = end === -1 ? source.length : end;
      out += ' '.repeat(stop - i);
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end === -1 ? source.length : end + 2;
      out += source.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

function lineAt(source: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (source[i] === '\n') line++;
  return line;
}

/** Start and end (exclusive) of the body of `class <name>` in comment-free source, or null. */
function classBody(code: string, name: string): { start: number; end: number } | null {
  const match = new RegExp(`\\bclass\\s+${name}\\b[^{]*\\{`).exec(code);
  if (!match) return null;
  const start = match.index + match[0].length;
  let depth = 1;
  for (let i = start; i < code.length; i++) {
    const c = code[i];
    if (c === "'") {
      i++;
      while (i < code.length && code[i] !== "'") i += code[i] === '\\' ? 2 : 1;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return { start, end: i };
  }
  return null;
}

const INVOCABLE_VARIABLE =
  /@InvocableVariable\s*(?:\(((?:[^()']|'(?:\\.|[^'\\])*')*)\))?\s*public\s+([\w.]+(?:\s*<[\w.\s,<>]+>)?)\s+(\w+)\s*;/g;

/**
 * The `@InvocableVariable` fields of the inner class `className` (an invocable action's request or
 * result), by name; empty when the class is not in the source.
 */
export function invocableVariables(
  source: string,
  className: string
): Map<string, InvocableVariable> {
  const code = withoutComments(source);
  const body = classBody(code, className);
  const variables = new Map<string, InvocableVariable>();
  if (!body) return variables;
  const text = code.slice(body.start, body.end);
  for (const match of text.matchAll(INVOCABLE_VARIABLE)) {
    const [, args = '', type = '', name = ''] = match;
    variables.set(name, {
      name,
      type: type.replace(/\s+/g, ''),
      required: /\brequired\s*=\s*true\b/i.test(args),
      line: lineAt(code, body.start + match.index + match[0].indexOf(name + ';'))
    });
  }
  return variables;
}

/** `static final String NAME = 'value';` declarations, by name. */
export function stringConstants(source: string): Map<string, string> {
  const constants = new Map<string, string>();
  const code = withoutComments(source);
  for (const match of code.matchAll(
    /\bstatic\s+final\s+String\s+(\w+)\s*=\s*'((?:\\.|[^'\\])*)'\s*;/g
  ))
    constants.set(match[1]!, match[2]!);
  return constants;
}

/** The fields assigned on `variable` anywhere in the source (`variable.field = ...`), with the first line of each. */
export function assignedFields(source: string, variable: string): Map<string, number> {
  const code = withoutComments(source);
  const fields = new Map<string, number>();
  for (const match of code.matchAll(new RegExp(`\\b${variable}\\.(\\w+)\\s*=(?!=)`, 'g')))
    if (!fields.has(match[1]!)) fields.set(match[1]!, lineAt(code, match.index));
  return fields;
}

/** The values assigned to `variable.field` from constants of `owner` (`result.routingType = Owner.NAME`), by constant name. */
export function constantsAssigned(
  source: string,
  variable: string,
  field: string,
  owner: string
): Map<string, number> {
  const code = withoutComments(source);
  const names = new Map<string, number>();
  for (const match of code.matchAll(
    new RegExp(`\\b${variable}\\.${field}\\s*=\\s*${owner}\\.(\\w+)\\s*;`, 'g')
  ))
    if (!names.has(match[1]!)) names.set(match[1]!, lineAt(code, match.index));
  return names;
}
