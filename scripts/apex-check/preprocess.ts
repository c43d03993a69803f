/**
 * Rewrites Apex that ApexLink 2.3.7's parser (Summer '22) rejects into equivalent older syntax,
 * keeping every line and column where it was, so what ApexLink reports maps back to the real file.
 *
 * - `WITH USER_MODE` / `WITH SYSTEM_MODE` (SOQL and SOSL): blanked. The clause is optional wherever
 *   it may appear, and access mode does not change which types, fields or methods resolve.
 * - `insert as user x;` (and update, upsert, delete, undelete, merge; `as system`): the `as user`
 *   part is blanked, leaving a plain DML statement on the same record expression.
 */

/** Replaces every character except line breaks with a space. */
function blank(text: string): string {
  return text.replace(/[^\r\n]/g, ' ');
}

const ACCESS_MODE_CLAUSE = /\bWITH\s+(?:USER_MODE|SYSTEM_MODE)\b/gi;
const DML_ACCESS_MODE =
  /\b(insert|update|upsert|delete|undelete|merge)(\s+as\s+(?:user|system))\b/gi;

export interface Preprocessed {
  text: string;
  /** How many constructs were rewritten. */
  rewrites: number;
}

export function preprocessApex(source: string): Preprocessed {
  let rewrites = 0;
  const text = source
    .replace(ACCESS_MODE_CLAUSE, (clause) => {
      rewrites++;
      return blank(clause);
    })
    .replace(DML_ACCESS_MODE, (_statement, keyword: string, mode: string) => {
      rewrites++;
      return keyword + blank(mode);
    });
  return { text, rewrites };
}
