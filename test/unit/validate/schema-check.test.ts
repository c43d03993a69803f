/** One metadata file against its type: unknown elements, required fields, values, root element. */
import { checkMetadataFile, suggestField } from '../../../scripts/validate/schema-check';
import { loadMetadataTypes, parseMetadataTypes } from '../../../scripts/validate/metadata-types';
import { ValidationReport } from '../../../scripts/validate/report';
import { parseXmlTree } from '../../../scripts/validate/xml-tree';
import { formatProblem } from '../../../scripts/validate/report';

const types = parseMetadataTypes(`
export type Metadata = { fullName?: string; };
export type Mode = 'FAST' | 'SLOW';
export type Widget = Metadata & {
    count?: number;
    enabled: boolean;
    mode?: Mode;
    parts: Part[];
    value?: any;
    label?: string;
};
export type Part = { name: string; size?: number; };
`);

const NS = 'xmlns="http://soap.sforce.com/2006/04/metadata"';

function check(body: string, expected = 'Widget', root = 'Widget'): string[] {
  const report = new ValidationReport('/p');
  const xml = `<${root} ${NS}>\n${body}\n</${root}>`;
  checkMetadataFile('/p/w.widget-meta.xml', parseXmlTree(xml), expected, types, report);
  return [...report.sortedErrors(), ...report.warnings].map(formatProblem);
}

describe('checkMetadataFile', () => {
  it('given a file that matches its type, when checked, then there is no problem', () => {
    expect(
      check(
        '<enabled>true</enabled>\n<mode>FAST</mode>\n<parts><name>a</name></parts>\n<parts><name>b</name><size>2</size></parts>'
      )
    ).toEqual([]);
  });

  it('given an element that is not a field, when checked, then it is reported with its line and a suggestion', () => {
    expect(check('<enabled>true</enabled>\n<cuont>1</cuont>')).toEqual([
      'w.widget-meta.xml:3: <cuont> is not a field of Widget (in Widget); did you mean <count>? [schema]'
    ]);
  });

  it('given a missing required field in the root and in a nested type, when checked, then both are reported', () => {
    expect(check('<parts><size>1</size></parts>')).toEqual([
      'w.widget-meta.xml:1: <Widget> is missing required field <enabled> of Widget (in Widget) [schema]',
      'w.widget-meta.xml:2: <parts> is missing required field <name> of Part (in Widget.parts) [schema]'
    ]);
  });

  it('given wrong values for an enum, a boolean and a number, when checked, then each is reported', () => {
    expect(check('<count>many</count>\n<enabled>yes</enabled>\n<mode>MEDIUM</mode>')).toEqual([
      'w.widget-meta.xml:2: <count> must be a number, found "many" [schema]',
      'w.widget-meta.xml:3: <enabled> must be true or false, found "yes" [schema]',
      'w.widget-meta.xml:4: <mode> value "MEDIUM" is not allowed for Widget.mode; Mode allows FAST, SLOW [schema]'
    ]);
  });

  it('given a single-valued field twice and a value field holding elements, when checked, then both are reported', () => {
    expect(
      check('<enabled>true</enabled>\n<enabled>false</enabled>\n<label><b>x</b></label>')
    ).toEqual([
      'w.widget-meta.xml:3: <enabled> appears more than once but Widget.enabled is not a list [schema]',
      'w.widget-meta.xml:4: <label> must hold a value, not elements (found <b>) [schema]'
    ]);
  });

  it('given xsi:nil on a required field, when checked, then it counts as present', () => {
    expect(check('<enabled xsi:nil="true"/>')).toEqual([]);
  });

  it('given custom metadata style values, when checked, then the xsi:type must be an allowed XML schema type with a matching value', () => {
    expect(
      check(
        '<enabled>true</enabled>\n<value xsi:type="xsd:double">1.5</value>\n<value xsi:type="xsd:double">x</value>\n<value xsi:type="xsd:money">1</value>'
      )
    ).toEqual([
      'w.widget-meta.xml:4: <value> appears more than once but Widget.value is not a list [schema]',
      'w.widget-meta.xml:4: <value> "x" is not a valid xsd:double [schema]',
      'w.widget-meta.xml:5: <value> has xsi:type="xsd:money"; allowed: xsd:string, xsd:boolean, xsd:double, xsd:int, xsd:long, xsd:date, xsd:dateTime, xsd:time [schema]'
    ]);
  });

  it('given a root element of another type, when checked, then the mismatch is reported and the body is not walked', () => {
    expect(check('<nonsense/>', 'Widget', 'Part')).toEqual([
      'w.widget-meta.xml:1: root element <Part> but w.widget-meta.xml is a Widget file and must hold <Widget> [schema]'
    ]);
  });

  it('given a root without the metadata namespace, when checked, then it is reported', () => {
    const report = new ValidationReport('/p');
    checkMetadataFile(
      '/p/w.xml',
      parseXmlTree('<Widget><enabled>true</enabled></Widget>'),
      'Widget',
      types,
      report
    );
    expect(report.errors.map((e) => e.message)).toEqual([
      '<Widget> must declare xmlns="http://soap.sforce.com/2006/04/metadata"'
    ]);
  });

  it('given a type the d.ts does not define, when checked, then a warning says the elements were not checked', () => {
    const problems = check('<anything/>', 'Gadget', 'Gadget');
    expect(problems).toEqual([
      expect.stringContaining('@salesforce/types has no definition for Gadget')
    ]);
  });
});

describe('suggestField', () => {
  it('given a close misspelling or a case difference, when suggested, then the field is named; given a far name, then nothing', () => {
    const widget = types.object('Widget')!;
    expect(suggestField('Enabled', widget)).toBe('enabled');
    expect(suggestField('lable', widget)).toBe('label');
    expect(suggestField('colour', widget)).toBeUndefined();
  });
});

describe('gaps in @salesforce/types', () => {
  it('given a field and an enum value real deploys accept but the d.ts lacks, when checked, then they pass; a typo next to them does not', () => {
    const report = new ValidationReport('/p');
    const xml = [
      `<CustomField ${NS}>`,
      '<displayLocationInDecimal>true</displayLocationInDecimal>',
      '<displayLocationInDecimals>true</displayLocationInDecimals>',
      '</CustomField>'
    ].join('\n');
    checkMetadataFile(
      '/p/f.field-meta.xml',
      parseXmlTree(xml),
      'CustomField',
      loadMetadataTypes(),
      report
    );
    expect(report.errors.map((e) => e.message)).toEqual([
      '<displayLocationInDecimals> is not a field of CustomField (in CustomField)'
    ]);
  });
});

describe('fields newer than the project API version', () => {
  const queue = (body: string) =>
    [
      `<Queue ${NS}>`,
      body,
      '<name>Triage</name>',
      '<queueSobject><sobjectType>Case</sobjectType></queueSobject>',
      '</Queue>'
    ]
      .filter(Boolean)
      .join('\n');
  const check = (xml: string, apiVersion: number | undefined) => {
    const report = new ValidationReport('/p');
    checkMetadataFile(
      '/p/q.queue-meta.xml',
      parseXmlTree(xml),
      'Queue',
      loadMetadataTypes(),
      report,
      apiVersion
    );
    return report.errors.map((e) => e.message);
  };

  it('given a Queue with doesIncludeBosses (API 67.0 and later) in a project at 65.0, when checked, then the org would refuse it and it is reported', () => {
    expect(check(queue('<doesIncludeBosses>true</doesIncludeBosses>'), 65)).toEqual([
      '<doesIncludeBosses> is a field of Queue only from API 67.0; this project deploys at 65.0 (sourceApiVersion), where the org refuses it'
    ]);
  });

  it('given a Queue without it at 65.0, or with it at 67.0, when checked, then there is no problem', () => {
    expect(check(queue(''), 65)).toEqual([]);
    expect(check(queue('<doesIncludeBosses>true</doesIncludeBosses>'), 67)).toEqual([]);
    expect(check(queue('<doesIncludeBosses>true</doesIncludeBosses>'), undefined)).toEqual([]);
  });
});
