/**
 * The subset of SOQL the provisioning scripts send: `SELECT f, … FROM Object [WHERE c AND c …]
 * [LIMIT n]`, where a condition is `field = value`, `field != value` or `field [NOT] IN (v, …)`
 * and a value is a quoted string, a number, true, false or null. Anything else is a parse error,
 * so a query the fake cannot evaluate faithfully fails loudly instead of returning wrong rows.
 */

export type SoqlValue = string | number | boolean | null;

export interface Condition {
  field: string;
  op: '=' | '!=' | 'IN' | 'NOT IN';
  values: SoqlValue[];
}

export interface SoqlQuery {
  fields: string[];
  object: string;
  where: Condition[];
  limit?: number;
}

export class SoqlError extends Error {}

type Token = { kind: 'word' | 'string' | 'number' | 'symbol'; text: string; value?: SoqlValue };

function tokenize(soql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < soql.length) {
    const c = soql.charAt(i);
    if (/\s/.test(c)) {
      i++;
    } else if (c === "'") {
      let value = '';
      i++;
      for (;;) {
        if (i >= soql.length) throw new SoqlError('unterminated string literal');
        const d = soql.charAt(i);
        if (d === '\\') {
          const escaped = soql.charAt(i + 1);
          const map: Record<string, string> = {
            n: '\n',
            r: '\r',
            t: '\t',
            "'": "'",
            '\\': '\\',
            '"': '"'
          };
          const out = map[escaped];
          if (out === undefined) throw new SoqlError(`invalid escape \\${escaped}`);
          value += out;
          i += 2;
        } else if (d === "'") {
          i++;
          break;
        } else {
          value += d;
          i++;
        }
      }
      tokens.push({ kind: 'string', text: value, value });
    } else if (/[0-9-]/.test(c)) {
      const match = /^-?\d+(\.\d+)?/.exec(soql.slice(i));
      if (!match) throw new SoqlError(`unexpected "${c}"`);
      tokens.push({ kind: 'number', text: match[0], value: Number(match[0]) });
      i += match[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const match = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(soql.slice(i));
      tokens.push({ kind: 'word', text: match![0] });
      i += match![0].length;
    } else if (soql.startsWith('!=', i)) {
      tokens.push({ kind: 'symbol', text: '!=' });
      i += 2;
    } else if ('=(),'.includes(c)) {
      tokens.push({ kind: 'symbol', text: c });
      i++;
    } else {
      throw new SoqlError(`unexpected "${c}" (the fake supports =, !=, IN and NOT IN only)`);
    }
  }
  return tokens;
}

export function parseSoql(soql: string): SoqlQuery {
  const tokens = tokenize(soql);
  let at = 0;
  const peek = () => tokens[at];
  const name = (what: string): string => {
    const token = tokens[at++];
    if (!token || token.kind !== 'word')
      throw new SoqlError(`expected ${what}, found ${token ? token.text : 'the end'}`);
    return token.text;
  };
  const keyword = (expected: string): void => {
    const token = tokens[at++];
    if (!token || token.kind !== 'word' || token.text.toUpperCase() !== expected)
      throw new SoqlError(`expected ${expected}, found ${token ? token.text : 'the end'}`);
  };
  const symbol = (text: string) => {
    const token = tokens[at++];
    if (!token || token.kind !== 'symbol' || token.text !== text)
      throw new SoqlError(`expected "${text}", found ${token ? token.text : 'the end'}`);
  };
  const isWord = (text: string) => peek()?.kind === 'word' && peek()!.text.toUpperCase() === text;
  const value = (): SoqlValue => {
    const token = tokens[at++];
    if (!token) throw new SoqlError('expected a value, found the end');
    if (token.kind === 'string' || token.kind === 'number') return token.value!;
    if (token.kind === 'word') {
      const upper = token.text.toUpperCase();
      if (upper === 'TRUE') return true;
      if (upper === 'FALSE') return false;
      if (upper === 'NULL') return null;
    }
    throw new SoqlError(`expected a value, found ${token.text}`);
  };

  keyword('SELECT');
  const fields = [name('a field')];
  while (peek()?.text === ',') {
    at++;
    fields.push(name('a field'));
  }
  keyword('FROM');
  const object = name('an object');
  const where: Condition[] = [];
  if (isWord('WHERE')) {
    at++;
    for (;;) {
      const field = name('a field');
      let op: Condition['op'];
      if (peek()?.text === '=' || peek()?.text === '!=') {
        op = tokens[at++]!.text as '=' | '!=';
        where.push({ field, op, values: [value()] });
      } else {
        op = 'IN';
        if (isWord('NOT')) {
          at++;
          op = 'NOT IN';
        }
        keyword('IN');
        symbol('(');
        const values = [value()];
        while (peek()?.text === ',') {
          at++;
          values.push(value());
        }
        symbol(')');
        where.push({ field, op, values });
      }
      if (!isWord('AND')) break;
      at++;
    }
  }
  let limit: number | undefined;
  if (isWord('LIMIT')) {
    at++;
    const n = value();
    if (typeof n !== 'number') throw new SoqlError('LIMIT takes a number');
    limit = n;
  }
  if (at < tokens.length)
    throw new SoqlError(
      `unexpected "${tokens[at]!.text}" (the fake supports WHERE … AND … and LIMIT only)`
    );
  return { fields, object, where, ...(limit === undefined ? {} : { limit }) };
}
