/**
 * Turns what a customer wrote (an email with HTML, reply history and forward headers, a chat
 * message, a call transcript) into sentences of lower-case word tokens for phrase matching.
 *
 * Every step is deliberately plain string work so that the Apex twin (TriageText.cls) can do
 * exactly the same; change both together (docs/routing.md#8-for-developers-keeping-apex-and-typescript-equal).
 */

/**
 * Triage reads at most this many characters of a contact's free text (body and transcript together,
 * after HTML conversion and reply-history removal), so the cost of triaging one contact is bounded
 * however long the email: docs/triage-model.md, "The text bound".
 */
export const TEXT_LIMIT = 2000;
/** Triage reads at most this many characters of a subject (a Case Subject holds 255). */
export const SUBJECT_LIMIT = 255;

/** A line standing for an HTML <blockquote>: treated like a reply header (quoted history follows). */
const QUOTE_MARKER = '[[quoted]]';
/** Fewer new words than this before a reply header means the message is a bare forward or reply. */
const MIN_NEW_WORDS = 3;

const NAMED_ENTITIES = new Map<string, string>(
  Object.entries({
    nbsp: ' ',
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
    rsquo: "'",
    lsquo: "'",
    rdquo: '"',
    ldquo: '"',
    ndash: '-',
    mdash: '-',
    hellip: '...'
  })
);

/** The end of a tag. */
const TAG_END = />/g;

/**
 * The text up to the end of the last match of `close`, and the rest. Every pattern below ends with
 * its `close`, so no match of it lies in the rest, and trying it on the first part alone finds the
 * same matches. It also never tries an opening with no close after it: the pattern would scan to the
 * end of the text for each such opening, so a crafted email of many unclosed `<!--`, `<style>` or
 * `<a` would cost time that grows with the square of its length (the Apex twin would hit the
 * platform's regex limit, which no code can catch, and the email would be refused).
 */
function splitAtLastClose(text: string, close: RegExp): [string, string] {
  let end = 0;
  for (const match of text.matchAll(close)) end = match.index + match[0].length;
  return [text.slice(0, end), text.slice(end)];
}

/** Replaces every match of a pattern that ends with `close`, in time linear in the text's length. */
function replaceClosed(text: string, pattern: RegExp, close: RegExp, replacement: string): string {
  const [closed, rest] = splitAtLastClose(text, close);
  return closed.replace(pattern, replacement) + rest;
}

/** True when the text looks like HTML (has at least one tag). */
function looksLikeHtml(text: string): boolean {
  return /<(?:[a-z][a-z0-9]*|\/[a-z][a-z0-9]*|!--)[^>]*>/i.test(splitAtLastClose(text, TAG_END)[0]);
}

/**
 * Plain text from HTML: drops head/style/script/comments, keeps line structure, decodes entities.
 * Each step costs time linear in the text's length, whatever the HTML (replaceClosed).
 */
export function htmlToText(html: string): string {
  let text = replaceClosed(html, /<!--[\s\S]*?-->/g, /-->/g, ' ');
  for (const block of ['head', 'style', 'script']) {
    // The opening tag stops at the next '<': an opening with no '>' of its own must not scan on to
    // the '>' of a later tag (many such openings would cost a scan each, to the close).
    const pattern = new RegExp(`<${block}\\b[^<>]*>[\\s\\S]*?<\\/${block}\\s*>`, 'gi');
    text = replaceClosed(text, pattern, new RegExp(`<\\/${block}\\s*>`, 'gi'), ' ');
  }
  text = replaceClosed(text, /<blockquote\b[^>]*>/gi, TAG_END, `\n${QUOTE_MARKER}\n`);
  text = replaceClosed(text, /<br\s*\/?>/gi, TAG_END, '\n');
  text = replaceClosed(text, /<\/?(p|div|li|tr|table|h[1-6]|ul|ol)\b[^>]*>/gi, TAG_END, '\n');
  text = replaceClosed(text, /<[^>]*>/g, TAG_END, ' ');
  return decodeEntities(text);
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, code: string) => {
    const lower = code.toLowerCase();
    // Over-long numbers are left alone, as the Apex twin cannot parse them.
    if (lower.startsWith('#x'))
      return lower.length > 8 ? whole : safeChar(parseInt(lower.slice(2), 16), whole);
    if (lower.startsWith('#'))
      return lower.length > 9 ? whole : safeChar(parseInt(lower.slice(1), 10), whole);
    return NAMED_ENTITIES.get(lower) ?? whole;
  });
}

function safeChar(code: number, fallback: string): string {
  return Number.isFinite(code) && code > 0 && code < 0x10000 ? String.fromCharCode(code) : fallback;
}

/** Strips reply and forward prefixes from a subject: "RE: Fwd: [2] checkout" -> "checkout". */
export function stripSubjectPrefixes(subject: string): string {
  let result = subject.trim();
  for (;;) {
    const next = result.replace(/^(re|fw|fwd|aw|sv|wg|tr|antw)\s*(\[\d+\])?\s*:\s*/i, '');
    if (next === result) return result;
    result = next;
  }
}

type LineKind = 'text' | 'quoted' | 'replyHeader' | 'forwardHeader' | 'headerField' | 'noise';

function classifyLine(line: string, previous: string, next: string[]): LineKind {
  const t = line.trim();
  const lower = t.toLowerCase();
  if (t === QUOTE_MARKER) return 'replyHeader';
  if (t.startsWith('>')) return 'quoted';
  if (/^-{2,}\s*original message\s*-{2,}$/.test(lower)) return 'replyHeader';
  if (
    /^-{2,}\s*forwarded message\s*-{2,}$/.test(lower) ||
    /^begin forwarded message:?$/.test(lower)
  ) {
    return 'forwardHeader';
  }
  if (
    lower.endsWith('wrote:') &&
    (lower.startsWith('on ') || previous.trim().toLowerCase().startsWith('on '))
  ) {
    return 'replyHeader';
  }
  if (/^from:\s/.test(lower) && next.some((l) => /^(sent|date):\s/i.test(l.trim())))
    return 'headerField';
  if (/^(sent|date|to|cc|subject):\s/.test(lower)) return 'headerField';
  if (/^sent from my\s/.test(lower)) return 'noise';
  return 'text';
}

/**
 * Keeps what the customer newly wrote: drops quoted lines (">"), reply history after a reply
 * header ("On ... wrote:", "-----Original Message-----", Outlook "From:/Sent:" blocks, HTML
 * blockquotes) and header fields. When almost nothing was written above the history (a bare
 * forward), the history is the message and is kept.
 */
export function stripReplyHistory(text: string, limit = Number.POSITIVE_INFINITY): string {
  const lines = text.split(/\r?\n/);
  const kept: string[] = [];
  const all: string[] = [];
  let keptChars = 0;
  let keptWords = 0;
  let allChars = 0;
  let inHistory = false;
  let forwarding = false;
  for (let i = 0; i < lines.length; i++) {
    // Stop reading once the outcome within `limit` characters is decided: the new text is known to
    // be the message (three words) and is complete or long enough, or only history can follow.
    // (A count of characters includes each line's line break: more than `limit` means the joined
    // text has at least `limit` characters, so later lines cannot change what is kept.)
    if (keptWords >= MIN_NEW_WORDS && (inHistory || keptChars > limit)) break;
    if (inHistory && allChars > limit) break;
    const line = lines[i] ?? '';
    const kind = classifyLine(line, lines[i - 1] ?? '', lines.slice(i + 1, i + 4));
    let content: string | null = null;
    if (kind === 'forwardHeader') {
      forwarding = true;
    } else if (kind === 'replyHeader') {
      inHistory = true;
    } else if (kind === 'headerField') {
      const trimmed = line.trim();
      if (/^from:\s/i.test(trimmed) && !forwarding) inHistory = true;
      // A forwarded or quoted "Subject:" still says what the message is about.
      const subject = /^subject:\s*(.*)$/i.exec(trimmed);
      if (subject?.[1]) content = stripSubjectPrefixes(subject[1]);
    } else if (kind === 'text') {
      content = line;
    }
    if (content === null) continue;
    all.push(content);
    allChars += content.length + 1;
    if (!inHistory) {
      kept.push(content);
      keptChars += content.length + 1;
      keptWords += countWords(content);
    }
  }
  const newText = kept.join('\n');
  return countWords(newText) < MIN_NEW_WORDS ? all.join('\n') : newText;
}

function countWords(text: string): number {
  return text.split(/[^A-Za-z0-9]+/).filter((w) => w.length > 0).length;
}

/** Lower-case word tokens: possessive 's dropped, apostrophes removed (didn't -> didnt), all else a separator. */
export function tokenize(sentence: string, keepWildcard = false): string[] {
  let s = sentence.toLowerCase().replace(/[\u2018\u2019\u02bc`]/g, "'");
  s = s.replace(/'s\b/g, '').replace(/'/g, '');
  s = s.replace(keepWildcard ? /[^a-z0-9*]+/g : /[^a-z0-9]+/g, ' ');
  return s.split(' ').filter((t) => t.length > 0);
}

/** Splits text into sentences on . ! ? ; and line breaks, each tokenized; empty sentences dropped. */
export function sentences(text: string): string[][] {
  return text
    .split(/[.!?;\r\n]+/)
    .map((part) => tokenize(part))
    .filter((tokens) => tokens.length > 0);
}

/**
 * What the customer newly wrote in one free-text field, as plain text: HTML to text, reply history
 * removed, at most `limit` characters.
 */
function newText(raw: string | null | undefined, limit = TEXT_LIMIT): string {
  if (!raw) return '';
  const plain = looksLikeHtml(raw) ? htmlToText(raw) : raw;
  return stripReplyHistory(plain, limit).slice(0, limit);
}

/**
 * The text triage reads from a contact's body and transcript: each field's new text, joined by a
 * line break, at most TEXT_LIMIT characters in all.
 */
export function triageBodyText(...fields: (string | null | undefined)[]): string {
  return fields
    .map((field) => newText(field))
    .filter((text) => text.trim() !== '')
    .join('\n')
    .slice(0, TEXT_LIMIT);
}

/** The subject triage reads: HTML to text, one line, reply and forward prefixes stripped, bounded. */
export function triageSubjectText(raw: string | null | undefined): string {
  if (!raw) return '';
  const plain = looksLikeHtml(raw) ? htmlToText(raw) : raw;
  return stripSubjectPrefixes(plain.replace(/\s+/g, ' ')).slice(0, SUBJECT_LIMIT);
}

/** The full preparation of a free-text field: HTML to text, reply history removed, sentences. */
export function prepareText(raw: string | null | undefined): string[][] {
  return sentences(newText(raw));
}

/** The full preparation of a subject: prefixes stripped, one sentence. */
export function prepareSubject(raw: string | null | undefined): string[][] {
  const tokens = tokenize(triageSubjectText(raw));
  return tokens.length > 0 ? [tokens] : [];
}
