/**
 * Decides which auto-response rule entry a new case would match, so the road map can show the
 * acknowledgement each team's customers receive. Understands the formulas the rule uses
 * (AND, OR, NOT, ISPICKVAL, ISBLANK, TRUE, FALSE) and criteria items with equals / notEqual; anything
 * else is reported as unknown rather than guessed.
 */
import type { AutoResponseEntry } from './model';

/** Field values of the case being evaluated (API names without the `Case.` prefix). */
export type CaseFields = Record<string, string | null>;

export type Verdict = boolean | 'unknown';

class Unsupported extends Error {}

type Token = { kind: 'name' | 'string' | 'punct'; value: string };

function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < formula.length) {
    const ch = formula.charAt(i);
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '(' || ch === ')' || ch === ',') {
      tokens.push({ kind: 'punct', value: ch });
      i++;
    } else if (ch === '"' || ch === "'") {
      const end = formula.indexOf(ch, i + 1);
      if (end < 0) throw new Unsupported('unterminated string');
      tokens.push({ kind: 'string', value: formula.slice(i + 1, end) });
      i = end + 1;
    } else {
      const match = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(formula.slice(i));
      if (!match) throw new Unsupported(`unexpected "${ch}"`);
      tokens.push({ kind: 'name', value: match[0] });
      i += match[0].length;
    }
  }
  return tokens;
}

type Value = boolean | string | null;

class FormulaEvaluator {
  private position = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly fields: CaseFields
  ) {}

  evaluate(): boolean {
    const value = this.expression();
    if (this.position !== this.tokens.length) throw new Unsupported('trailing input');
    if (typeof value !== 'boolean') throw new Unsupported('not a condition');
    return value;
  }

  private next(): Token {
    const token = this.tokens[this.position++];
    if (!token) throw new Unsupported('unexpected end');
    return token;
  }

  private peek(value: string): boolean {
    return this.tokens[this.position]?.value === value;
  }

  private field(name: string): string | null {
    const key = name.replace(/^Case\./, '');
    if (!(key in this.fields)) throw new Unsupported(`unknown field ${name}`);
    return this.fields[key] ?? null;
  }

  private expression(): Value {
    const token = this.next();
    if (token.kind === 'string') return token.value;
    if (token.kind !== 'name') throw new Unsupported(`unexpected "${token.value}"`);
    const upper = token.value.toUpperCase();
    if (upper === 'TRUE') return true;
    if (upper === 'FALSE') return false;
    if (!this.peek('(')) return this.field(token.value);
    this.next();
    const args: Value[] = [];
    while (!this.peek(')')) {
      args.push(this.expression());
      if (this.peek(',')) this.next();
      else if (!this.peek(')')) throw new Unsupported('expected , or )');
    }
    this.next();
    return this.call(upper, args);
  }

  private call(name: string, args: Value[]): Value {
    const booleans = () =>
      args.map((a) => {
        if (typeof a !== 'boolean') throw new Unsupported(`${name} needs conditions`);
        return a;
      });
    switch (name) {
      case 'AND':
        return booleans().every(Boolean);
      case 'OR':
        return booleans().some(Boolean);
      case 'NOT':
        if (args.length !== 1) throw new Unsupported('NOT takes one argument');
        return !booleans()[0];
      case 'ISPICKVAL':
        if (args.length !== 2 || typeof args[1] !== 'string')
          throw new Unsupported('ISPICKVAL(field, "value")');
        return args[0] === args[1];
      case 'ISBLANK':
        if (args.length !== 1) throw new Unsupported('ISBLANK takes one argument');
        return args[0] === null || args[0] === '';
      default:
        throw new Unsupported(`function ${name}`);
    }
  }
}

/** Evaluates a rule-entry formula against the case fields; 'unknown' when it uses anything else. */
export function evaluateFormula(formula: string, fields: CaseFields): Verdict {
  try {
    return new FormulaEvaluator(tokenize(formula), fields).evaluate();
  } catch (error) {
    if (error instanceof Unsupported) return 'unknown';
    throw error;
  }
}

function criteriaMatch(entry: AutoResponseEntry, fields: CaseFields): Verdict {
  if (entry.booleanFilter !== null) return 'unknown';
  for (const item of entry.criteria) {
    const key = item.field.replace(/^Case\./, '');
    if (!(key in fields)) return 'unknown';
    const actual = fields[key] ?? '';
    const values = item.value.split(',').map((v) => v.trim());
    if (item.operation === 'equals' && !values.includes(actual)) return false;
    else if (item.operation === 'notEqual' && values.includes(actual)) return false;
    else if (item.operation !== 'equals' && item.operation !== 'notEqual') return 'unknown';
  }
  return true;
}

/** Whether a rule entry sends its template for this case. */
export function entryMatches(entry: AutoResponseEntry, fields: CaseFields): Verdict {
  if (entry.formula !== null) return evaluateFormula(entry.formula, fields);
  return criteriaMatch(entry, fields);
}

export interface EntryOutcome {
  entry: AutoResponseEntry | null;
  /** True when an entry before the chosen one could not be evaluated. */
  uncertain: boolean;
}

/** The first entry that matches, as Salesforce evaluates them (in order, first match wins). */
export function firstMatchingEntry(entries: AutoResponseEntry[], fields: CaseFields): EntryOutcome {
  let uncertain = false;
  for (const entry of entries) {
    const verdict = entryMatches(entry, fields);
    if (verdict === true) return { entry, uncertain };
    if (verdict === 'unknown') uncertain = true;
  }
  return { entry: null, uncertain };
}
