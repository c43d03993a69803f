/**
 * The response scripts as leads own them (the records under force-app, edited in Setup and
 * retrieved), the check that guards them, and the generator of the acknowledgement templates and
 * the auto-response rule that code owns.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../../scripts/lib/project';
import { DESKS, STAFF_CONCERN_RESPONSE_TIME } from '../../../scripts/responses/content';
import {
  AUTO_RESPONSE_RULE,
  EMAIL_FOLDER,
  autoResponseEntries,
  deskTemplate,
  staffConcernTemplate
} from '../../../scripts/responses/email';
import { responseFiles } from '../../../scripts/responses/generate';
import {
  NAME_LIMIT,
  requiredSteps,
  scriptProblems,
  textProblems
} from '../../../scripts/responses/scripts';
import type { ResponseScript } from '../../../scripts/roadmap/model';
import { loadResponseScripts } from '../../../scripts/roadmap/sources';
import { CHANNELS, ISSUE_TYPES } from '../../../scripts/routing/model';

/** A valid script for the triage desk, as the loader reads the records, with overrides. */
const aScript = (overrides: Partial<ResponseScript> = {}): ResponseScript => {
  const base = { team: 'TRIAGE', group: null, issueType: 'technical', ...overrides } as const;
  return {
    developerName: 'Triage_Phone_Tech',
    label: 'Triage phone technical',
    channel: 'phone',
    expectedResponseTime: 'within 1 day',
    active: true,
    file: 'force-app/agent-experience/customMetadata/ResponseScript.Triage_Phone_Tech.md-meta.xml',
    steps: requiredSteps(base).map((type, index) => ({
      developerName: `Triage_Phone_Tech_0${index + 1}`,
      order: (index + 1) * 10,
      type,
      text: 'Hello {CustomerFirstName}, this is case {CaseNumber}.',
      link: null,
      knowledgeArticle: null
    })),
    ...base,
    ...overrides
  } as ResponseScript;
};

/** One valid script per channel and issue type for the triage desk. */
const triageDesk = (): ResponseScript[] =>
  CHANNELS.flatMap((channel) =>
    ISSUE_TYPES.map((issueType) =>
      aScript({ channel, issueType, developerName: `Triage_${channel}_${issueType}` })
    )
  );
const TRIAGE_ONLY = [{ team: 'TRIAGE' as const, group: null }];

describe('the shipped response scripts (the records under force-app)', () => {
  const loaded = loadResponseScripts();
  const scripts = loaded.scripts;

  it('read without problems and pass the check the agent script component relies on', () => {
    expect(loaded.problems).toEqual([]);
    expect(scriptProblems(scripts, DESKS)).toEqual([]);
  });

  it('name only Knowledge articles the seed publishes (data/knowledge-articles.json), so "Open article" finds one', () => {
    const seeded = new Set(
      (
        JSON.parse(readFileSync(path.join(repoRoot(), 'data/knowledge-articles.json'), 'utf8')) as {
          articles: { urlName: string }[];
        }
      ).articles.map((a) => a.urlName)
    );
    const named = scripts.flatMap((s) =>
      s.steps.filter((step) => step.knowledgeArticle !== null).map((step) => step.knowledgeArticle!)
    );
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((name) => !seeded.has(name))).toEqual([]);
  });

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
        ...script.steps.map((s) => s.developerName)
      ])
        expect(name.length).toBeLessThanOrEqual(NAME_LIMIT);
    }
  });
});

describe('scriptProblems: what a lead may and may not do to a script in Setup', () => {
  it('given reworded steps, a new link and a changed response time, then there is nothing to report', () => {
    const edited = triageDesk().map((script) => ({
      ...script,
      expectedResponseTime: 'within 2 hours',
      steps: script.steps.map((step) => ({
        ...step,
        text: `Good morning {CustomerFirstName}! ${step.type} in our own words.`,
        link: 'https://help.example.com/new'
      }))
    }));
    expect(scriptProblems(edited, TRIAGE_ONLY)).toEqual([]);
  });

  it('given an unknown merge field, then it names the file, the step and the field', () => {
    const [first, ...rest] = triageDesk();
    const broken = {
      ...first!,
      steps: first!.steps.map((s) => (s.type === 'verify' ? { ...s, text: 'Hi {FirstName}' } : s))
    };
    expect(scriptProblems([broken, ...rest], TRIAGE_ONLY)).toEqual([
      expect.stringMatching(
        /ResponseScript\.Triage_Phone_Tech\.md-meta\.xml: step Triage_Phone_Tech_02 \(verify\): unknown merge field \{FirstName\}/
      )
    ]);
  });

  it('given steps out of order, then it names the expected order', () => {
    const [first, ...rest] = triageDesk();
    const reversed = { ...first!, steps: [...first!.steps].reverse() };
    expect(scriptProblems([reversed, ...rest], TRIAGE_ONLY)).toEqual([
      expect.stringMatching(/steps are \[close, .*\], expected \[greet, verify, understand/)
    ]);
  });

  it('given a second active script for the same desk, channel and issue type, then both are named; given one deactivated, then not', () => {
    const scripts = triageDesk();
    const twin = { ...scripts[0]!, developerName: 'Triage_Phone_Tech_New' };
    expect(scriptProblems([...scripts, twin], TRIAGE_ONLY)).toEqual([
      `two active scripts for TRIAGE phone technical: ${scripts[0]!.developerName}, Triage_Phone_Tech_New`
    ]);
    expect(scriptProblems([...scripts, { ...twin, active: false }], TRIAGE_ONLY)).toEqual([]);
  });

  it('given a script deactivated with no replacement, then the desk has no script there', () => {
    const scripts = triageDesk().map((s, i) => (i === 0 ? { ...s, active: false } : s));
    expect(scriptProblems(scripts, TRIAGE_ONLY)).toEqual([
      'no active script for TRIAGE phone technical'
    ]);
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

  it('are a folder, 8 templates with bodies and the Case rule, and never a response script', () => {
    const names = [...files.keys()];
    expect(names.filter((n) => n.includes('/ResponseScript'))).toEqual([]);
    expect(names.filter((n) => n.endsWith('.email'))).toHaveLength(8);
    expect(names.filter((n) => n.endsWith('.email-meta.xml'))).toHaveLength(8);
    expect(names.filter((n) => n.endsWith('.emailFolder-meta.xml'))).toHaveLength(1);
    expect(names).toContain(
      'force-app/agent-experience/autoResponseRules/Case.autoResponseRules-meta.xml'
    );
    expect(names).toHaveLength(18);
  });

  it('are the same bytes every time (reproducible)', () => {
    expect(responseFiles(DESKS, '65.0')).toEqual(files);
  });

  it('name the rule the generator activates', () => {
    const rule = files.get(
      'force-app/agent-experience/autoResponseRules/Case.autoResponseRules-meta.xml'
    )!;
    expect(rule).toContain(`<fullName>${AUTO_RESPONSE_RULE}</fullName>`);
    expect(rule).toContain('<active>true</active>');
  });
});
