/** Escaping in the road map's tables and diagrams. */
import { anchor, cell, mermaidLabel, table } from '../../../scripts/roadmap/markdown';

describe('markdown helpers', () => {
  it('given text with pipes and line breaks, when put in a table cell, then the table is not broken', () => {
    expect(cell(' a | b\nc ')).toBe('a \\| b<br>c');
  });

  it('given rows, when rendered, then a header, a separator and one line per row', () => {
    expect(table(['A', 'B'], [['1', 'x|y']])).toEqual([
      '| A | B |',
      '| --- | --- |',
      '| 1 | x\\|y |'
    ]);
  });

  it('given quotes and backticks, when used as a Mermaid label, then they cannot end the label', () => {
    expect(mermaidLabel('say "hi" to `x`')).toBe('"say #quot;hi#quot; to x"');
  });

  it('given mixed parts, when made an anchor, then lower-case words joined by hyphens', () => {
    expect(anchor('email', 'HNW', 'ACCOUNT_MANAGER', 'technical')).toBe(
      'email-hnw-account-manager-technical'
    );
    expect(anchor('chat', 'TRIAGE', '', 'staff')).toBe('chat-triage-staff');
  });
});
