/**
 * `npm run validate` fails, with the file and line of the value to change, on every edit of the
 * shipped routing records or queues that could send a high-net-worth staff concern to the accused
 * account manager, and on settings outside their range.
 */
import { errorLines, FixtureProject } from '../../builders/validate';

jest.setTimeout(120_000);

const RECORDS = 'force-app/routing-engine/customMetadata';
const DIRECTOR_RULE = `${RECORDS}/RoutingRule.HNW_Staff_Concern_To_Director.md-meta.xml`;
const MANAGER_RULE = `${RECORDS}/RoutingRule.HNW_Portfolio_To_Account_Manager.md-meta.xml`;
const SETTINGS = `${RECORDS}/RoutingSetting.Default.md-meta.xml`;
const ESCALATIONS = 'force-app/service-org/queues/HNW_Escalations.queue-meta.xml';

let project: FixtureProject;
beforeAll(() => {
  project = FixtureProject.copyOfShipped();
});
afterAll(() => project.remove());

/** Applies an edit, validates, restores the file, and returns the error lines. */
async function errorsAfter(file: string, edit: (text: string) => string): Promise<string[]> {
  const original = project.read(file);
  const edited = edit(original);
  if (edited === original) throw new Error(`${file}: the edit changed nothing`);
  project.write(file, edited);
  try {
    const report = await project.validate();
    return errorLines(report);
  } finally {
    project.write(file, original);
  }
}

const setValue = (field: string, value: string) => (text: string) =>
  text.replace(
    new RegExp(`(<field>${field}</field>\\s*<value[^>]*>)[^<]*(</value>)`),
    `$1${value}$2`
  );

const lineOf = (file: string, text: string) =>
  project
    .read(file)
    .split('\n')
    .findIndex((line) => line.includes(text)) + 1;

describe('complaint guards on the shipped metadata', () => {
  it('given the records as committed, then no guard fires', async () => {
    const report = await project.validate();
    expect(errorLines(report)).toEqual([]);
  });

  it('given the director rule unticked, then the account-manager rule is reported at its Order', async () => {
    const errors = await errorsAfter(DIRECTOR_RULE, (t) =>
      t.replace(
        '<value xsi:type="xsd:boolean">true</value>',
        '<value xsi:type="xsd:boolean">false</value>'
      )
    );
    expect(errors).toEqual([
      `${MANAGER_RULE}:${lineOf(MANAGER_RULE, '<field>Order__c</field>') + 1}: complaint guard: rule HNW_Portfolio_To_Account_Manager (order 20) would send an HNW staff concern to the account manager: an active rule sending HNW staff concerns to the director must come before it (any channel: ai_portfolios, trading_platform, financial_advising, investment_portfolio) [reference]`
    ]);
  });

  it('given the director rule deleted, then the account-manager rule is reported', async () => {
    const original = project.read(DIRECTOR_RULE);
    project.delete(DIRECTOR_RULE);
    try {
      const errors = errorLines(await project.validate());
      expect(errors).toEqual([
        expect.stringMatching(
          /^force-app\/routing-engine\/customMetadata\/RoutingRule\.HNW_Portfolio_To_Account_Manager\.md-meta\.xml:\d+: complaint guard: rule HNW_Portfolio_To_Account_Manager .* to the account manager/
        )
      ]);
    } finally {
      project.write(DIRECTOR_RULE, original);
    }
  });

  it('given the account-manager rule at Order 5, then it is reported with its new order', async () => {
    const errors = await errorsAfter(MANAGER_RULE, setValue('Order__c', '5'));
    expect(errors).toEqual([
      expect.stringContaining(
        'rule HNW_Portfolio_To_Account_Manager (order 5) would send an HNW staff concern to the account manager'
      )
    ]);
  });

  it('given a Staff Concern Minimum Score of 20, then the setting is reported at its value', async () => {
    const errors = await errorsAfter(SETTINGS, setValue('StaffMinScore__c', '20'));
    expect(errors).toEqual([
      `${SETTINGS}:${lineOf(SETTINGS, '<field>StaffMinScore__c</field>') + 1}: complaint guard: Staff Concern Minimum Score 20 is above the strongest staff cue (weight 3): whenever triage runs without its model (phrase-only), no single complaint would count as a staff concern and the rules for staff concerns stop applying [reference]`
    ]);
  });

  it('given a rule sending HNW staff concerns to the HNW_Account_Managers queue, then each channel queue is reported', async () => {
    const rule = `${RECORDS}/RoutingRule.HNW_Staff_To_Managers.md-meta.xml`;
    project.write(
      rule,
      project
        .read(DIRECTOR_RULE)
        .replace(
          '<value xsi:type="xsd:double">10</value>',
          '<value xsi:type="xsd:double">5</value>'
        )
        .replace(
          '<value xsi:type="xsd:string">user</value>',
          '<value xsi:type="xsd:string">queue</value>'
        )
        .replace(
          '<field>TargetUser__c</field>\n        <value xsi:type="xsd:string">director</value>',
          '<field>TargetUser__c</field>\n        <value xsi:nil="true"/>'
        )
        .replace(
          '<value xsi:type="xsd:string">DIRECTOR</value>',
          '<value xsi:type="xsd:string">ACCOUNT_MANAGER</value>'
        )
        .replaceAll(
          '<value xsi:type="xsd:string">HNW_Escalations</value>',
          '<value xsi:type="xsd:string">HNW_Account_Managers</value>'
        )
    );
    try {
      const errors = errorLines(await project.validate());
      expect(errors).toHaveLength(3);
      for (const field of ['PhoneQueue__c', 'EmailQueue__c', 'ChatQueue__c'])
        expect(errors).toContainEqual(
          expect.stringMatching(
            new RegExp(
              `^force-app/routing-engine/customMetadata/RoutingRule\\.HNW_Staff_To_Managers\\.md-meta\\.xml:${lineOf(rule, `<field>${field}</field>`) + 1}: complaint guard: rule HNW_Staff_To_Managers \\(order 5\\) would send an HNW staff concern through queue HNW_Account_Managers, which holds account managers`
            )
          )
        );
    } finally {
      project.delete(rule);
    }
  });

  it('given the Director Role pointed at Account_Manager, then the setting is reported', async () => {
    const errors = await errorsAfter(SETTINGS, setValue('DirectorRole__c', 'Account_Manager'));
    expect(errors).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${SETTINGS}:${lineOf(SETTINGS, '<field>DirectorRole__c</field>') + 1}: complaint guard: rule HNW_Staff_Concern_To_Director \\(order 10\\) would send an HNW staff concern to the director, but the Director Role \\(Account_Manager\\) is blank or the account managers' role`
        )
      )
    ]);
  });

  it('given a Manager Concern Threshold of 0.7, then the setting is reported', async () => {
    const errors = await errorsAfter(SETTINGS, setValue('ManagerConcernThreshold__c', '0.7'));
    expect(errors).toEqual([
      expect.stringContaining('Manager Concern Threshold 0.7 must be above 0 and at most 0.5')
    ]);
  });

  it('given the escalation queue opened to the account managers, then its member and the rule falling back to it are reported', async () => {
    const errors = await errorsAfter(ESCALATIONS, (t) =>
      t.replace('<role>Department_Director</role>', '<role>Account_Manager</role>')
    );
    expect(errors).toHaveLength(4);
    expect(errors).toContain(
      `${ESCALATIONS}:${lineOf(ESCALATIONS, '<role>Department_Director</role>')}: complaint guard: HNW_Escalations takes complaints about account managers, but its member "Account_Manager" brings in the account managers' role [reference]`
    );
    expect(errors).toContainEqual(
      expect.stringContaining(
        'rule HNW_Staff_Concern_To_Director (order 10) would send an HNW staff concern through queue HNW_Escalations, which holds account managers (email:'
      )
    );
  });

  it('given settings outside their range, then each is reported at its value', async () => {
    const errors = await errorsAfter(SETTINGS, (t) =>
      setValue('SubjectWeight__c', '0')(setValue('DirectorWaitMinutes__c', '0')(t))
    );
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringContaining('setting SubjectWeight__c: Subject Weight must be above 0'),
        expect.stringContaining(
          'setting DirectorWaitMinutes__c: Director Wait must be a whole number'
        )
      ])
    );
  });
});
