/**
 * The components of one metadata type in the resolved tree, with their parsed XML: what the
 * cross-file checks (complaint guards, the chat flow's Route Work wiring) read.
 */
import type { ReferenceContext } from './references';
import type { XmlElement } from './xml-tree';

export interface Component {
  file: string;
  root: XmlElement;
  /** The component's content file (an Apex class's .cls), when it has one. */
  content?: string;
}

/** Components of `type` (SDR type name) by full name; those whose XML did not parse are left out. */
export function componentsOf(context: ReferenceContext, type: string): Map<string, Component> {
  const found = new Map<string, Component>();
  for (const c of context.resolved.components) {
    if (c.type.name !== type || !c.xml) continue;
    const root = context.documents.get(c.xml);
    if (root)
      found.set(c.fullName, { file: c.xml, root, ...(c.content ? { content: c.content } : {}) });
  }
  return found;
}
