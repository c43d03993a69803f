/** The element tree the validator reports lines from. */
import { descendants, isNil, parseXmlTree } from '../../../scripts/validate/xml-tree';

describe('parseXmlTree', () => {
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!-- a comment with <tags> inside -->',
    '<Queue xmlns="http://soap.sforce.com/2006/04/metadata">',
    '    <name>Triage &amp; escalations</name>',
    '    <description><![CDATA[a <raw> value]]></description>',
    '    <queueMembers>',
    '        <roles>',
    '            <role>Team_Lead</role>',
    '            <role a=">">Other</role>',
    '        </roles>',
    '    </queueMembers>',
    '    <queueRoutingConfig xsi:nil="true"/>',
    '</Queue>'
  ].join('\n');

  it('given metadata XML, when parsed, then elements keep their line, decoded text and attributes', () => {
    const root = parseXmlTree(xml);
    expect(root.name).toBe('Queue');
    expect(root.line).toBe(3);
    expect(root.attributes.xmlns).toBe('http://soap.sforce.com/2006/04/metadata');
    expect(root.children.map((c) => [c.name, c.line])).toEqual([
      ['name', 4],
      ['description', 5],
      ['queueMembers', 6],
      ['queueRoutingConfig', 12]
    ]);
    expect(root.children[0]!.text).toBe('Triage & escalations');
    expect(root.children[1]!.text).toBe('a <raw> value');
    expect(root.text).toBe('');
  });

  it('given nested lists, when read by path, then every element is found with its line', () => {
    const roles = descendants(parseXmlTree(xml), ['queueMembers', 'roles', 'role']);
    expect(roles.map((r) => [r.text, r.line])).toEqual([
      ['Team_Lead', 8],
      ['Other', 9]
    ]);
    expect(roles[1]!.attributes.a).toBe('>');
  });

  it('given an element with xsi:nil, when checked, then it is an explicit null', () => {
    const root = parseXmlTree(xml);
    expect(isNil(root.children[3]!)).toBe(true);
    expect(isNil(root.children[0]!)).toBe(false);
  });

  it('given text without a root element, when parsed, then it throws', () => {
    expect(() => parseXmlTree('<?xml version="1.0"?>')).toThrow('no root element');
  });
});
