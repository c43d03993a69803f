/** Small Markdown and Mermaid builders: escaping is the only thing they know about. */

/** A table cell: pipes escaped, line breaks kept as <br>. */
export function cell(value: string): string {
  return value.trim().replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

export function table(header: string[], rows: string[][]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)
  ];
}

/** A Mermaid node label: quotes and Markdown-breaking characters replaced by entities. */
export function mermaidLabel(value: string): string {
  return `"${value.replace(/"/g, '#quot;').replace(/`/g, '').replace(/\|/g, '#124;')}"`;
}

/** A stable anchor id from parts: lower case, words joined by hyphens. */
export function anchor(...parts: string[]): string {
  return parts
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Text as a fenced block (used for multi-line automated replies). */
export function fenced(value: string, language = 'text'): string[] {
  return ['```' + language, ...value.trimEnd().split(/\r?\n/), '```'];
}
