/** The response content and the generator of the script records, templates and auto-response rule. */
import { DESKS, STAFF_CONCERN_RESPONSE_TIME } from '../../../scripts/responses/content';
import {
  AUTO_RESPONSE_RULE,
  EMAIL_FOLDER,
  autoResponseEntries,
  deskTemplate,
  staffConcernTemplate
} from '../../../scripts/responses/email';
import { responseFiles, scriptRecordXml, stepRecordXml } from '../../../scripts/responses/generate';
import type { Desk } from '../../../scripts/responses/model';
import {
  buildScripts,
  NAME_LIMIT,
  ResponseContentError,
  textProblems
} from '../../../scripts/responses/scripts';
import { parseMetadataXml, children, text } from '../../../scripts/lib/xml';
import { CHANNELS, ISSUE_TYPES } from '../../../scripts/routing/model';

const step = (type: Desk['technical'][number]['type'], words = 'Hello {CustomerFirstName}.') => ({
  type,
  text: { phone: words, email: words, chat: words }
});

const aDesk = (overrides: Partial<Desk> = {}): Desk => ({
  team: 'TRIAGE',
  group: null,
  name: 'Triage',
  label: 'Triage',
  spokenName: 'Client Service',
  signature: 'Client Service',
  acknowledgement: { whoAnswers: 'Someone', whileYouWait: 'Read the help centre.' },
  responseTime: { technical: 'within 1 day', staff: 'within 1 day' },
  technical: ['greet', 'verify', 'understand', 'troubleshoot', 'resolve', 'close'].map((t) =>
    step(t as never)
  ),
  staff: ['greet', 'verify', 'acknowledge', 'apologise', 'escalate', 'close'].map((t) =>
    step(t as never)
  ),
  ...overrides
});

describe('the shipped response scripts', () => {
  const scripts = buildScripts(DESKS);

  it('cover every team and group, channel and issue type exactly once (42 scripts)', () => {
    const desks = [
      'ECOMMERCE/',
      'ADVISORY/',
      'HNW/ACCOUNT_MANAGER',
      'HNW/DIRECTOR',
      'EXPERTS/AI_PORTFOLIOS',
      'EXPERTS/TRADING_PLATFORM',
      'TRIAGE/'
    ];
    const expected = desks.flatMap((d) =>
      CHANNELS.flatMap((c) => ISSUE_TYPES.map((t) => `${d}/${c}/${t}`))
    );
    const actual = scripts.map((s) => `${s.team}/${s.group ?? ''}/${s.channel}/${s.issueType}`);
    expect(actual.sort()).toEqual(expected.sort());
  });

  it('follow greet, verify, understand, troubleshoot, resolve, close for technical issues', () => {
    for (const script of scripts.filter((s) => s.issueType === 'technical')) {
      expect(script.steps.map((s) => s.type)).toEqual([
        'greet',
        'verify',
        'understand',
        'troubleshoot',
        'resolve',
        'close'
      ]);
    }
  });

  it('acknowledge and apologise before escalating (or, for the director, resolving) staff concerns', () => {
    for (const script of scripts.filter((s) => s.issueType === 'staff')) {
      const last = script.group === 'DIRECTOR' ? 'resolve' : 'escalate';
      expect(script.steps.map((s) => s.type)).toEqual([
        'greet',
        'verify',
        'acknowledge',
        'apologise',
        last,
        'close'
      ]);
    }
  });

  it('end every script with a satisfaction question and the case number', () => {
    for (const script of scripts) {
      const close = script.steps.at(-1)!;
      expect(close.text).toContain('{CaseNumber}');
      expect(close.text).toMatch(/satisf|rate|happy/i);
    }
  });

  it('keep chat steps short and the phone free of links and bullet lists', () => {
    for (const script of scripts) {
      for (const s of script.steps) {
        if (script.channel === 'chat') expect(s.text.length).toBeLessThanOrEqual(240);
        if (script.channel === 'phone') expect(s.text).not.toMatch(/https?:|\n- /);
      }
    }
  });

  it('send the director, never the account manager, every HNW staff concern', () => {
    const amStaff = scripts.filter((s) => s.group === 'ACCOUNT_MANAGER' && s.issueType === 'staff');
    for (const script of amStaff) {
      expect(script.steps.find((s) => s.type === 'escalate')?.text).toMatch(/director/);
    }
  });

  it('promise the same response time in the email scripts as in the acknowledgement emails', () => {
    for (const desk of DESKS.filter((d) => d.group !== 'DIRECTOR')) {
      const script = scripts.find(
        (s) =>
          s.team === desk.team &&
          s.group === desk.group &&
          s.channel === 'email' &&
          s.issueType === 'technical'
      )!;
      expect(deskTemplate(desk).body).toContain(script.expectedResponseTime);
    }
    expect(staffConcernTemplate().body).toContain(STAFF_CONCERN_RESPONSE_TIME);
  });

  it('fit Setup limits: developer names and labels of at most 40 characters', () => {
    for (const script of scripts) {
      for (const name of [
        script.developerName,
        script.label,
        ...script.steps.flatMap((s) => [s.developerName, s.label])
      ])
        expect(name.length).toBeLessThanOrEqual(NAME_LIMIT);
    }
  });
});

describe('buildScripts on invalid content', () => {
  it('given an unknown merge field, when built, then it fails naming the desk, step and channel', () => {
    const desk = aDesk({
      technical: aDesk().technical.map((s) =>
        s.type === 'understand' ? step('understand', 'Hi {FirstName}') : s
      )
    });
    expect(() => buildScripts([desk])).toThrow(ResponseContentError);
    expect(() => buildScripts([desk])).toThrow(
      /Triage technical understand \(phone\): unknown merge field \{FirstName\}/
    );
  });

  it('given steps out of order, when built, then it fails with the expected order', () => {
    const desk = aDesk({ technical: [...aDesk().technical].reverse() });
    expect(() => buildScripts([desk])).toThrow(/expected \[greet, verify, understand/);
  });

  it('given two desks for the same team and group, when built, then it fails', () => {
    expect(() => buildScripts([aDesk(), aDesk({ name: 'Triage2' })])).toThrow(
      /two scripts for TRIAGE/
    );
  });

  it('reports empty and over-long texts', () => {
    expect(textProblems('  ')).toEqual(['text is empty']);
    expect(textProblems('x'.repeat(2001))).toEqual(['text is 2001 characters (limit 2000)']);
  });
});

describe('the acknowledgement rule', () => {
  const entries = autoResponseEntries(DESKS);

  it('tries the director first, then any staff concern, and ends with a catch-all', () => {
    expect(entries[0]!.template).toBe(`${EMAIL_FOLDER}/Ack_HNW_Director`);
    expect(entries[0]!.formula).toContain('ISPICKVAL(RoutingGroup__c, "DIRECTOR")');
    expect(entries[1]!.template).toBe(`${EMAIL_FOLDER}/Ack_Staff_Concern`);
    expect(entries.at(-1)!.template).toBe(`${EMAIL_FOLDER}/Ack_Triage`);
    expect(entries.at(-1)!.formula).toBe(
      'OR(ISPICKVAL(Origin, "Email"), ISPICKVAL(Origin, "Web"))'
    );
  });

  it('has an entry for every desk, each limited to the email channel', () => {
    expect(entries.map((e) => e.template).sort()).toEqual(
      [
        ...DESKS.map((d) => `${EMAIL_FOLDER}/Ack_${d.name}`),
        `${EMAIL_FOLDER}/Ack_Staff_Concern`
      ].sort()
    );
    for (const entry of entries) expect(entry.formula).toContain('ISPICKVAL(Origin, "Email")');
  });
});

describe('the generated files', () => {
  const files = responseFiles(DESKS, '65.0');

  it('are 42 scripts, 252 steps, a folder, 8 templates with bodies and the Case rule', () => {
    const names = [...files.keys()];
    expect(names.filter((n) => n.includes('/ResponseScript.'))).toHaveLength(42);
    expect(names.filter((n) => n.includes('/ResponseScriptStep.'))).toHaveLength(252);
    expect(names.filter((n) => n.endsWith('.email'))).toHaveLength(8);
    expect(names.filter((n) => n.endsWith('.email-meta.xml'))).toHaveLength(8);
    expect(names).toContain(
      'force-app/agent-experience/autoResponseRules/Case.autoResponseRules-meta.xml'
    );
  });

  it('are the same bytes every time (reproducible)', () => {
    expect(responseFiles(DESKS, '65.0')).toEqual(files);
  });

  it('write a step whose text survives XML escaping, linked to its script by developer name', () => {
    const [script] = buildScripts([
      aDesk({
        technical: aDesk().technical.map((s) =>
          s.type === 'troubleshoot' ? step('troubleshoot', 'Fees < 1% & "no" <surprises>') : s
        )
      })
    ]);
    const xml = stepRecordXml(script!, script!.steps[3]!);
    const { root } = parseMetadataXml(xml);
    const values = new Map(
      children(root, 'values').map((v) => [text(v, 'field'), text(v, 'value')])
    );
    expect(values.get('Text__c')).toBe('Fees < 1% & "no" <surprises>');
    expect(values.get('Script__c')).toBe('Triage_Phone_Tech');
    expect(values.get('Order__c')).toBe('40');
    expect(values.get('Link__c')).toBeUndefined();
    expect(parseMetadataXml(scriptRecordXml(script!)).rootName).toBe('CustomMetadata');
  });

  it('name the rule the generator activates', () => {
    const rule = files.get(
      'force-app/agent-experience/autoResponseRules/Case.autoResponseRules-meta.xml'
    )!;
    expect(rule).toContain(`<fullName>${AUTO_RESPONSE_RULE}</fullName>`);
    expect(rule).toContain('<active>true</active>');
  });
});
