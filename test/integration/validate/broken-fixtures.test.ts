/**
 * The validator over fixture projects: the valid one passes; a copy with one file broken fails
 * with that file named and a message saying what is wrong, one test per kind of failure.
 */
import { errorLines, FixtureProject, SOURCE } from '../../builders/validate';

const QUEUE = `${SOURCE}/queues/Triage.queue-meta.xml`;
const ROUTING_CONFIG = `${SOURCE}/queueRoutingConfigs/Triage.queueRoutingConfig-meta.xml`;
const RULE = `${SOURCE}/customMetadata/RoutingRule.Triage_Everything_Else.md-meta.xml`;
const SETTING = `${SOURCE}/customMetadata/RoutingSetting.Default.md-meta.xml`;
const PERMISSION_SET = `${SOURCE}/permissionsets/Service_Agent.permissionset-meta.xml`;
const CLASS_META = `${SOURCE}/classes/RoutingInsightController.cls-meta.xml`;
const PRESENCE_CONFIG = `${SOURCE}/presenceUserConfigs/Chat_Reps.presenceUserConfig-meta.xml`;
const FLEXIPAGE = `${SOURCE}/flexipages/Case_Record_Page.flexipage-meta.xml`;
const APP = `${SOURCE}/applications/Service_Desk_Console.app-meta.xml`;

let project: FixtureProject;
beforeEach(() => {
  project = FixtureProject.copyOfValid();
});
afterEach(() => project.remove());

/** Validates and returns the error lines; asserts the run failed. */
async function errorsOf(p: FixtureProject): Promise<string[]> {
  const report = await p.validate();
  expect(report.ok).toBe(false);
  return errorLines(report);
}

describe('the valid fixture project', () => {
  it('given the fixture as committed, when validated with conversion, then there are no errors and every step ran', async () => {
    const report = await project.validate({ convert: true });
    expect(errorLines(report)).toEqual([]);
    expect(report.counts.convertedComponents).toBeGreaterThan(0);
    expect(report.counts.elements).toBeGreaterThan(100);
    expect(report.referencesByKind.get('queue → routing configuration')).toBe(1);
    expect(report.referencesByKind.get('routing rule → queue')).toBe(6);
    expect(report.filesByType.get('Queue')).toBe(1);
  });
});

describe('well-formed XML', () => {
  it('given a queue with an unclosed tag, when validated, then the file and line are reported', async () => {
    project.replace(QUEUE, '</queueRoutingConfig>', '');
    const errors = await errorsOf(project);
    expect(errors).toEqual([
      expect.stringMatching(
        /^force-app\/main\/default\/queues\/Triage\.queue-meta\.xml:\d+: XML is not well formed: .*\[well-formed\]$/
      )
    ]);
  });

  it('given a routing rule record that is not well formed, when validated, then only that is reported and the routing checks step aside', async () => {
    project.replace(RULE, '</label>', '');
    const report = await project.validate();
    expect(errorLines(report)).toEqual([
      expect.stringMatching(
        /^force-app\/main\/default\/customMetadata\/RoutingRule\.Triage_Everything_Else\.md-meta\.xml:\d+: XML is not well formed/
      )
    ]);
    expect(report.notes).toContain(
      'routing checks skipped: a routing record is not well-formed XML (reported above)'
    );
  });
});

describe('source-deploy-retrieve resolution', () => {
  it('given a file with an unknown suffix, when validated, then it is reported as unresolvable', async () => {
    project.write(`${SOURCE}/queues/Escalations.queu-meta.xml`, project.read(QUEUE));
    expect(await errorsOf(project)).toEqual([
      `${SOURCE}/queues/Escalations.queu-meta.xml: source-deploy-retrieve cannot resolve this file to a metadata type (unknown folder or file suffix) [resolve]`
    ]);
  });

  it('given a file in an unknown folder, when validated, then it is reported as unresolvable', async () => {
    project.write(`${SOURCE}/widgets/Dial.widget-meta.xml`, '<Widget/>');
    expect(await errorsOf(project)).toEqual([
      expect.stringContaining(
        `${SOURCE}/widgets/Dial.widget-meta.xml: source-deploy-retrieve cannot resolve`
      )
    ]);
  });

  it('given a stray note that is not metadata, when validated, then it is a warning (SDR skips it), not an error', async () => {
    project.write(`${SOURCE}/notes/README.txt`, 'routing notes');
    const report = await project.validate();
    expect(errorLines(report)).toEqual([]);
    expect(report.warnings.map((w) => `${w.file}: ${w.message}`)).toEqual([
      `${SOURCE}/notes/README.txt: belongs to no metadata component: source-deploy-retrieve skips it, so it is never deployed (add it to .forceignore if that is intended)`
    ]);
  });

  it('given the same skill in two package directories, when validated, then the duplicate is reported', async () => {
    project
      .editJson('sfdx-project.json', (json) => {
        (json.packageDirectories as object[]).push({ path: 'extra' });
      })
      .write(
        'extra/skills/AI_Portfolios.skill-meta.xml',
        project.read(`${SOURCE}/skills/AI_Portfolios.skill-meta.xml`)
      );
    expect(await errorsOf(project)).toEqual([
      `${SOURCE}/skills/AI_Portfolios.skill-meta.xml: Skill AI_Portfolios is also defined in extra/skills/AI_Portfolios.skill-meta.xml [resolve]`
    ]);
  });

  it('given an Apex class without its -meta.xml, when validated, then the class is reported although SDR drops it silently', async () => {
    project.delete(CLASS_META);
    const errors = await errorsOf(project);
    expect(errors).toContainEqual(
      `${SOURCE}/classes/RoutingInsightController.cls: ApexClass RoutingInsightController has no RoutingInsightController.cls-meta.xml beside it: source-deploy-retrieve silently drops it from deploys [resolve]`
    );
  });

  it('given a -meta.xml without its class, when validated, then it is reported', async () => {
    project.delete(`${SOURCE}/classes/RoutingInsightController.cls`);
    const errors = await errorsOf(project);
    expect(errors).toContainEqual(
      expect.stringMatching(
        /RoutingInsightController\.cls-meta\.xml: source-deploy-retrieve cannot resolve this file: .*ApexClass/
      )
    );
  });
});

describe('elements against the Metadata API types', () => {
  it('given an unknown element in a routing configuration, when validated, then the element, type, file and line are reported', async () => {
    project.replace(
      ROUTING_CONFIG,
      '<pushTimeout>',
      '<overflowQueue>Triage</overflowQueue>\n    <pushTimeout>'
    );
    expect(await errorsOf(project)).toEqual([
      `${ROUTING_CONFIG}:6: <overflowQueue> is not a field of QueueRoutingConfig (in QueueRoutingConfig) [schema]`
    ]);
  });

  it('given a misspelled element, when validated, then the message suggests the right one', async () => {
    project.replace(ROUTING_CONFIG, /pushTimeout/g, 'pushTimeOut');
    const [error] = await errorsOf(project);
    expect(error).toContain('did you mean <pushTimeout>?');
  });

  it('given routingModel BOGUS, when validated, then the value and the allowed values are reported', async () => {
    project.replace(ROUTING_CONFIG, 'MOST_AVAILABLE', 'BOGUS');
    expect(await errorsOf(project)).toEqual([
      `${ROUTING_CONFIG}:7: <routingModel> value "BOGUS" is not allowed for QueueRoutingConfig.routingModel; RoutingModel allows LEAST_ACTIVE, MOST_AVAILABLE, EXTERNAL_ROUTING [schema]`
    ]);
  });

  it('given a routing configuration without routingPriority, when validated, then the missing required field is reported', async () => {
    project.replace(ROUTING_CONFIG, /\s*<routingPriority>3<\/routingPriority>/, '');
    expect(await errorsOf(project)).toEqual([
      `${ROUTING_CONFIG}:2: <QueueRoutingConfig> is missing required field <routingPriority> of QueueRoutingConfig (in QueueRoutingConfig) [schema]`
    ]);
  });

  it('given a nested unknown element and a non-boolean flag, when validated, then both are reported', async () => {
    project
      .replace(
        QUEUE,
        '<publicGroup>',
        '<publicGroupName>x</publicGroupName>\n            <publicGroup>'
      )
      .replace(QUEUE, '<doesSendEmailToMembers>false', '<doesSendEmailToMembers>no');
    const errors = await errorsOf(project);
    expect(errors).toEqual([
      `${QUEUE}:4: <doesSendEmailToMembers> must be true or false, found "no" [schema]`,
      `${QUEUE}:7: <publicGroupName> is not a field of PublicGroups (in Queue.queueMembers.publicGroups) [schema]`
    ]);
  });

  it('given a file whose root element is of another type, when validated, then the mismatch is reported', async () => {
    project.replace(ROUTING_CONFIG, /QueueRoutingConfig/g, 'RoutingConfig');
    expect(await errorsOf(project)).toEqual([
      expect.stringMatching(
        /Triage\.queueRoutingConfig-meta\.xml:2: root element <RoutingConfig> but .* must hold <QueueRoutingConfig>/
      )
    ]);
  });

  it('given a custom metadata value with an xsi:type the API does not know, when validated, then it is reported', async () => {
    project.replace(RULE, 'xsi:type="xsd:double">100', 'xsi:type="xsd:decimal">100');
    const errors = await errorsOf(project);
    expect(errors).toContainEqual(
      expect.stringMatching(
        /RoutingRule\.Triage_Everything_Else\.md-meta\.xml:7: <value> has xsi:type="xsd:decimal"; allowed: xsd:string/
      )
    );
  });
});

describe('cross-references', () => {
  it('given a queue naming a routing configuration that does not exist, when validated, then the queue file and the missing name are reported', async () => {
    project.delete(ROUTING_CONFIG);
    expect(await errorsOf(project)).toEqual([
      `${QUEUE}:13: queue → routing configuration: "Triage" does not exist (expected queueRoutingConfigs/Triage.queueRoutingConfig-meta.xml in a source folder) [reference]`
    ]);
  });

  it('given a routing rule naming a missing queue, when validated, then the rule file, field and queue are reported', async () => {
    project.replace(
      RULE,
      '<field>ChatQueue__c</field>\n        <value xsi:type="xsd:string">Triage',
      '<field>ChatQueue__c</field>\n        <value xsi:type="xsd:string">Nowhere_Chat'
    );
    expect(await errorsOf(project)).toEqual([
      `${RULE}:35: routing rule → queue: ChatQueue__c names "Nowhere_Chat", which does not exist (expected queues/Nowhere_Chat.queue-meta.xml in a source folder) [reference]`
    ]);
  });

  it('given a routing setting naming a missing role, when validated, then it is reported', async () => {
    project.replace(SETTING, '>Team_Lead<', '>Director<');
    expect(await errorsOf(project)).toEqual([
      expect.stringContaining(
        `${SETTING}:15: routing setting → role: DirectorRole__c names "Director", which does not exist`
      )
    ]);
  });

  it('given an order that is not a number, when validated, then it is reported once, at the value (not again by the routing loader)', async () => {
    project.replace(
      RULE,
      '<value xsi:type="xsd:double">100</value>',
      '<value xsi:type="xsd:double">ten</value>'
    );
    expect(await errorsOf(project)).toEqual([
      `${RULE}:7: <value> "ten" is not a valid xsd:double [schema]`
    ]);
  });

  it('given a rule that targets a user but names none, when validated, then the rule lint points at the Target Kind line', async () => {
    project.replace(RULE, '>queue<', '>user<');
    // A user target also wakes the complaint guards, which this small fixture does not satisfy.
    expect(await errorsOf(project)).toContain(
      `${RULE}:19: rule Triage_Everything_Else: target kind user but no target user [reference]`
    );
  });

  it('given a rule whose target kind the routing engine does not know, when validated, then the loader problem is reported at the value', async () => {
    project.replace(RULE, '>queue<', '>robot<');
    expect(await errorsOf(project)).toEqual([
      `${RULE}:19: routing record: TargetKind__c "robot" is not one of queue, skills, user [reference]`
    ]);
  });

  it('given two rules with the same order, when validated, then the rule lint is reported against a rule file', async () => {
    project.replace(
      `${SOURCE}/customMetadata/RoutingRule.AI_Portfolios_Experts.md-meta.xml`,
      '>50<',
      '>100<'
    );
    const errors = await errorsOf(project);
    expect(errors).toEqual([
      expect.stringMatching(
        /RoutingRule\.\w+\.md-meta\.xml:\d+: rules \w+ and \w+ share order 100 \[reference\]$/
      )
    ]);
  });

  it('given a permission set granting a missing field and a missing class, when validated, then both are reported', async () => {
    project
      .replace(PERMISSION_SET, 'Case.RoutingTeam__c', 'Case.RoutingTeem__c')
      .replace(PERMISSION_SET, '<apexClass>RoutingInsightController', '<apexClass>RoutingInsights');
    expect(await errorsOf(project)).toEqual([
      `${PERMISSION_SET}:8: permission set → Apex class: "RoutingInsights" does not exist (expected classes/RoutingInsights.cls-meta.xml in a source folder) [reference]`,
      `${PERMISSION_SET}:18: permission set → field: "Case.RoutingTeem__c" does not exist (expected objects/Case/fields/RoutingTeem__c.field-meta.xml in a source folder) [reference]`
    ]);
  });

  it('given a presence configuration whose push-timeout status is missing, when validated, then it is reported', async () => {
    project.delete(`${SOURCE}/servicePresenceStatuses/Away.servicePresenceStatus-meta.xml`);
    expect(await errorsOf(project)).toEqual([
      expect.stringContaining(
        `${PRESENCE_CONFIG}:7: presence configuration → presence status: "Away" does not exist`
      )
    ]);
  });

  it('given a permission set granting a status that only optional/voice defines, when validated, then it is reported; the optional folder may use package components', async () => {
    project
      .write(
        'optional/voice/servicePresenceStatuses/Available_Voice.servicePresenceStatus-meta.xml',
        project
          .read(`${SOURCE}/servicePresenceStatuses/Available_Chat.servicePresenceStatus-meta.xml`)
          .replace('sfdc_livemessage', 'sfdc_phone')
      )
      .replace(PERMISSION_SET, '>Available_Chat<', '>Available_Voice<');
    expect(await errorsOf(project)).toEqual([
      `${PERMISSION_SET}:34: permission set → presence status: "Available_Voice" is only in optional/voice, which a plain deploy does not send [reference]`
    ]);
  });

  it('given a queue with a user as member, when validated, then it is reported because usernames differ per org', async () => {
    project.replace(
      QUEUE,
      '<roles>',
      '<users>\n            <user>rep@example.com</user>\n        </users>\n        <roles>'
    );
    expect(await errorsOf(project)).toEqual([
      expect.stringContaining('names the user "rep@example.com": usernames differ per org')
    ]);
  });

  it('given a flexipage placing a component that does not exist, when validated, then it is reported', async () => {
    project.replace(FLEXIPAGE, 'c:routingWhyHere', 'c:routingWhyThere');
    expect(await errorsOf(project)).toEqual([
      expect.stringContaining(
        `${FLEXIPAGE}:6: flexipage → Lightning web component: "c:routingWhyThere" does not exist (expected lwc/routingWhyThere/routingWhyThere.js-meta.xml`
      )
    ]);
  });

  it('given a flexipage naming a component without namespace, as retrieved pages do, when it does not exist, then it is reported', async () => {
    project.replace(FLEXIPAGE, 'c:routingWhyHere', 'routingWhyThere');
    expect(await errorsOf(project)).toEqual([
      expect.stringContaining(
        `${FLEXIPAGE}:6: flexipage → Lightning web component: "routingWhyThere" does not exist`
      )
    ]);
  });

  it('given an app overriding with a flexipage that does not exist, when validated, then it is reported', async () => {
    project.delete(FLEXIPAGE);
    expect(await errorsOf(project)).toEqual([
      expect.stringContaining('application → flexipage: "Case_Record_Page" does not exist')
    ]);
  });

  it('given a console app naming standard-OmniSupervisor, a tab no org has, when validated, then the tab and its workspace mapping are reported', async () => {
    project.replace(APP, /standard-Case/g, 'standard-OmniSupervisor');
    expect(await errorsOf(project)).toEqual([
      `${APP}:20: application → tab: "standard-OmniSupervisor" is not a standard tab Salesforce lists (expected in scripts/validate/standard-names.data.json with its source, or a tab in a source folder) [reference]`,
      `${APP}:24: application → tab: "standard-OmniSupervisor" is not a standard tab Salesforce lists (expected in scripts/validate/standard-names.data.json with its source, or a tab in a source folder) [reference]`
    ]);
  });

  it('given a console app naming standard-OmniSupervisorLightning, the Omni supervisor tab Salesforce lists, when validated, then it passes', async () => {
    project.replace(APP, /standard-Case/g, 'standard-OmniSupervisorLightning');
    expect(errorLines(await project.validate())).toEqual([]);
  });

  it('given a permission set granting a misspelled user permission, when validated, then it is reported; real ones, licence-gated ones included, pass', async () => {
    project.replace(
      PERMISSION_SET,
      '<hasActivationRequired>',
      [
        '<userPermissions>',
        '        <enabled>true</enabled>',
        '        <name>EmbeddedMessagingAgent</name>',
        '    </userPermissions>',
        '    <userPermissions>',
        '        <enabled>true</enabled>',
        '        <name>ViewSetupp</name>',
        '    </userPermissions>',
        '    <userPermissions>',
        '        <enabled>true</enabled>',
        '        <name>ViewSetup</name>',
        '    </userPermissions>',
        '    <hasActivationRequired>'
      ].join('\n')
    );
    const errors = await errorsOf(project);
    expect(errors).toEqual([
      expect.stringMatching(
        /permission set → user permission: "ViewSetupp" is not a user permission Salesforce defines/
      )
    ]);
  });

  it('given a report on a custom report type that does not exist, when validated, then it is reported', async () => {
    project
      .write(
        `${SOURCE}/reports/Desk.reportFolder-meta.xml`,
        '<?xml version="1.0" encoding="UTF-8"?>\n<ReportFolder xmlns="http://soap.sforce.com/2006/04/metadata">\n    <name>Desk</name>\n</ReportFolder>\n'
      )
      .write(
        `${SOURCE}/reports/Desk/Backlog.report-meta.xml`,
        '<?xml version="1.0" encoding="UTF-8"?>\n<Report xmlns="http://soap.sforce.com/2006/04/metadata">\n    <format>Tabular</format>\n    <name>Backlog</name>\n    <reportType>Desk_Cases__c</reportType>\n</Report>\n'
      );
    expect(await errorsOf(project)).toEqual([
      `${SOURCE}/reports/Desk/Backlog.report-meta.xml:5: report → report type: "Desk_Cases__c" does not exist (expected reportTypes/Desk_Cases.reportType-meta.xml in a source folder) [reference]`
    ]);
  });

  it('given a custom metadata record of a type that does not exist, when validated, then the record is reported', async () => {
    project.write(`${SOURCE}/customMetadata/IvrPrompt.Welcome.md-meta.xml`, project.read(SETTING));
    expect(await errorsOf(project)).toEqual([
      `${SOURCE}/customMetadata/IvrPrompt.Welcome.md-meta.xml:2: custom metadata record of type IvrPrompt: the type IvrPrompt__mdt does not exist (expected objects/IvrPrompt__mdt/IvrPrompt__mdt.object-meta.xml in a source folder) [reference]`
    ]);
  });

  it('given a custom metadata record with a value for a field its type lacks, when validated, then the field is reported', async () => {
    project.replace(SETTING, '<field>DirectorRole__c</field>', '<field>DirectorsRole__c</field>');
    expect(await errorsOf(project)).toEqual([
      `${SETTING}:14: value for field DirectorsRole__c: RoutingSetting__mdt.DirectorsRole__c does not exist (expected objects/RoutingSetting__mdt/fields/DirectorsRole__c.field-meta.xml in a source folder) [reference]`
    ]);
  });

  it('given a record with a boolean in a number field, a picklist value the field lacks and a required field missing, when validated, then each is reported', async () => {
    project
      .replace(RULE, 'xsi:type="xsd:double">100', 'xsi:type="xsd:boolean">true')
      .replace(RULE, '>TRIAGE<', '>NOBODY<')
      .replace(
        `${SOURCE}/customMetadata/RoutingRule.AI_Portfolios_Experts.md-meta.xml`,
        /\s*<values>\s*<field>Team__c<\/field>\s*<value[^>]*>EXPERTS<\/value>\s*<\/values>/,
        ''
      );
    const errors = await errorsOf(project);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          'value of Order__c has xsi:type="xsd:boolean" but the field is Number'
        ),
        expect.stringContaining('value "NOBODY" of picklist Team__c is not one of TRIAGE, EXPERTS'),
        expect.stringMatching(
          /RoutingRule\.AI_Portfolios_Experts\.md-meta\.xml:2: required field Team__c has no value/
        )
      ])
    );
  });
});

describe('project files against @salesforce/schemas', () => {
  it('given sfdx-project.json with an unknown key, when validated, then the key is reported', async () => {
    project.editJson('sfdx-project.json', (json) => {
      json.sourceApiVersions = '65.0';
    });
    expect(await errorsOf(project)).toEqual([
      'sfdx-project.json: does not match @salesforce/schemas sfdx-project schema: /: unknown key "sourceApiVersions" [project]'
    ]);
  });

  it('given a scratch definition with an unknown feature, when validated, then the feature is reported once', async () => {
    project.editJson('config/project-scratch-def.json', (json) => {
      json.features = ['ServiceCloud', 'LiveChat2'];
    });
    expect(await errorsOf(project)).toEqual([
      'config/project-scratch-def.json: does not match @salesforce/schemas scratch definition schema: /features/1: "LiveChat2" matches none of the allowed values [project]'
    ]);
  });

  it('given a scratch definition with an unknown edition and an unknown settings field, when validated, then both are reported', async () => {
    project.editJson('config/project-scratch-def.json', (json) => {
      json.edition = 'Ultimate';
      (
        json.settings as Record<string, Record<string, unknown>>
      ).omniChannelSettings!.enableOmniSkilsRouting = true;
    });
    expect(await errorsOf(project)).toEqual([
      expect.stringContaining('/edition: "Ultimate" is not one of "Developer"'),
      expect.stringContaining(
        '/settings/omniChannelSettings/enableOmniSkilsRouting: not a field of OmniChannelSettings; did you mean "enableOmniSkillsRouting"?'
      )
    ]);
  });

  it('given several broken files, when validated, then every error is listed, not just the first', async () => {
    project
      .replace(ROUTING_CONFIG, 'MOST_AVAILABLE', 'BOGUS')
      .delete(CLASS_META)
      .replace(QUEUE, '</name>', '');
    const report = await project.validate();
    expect(report.errors.map((e) => `${e.check} ${e.file}`).sort()).toEqual([
      `reference ${PERMISSION_SET}`,
      `resolve ${SOURCE}/classes/RoutingInsightController.cls`,
      `schema ${ROUTING_CONFIG}`,
      `well-formed ${QUEUE}`
    ]);
  });
});
