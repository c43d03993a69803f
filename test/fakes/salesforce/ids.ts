/** Salesforce-shaped record Ids: a 3-character key prefix, a counter, and the 18-character checksum. */

const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/** The case-insensitive 18-character form of a 15-character Id (Salesforce's algorithm). */
function to18(id15: string): string {
  let suffix = '';
  for (let block = 0; block < 3; block++) {
    let flags = 0;
    for (let i = 0; i < 5; i++) {
      const c = id15.charAt(block * 5 + i);
      if (c >= 'A' && c <= 'Z') flags += 1 << i;
    }
    suffix += SUFFIX_ALPHABET.charAt(flags);
  }
  return id15 + suffix;
}

export class IdFactory {
  private next = 1;
  /** A new 18-character Id with the object's key prefix. */
  create(keyPrefix: string): string {
    const counter = (this.next++).toString(36).toUpperCase().padStart(10, '0');
    return to18(`${keyPrefix}00${counter}`.slice(0, 15));
  }
}

/** 15- and 18-character forms of one Id compare equal. */
export const sameId = (a: unknown, b: unknown): boolean =>
  typeof a === 'string' &&
  typeof b === 'string' &&
  a.length >= 15 &&
  a.slice(0, 15) === b.slice(0, 15);
