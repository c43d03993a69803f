import { parseApexLinkOutput } from '../../../scripts/apex-check/semantic';

describe('parseApexLinkOutput', () => {
  const mapPath = (reported: string) => reported.replace('/tmp/copy/', '/repo/');

  it('given ApexLink text output for two files, when parsed, then each finding has the real file, 1-based column, category and message', () => {
    const output = [
      '/tmp/copy/force-app/classes/A.cls',
      "Missing: line 3 at 83-99: Unknown field 'IsReadyForRoutng' on SObject 'Schema.PendingServiceRouting'",
      "Error: line 18:31 to 19:88: No matching method found for 'isFalse'",
      '/tmp/copy/force-app/classes/B.cls',
      "Syntax: line 51 at 8: no viable alternative at input 'USER_MODE'",
      'Warning: line 2: something to look at'
    ].join('\n');

    const findings = parseApexLinkOutput(output, mapPath);

    expect(findings).toEqual([
      {
        check: 'semantic',
        severity: 'error',
        file: '/repo/force-app/classes/A.cls',
        line: 3,
        column: 84,
        message: "Unknown field 'IsReadyForRoutng' on SObject 'Schema.PendingServiceRouting'",
        rule: 'Missing'
      },
      {
        check: 'semantic',
        severity: 'error',
        file: '/repo/force-app/classes/A.cls',
        line: 18,
        column: 32,
        message: "No matching method found for 'isFalse'",
        rule: 'Error'
      },
      {
        check: 'semantic',
        severity: 'error',
        file: '/repo/force-app/classes/B.cls',
        line: 51,
        column: 9,
        message: "no viable alternative at input 'USER_MODE'",
        rule: 'Syntax'
      },
      {
        check: 'semantic',
        severity: 'warning',
        file: '/repo/force-app/classes/B.cls',
        line: 2,
        message: 'something to look at',
        rule: 'Warning'
      }
    ]);
  });

  it('given a clean run, when parsed, then there are no findings', () => {
    expect(parseApexLinkOutput('\n', mapPath)).toEqual([]);
  });
});
