/**
 * A metadata XML file as a tree of elements that remember their line, so every problem the
 * validator reports can point at the line to fix. Only for XML that passed checkWellFormed:
 * it trusts the nesting and does not re-check it.
 */

export interface XmlElement {
  name: string;
  line: number;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Text directly inside the element (entities decoded, trimmed); '' when it has none. */
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return ENTITIES[ref] ?? whole;
  });
}

const ATTRIBUTE = /([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

function parseAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of source.matchAll(ATTRIBUTE)) {
    attributes[match[1]!] = decodeEntities(match[3] ?? match[4] ?? '');
  }
  return attributes;
}

/** Parses well-formed XML into its root element. Throws when there is no root element. */
export function parseXmlTree(xml: string): XmlElement {
  const stack: XmlElement[] = [];
  const texts: string[][] = [];
  let root: XmlElement | undefined;
  let line = 1;
  let pos = 0;
  const advance = (to: number) => {
    for (let i = pos; i < to; i++) if (xml.charCodeAt(i) === 10) line++;
    pos = to;
  };
  const skipPast = (marker: string) => {
    const end = xml.indexOf(marker, pos);
    advance(end < 0 ? xml.length : end + marker.length);
  };
  while (pos < xml.length) {
    const lt = xml.indexOf('<', pos);
    if (lt < 0) break;
    if (lt > pos && stack.length > 0) texts[texts.length - 1]!.push(xml.slice(pos, lt));
    advance(lt);
    if (xml.startsWith('<!--', pos)) skipPast('-->');
    else if (xml.startsWith('<![CDATA[', pos)) {
      const end = xml.indexOf(']]>', pos);
      if (stack.length > 0) texts[texts.length - 1]!.push(xml.slice(pos + 9, end));
      skipPast(']]>');
    } else if (xml.startsWith('<?', pos)) skipPast('?>');
    else if (xml.startsWith('<!', pos)) skipPast('>');
    else if (xml.startsWith('</', pos)) {
      skipPast('>');
      const done = stack.pop();
      const parts = texts.pop() ?? [];
      if (done) done.text = decodeEntities(parts.join('')).trim();
    } else {
      const startLine = line;
      const end = findTagEnd(xml, pos);
      const body = xml.slice(pos + 1, end);
      const selfClosing = body.endsWith('/');
      const inner = selfClosing ? body.slice(0, -1) : body;
      const nameEnd = inner.search(/[\s/]|$/);
      const element: XmlElement = {
        name: inner.slice(0, nameEnd),
        line: startLine,
        attributes: parseAttributes(inner.slice(nameEnd)),
        children: [],
        text: ''
      };
      advance(end + 1);
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(element);
      else root ??= element;
      if (!selfClosing) {
        stack.push(element);
        texts.push([]);
      }
    }
  }
  if (!root) throw new Error('no root element');
  return root;
}

/** Index of the `>` closing the tag that starts at `start`, skipping `>` inside quoted values. */
function findTagEnd(xml: string, start: number): number {
  let quote = '';
  for (let i = start + 1; i < xml.length; i++) {
    const c = xml[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i;
  }
  return xml.length - 1;
}

/** First child element called `name`. */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c) => c.name === name);
}

/** All child elements called `name`. */
export function childrenNamed(element: XmlElement | undefined, name: string): XmlElement[] {
  return element ? element.children.filter((c) => c.name === name) : [];
}

/** Elements at a path of names below `element` (`['flexiPageRegions', 'itemInstances']`). */
export function descendants(element: XmlElement, path: string[]): XmlElement[] {
  let level = [element];
  for (const name of path) level = level.flatMap((e) => childrenNamed(e, name));
  return level;
}

/** True for `<value xsi:nil="true"/>`: an explicit null. */
export function isNil(element: XmlElement): boolean {
  return element.attributes['xsi:nil'] === 'true';
}
