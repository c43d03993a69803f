/**
 * `npm run validate` keeps the chat routing flow, the invocable ChatRoutingAction and
 * RouteWorkInputs one piece, and the chats' routing configurations true to the routing factors:
 * each edit below breaks one link and must be reported at the file and line to change.
 */
import { errorLines, FixtureProject } from '../../builders/validate';

jest.setTimeout(180_000);

const FLOW = 'force-app/routing-engine/flows/Route_Messaging_Session.flow-meta.xml';
const ACTION = 'force-app/routing-engine/classes/ChatRoutingAction.cls';
const INPUTS = 'force-app/routing-engine/classes/RouteWorkInputs.cls';
const CONFIGS = 'force-app/service-org/queueRoutingConfigs';
const EXPERTS_CHAT = `${CONFIGS}/Experts_Chat.queueRoutingConfig-meta.xml`;
const CHAT_RAISED = `${CONFIGS}/Chat_Raised.queueRoutingConfig-meta.xml`;
const FRENCH = 'force-app/routing-engine/customMetadata/RoutingFactor.Language_French.md-meta.xml';
const SETTINGS = 'force-app/routing-engine/customMetadata/RoutingSetting.Default.md-meta.xml';

let project: FixtureProject;
beforeAll(() => {
  project = FixtureProject.copyOfShipped();
});
afterAll(() => project.remove());

/** Replaces `from` with `to` in `file`, validates, restores it, and returns the chat routing errors. */
async function chatErrorsAfter(file: string, from: string | RegExp, to: string): Promise<string[]> {
  const original = project.read(file);
  project.replace(file, from, to);
  try {
    const report = await project.validate();
    return errorLines(report).filter((line) => line.includes('chat routing'));
  } finally {
    project.write(file, original);
  }
}

const lineOf = (file: string, text: string | RegExp) =>
  project
    .read(file)
    .split('\n')
    .findIndex((line) => (typeof text === 'string' ? line.includes(text) : text.test(line))) + 1;

describe('chat routing flow and its Apex', () => {
  it('given the project as committed, then the flow, the action and the routing configurations agree', async () => {
    const report = await project.validate();
    expect(errorLines(report)).toEqual([]);
    expect(report.referencesByKind.get('chat flow → Route Work inputs')).toBe(1);
    expect(report.referencesByKind.get('chat skills → routing configuration')).toBe(1);
  });

  it('given the flow reads an output the action no longer declares, then the flow line is reported', async () => {
    const errors = await chatErrorsAfter(
      FLOW,
      '<name>skillRequirements</name>',
      '<name>skillRequirementList</name>'
    );
    expect(errors).toEqual([
      `${FLOW}:${lineOf(FLOW, '<name>skillRequirements</name>')}: chat routing: Decide_Route reads "skillRequirementList", which ChatRoutingAction.Result does not declare as an @InvocableVariable [reference]`,
      expect.stringContaining(
        'chat routing: Route_To_Skills must take skillRequirementsResourceItem from the action\'s skillRequirements output, not from "skillRequirements"'
      )
    ]);
  });

  it('given the action renames an output the flow reads, then the flow is reported', async () => {
    const errors = await chatErrorsAfter(
      ACTION,
      'public Id routingConfigId;',
      'public Id routingConfiguration;'
    );
    expect(errors).toContainEqual(
      expect.stringContaining(
        `${FLOW}:${lineOf(FLOW, /<name>routingConfigId<\/name>/)}: chat routing: Decide_Route reads "routingConfigId", which ChatRoutingAction.Result does not declare`
      )
    );
  });

  it('given the flow stops passing the required session, then the action call is reported', async () => {
    const errors = await chatErrorsAfter(
      FLOW,
      /<inputParameters>\s*<name>recordId<\/name>\s*<value>\s*<elementReference>recordId<\/elementReference>\s*<\/value>\s*<\/inputParameters>\s*<inputParameters>\s*<name>topic<\/name>/,
      '<inputParameters>\n            <name>topic</name>'
    );
    expect(errors).toEqual([
      expect.stringMatching(
        /Route_Messaging_Session.flow-meta.xml:\d+: chat routing: Decide_Route does not pass "recordId", which ChatRoutingAction.Request requires/
      )
    ]);
  });

  it('given a skills variable that is no collection, then the variable is reported', async () => {
    const errors = await chatErrorsAfter(
      FLOW,
      /(<name>skillRequirements<\/name>\s*<dataType>SObject<\/dataType>\s*<isCollection>)true/,
      '$1false'
    );
    expect(errors).toEqual([
      expect.stringContaining(
        'chat routing: variable "skillRequirements" is a single value, but the output is a list (ChatRoutingAction.Result.skillRequirements is List<SkillRequirement>)'
      )
    ]);
  });

  it('given the skills Route Work takes its configuration from another output, then its input is reported', async () => {
    const errors = await chatErrorsAfter(
      FLOW,
      /(<name>routingConfigId<\/name>\s*<value>\s*<elementReference>)routingConfigId(<\/elementReference>)/,
      '$1queueId$2'
    );
    expect(errors).toEqual([
      expect.stringContaining(
        'chat routing: Route_To_Skills must take routingConfigId from the action\'s routingConfigId output, not from "queueId"'
      )
    ]);
  });

  it('given the skills Route Work takes skills from rules instead of the action, then the option is reported', async () => {
    const errors = await chatErrorsAfter(
      FLOW,
      '<stringValue>DefineSkillRequirements</stringValue>',
      '<stringValue>RunSBRRules</stringValue>'
    );
    expect(errors).toEqual([
      `${FLOW}:${lineOf(FLOW, 'DefineSkillRequirements') - 1}: chat routing: Route_To_Skills must take the skill option DefineSkillRequirements, so the action's skill requirements (additional ones included) are used [reference]`
    ]);
  });

  it('given the flow loses its outcome for direct routing, then the routing type RouteWorkInputs returns is reported', async () => {
    const errors = await chatErrorsAfter(
      FLOW,
      /<rules>\s*<name>Agent<\/name>[\s\S]*?<\/rules>/,
      ''
    );
    expect(errors).toEqual([
      `${INPUTS}:${lineOf(INPUTS, 'ChatRoutingAction.AGENT;')}: chat routing: RouteWorkInputs returns routing type "Agent", which no outcome of the flow ${FLOW} branches on [reference]`
    ]);
  });

  it('given an outcome leads to a Route Work of another routing type, then it is reported', async () => {
    const errors = await chatErrorsAfter(
      FLOW,
      /(<name>Route_To_Agent<\/name>[\s\S]*?<name>routingType<\/name>\s*<value>\s*<stringValue>)Agent/,
      '$1QueueBased'
    );
    expect(errors).toContainEqual(
      expect.stringContaining(
        'chat routing: Route_To_Agent is reached for routing type "Agent" but routes as "QueueBased"'
      )
    );
  });

  it('given RouteWorkInputs stops setting the skill requirements, then it is reported', async () => {
    const errors = await chatErrorsAfter(
      INPUTS,
      /result\.skillRequirements = new List<SkillRequirement>\(\);/,
      'List<SkillRequirement> unused = new List<SkillRequirement>();'
    );
    expect(errors).toContainEqual(
      `${INPUTS}: chat routing: RouteWorkInputs never sets skillRequirements, which Route_To_Skills (SkillsBased) takes as skillRequirementsResourceItem [reference]`
    );
  });
});

describe('routing configurations of skills-based chats', () => {
  it('given the experts chat configuration drops no additional skills, then it is reported', async () => {
    const errors = await chatErrorsAfter(
      EXPERTS_CHAT,
      '    <dropAdditionalSkillsTimeout>30</dropAdditionalSkillsTimeout>\n',
      ''
    );
    expect(errors).toEqual([
      `${EXPERTS_CHAT}:2: chat routing: Experts_Chat drops no additional skills, so a chat routed with it gets no language skill; set dropAdditionalSkillsTimeout to the language factors' Chat Drop Timeout, 30 s [reference]`
    ]);
  });

  it('given the raised configuration drops after another time, then its line is reported', async () => {
    const errors = await chatErrorsAfter(
      CHAT_RAISED,
      '<dropAdditionalSkillsTimeout>30<',
      '<dropAdditionalSkillsTimeout>90<'
    );
    expect(errors).toEqual([
      `${CHAT_RAISED}:${lineOf(CHAT_RAISED, 'dropAdditionalSkillsTimeout')}: chat routing: Chat_Raised drops additional skills after 90 s, but the language factors' Chat Drop Timeout is 30 s [reference]`
    ]);
  });

  it.each([
    ['1', "never reaches 1, the escalations' own"],
    ['3', 'would not serve a raised chat before the chat queues']
  ])(
    'given the raised configuration at priority %s, then it is reported',
    async (priority, why) => {
      const errors = await chatErrorsAfter(
        CHAT_RAISED,
        '<routingPriority>2<',
        `<routingPriority>${priority}<`
      );
      expect(errors).toEqual([expect.stringContaining(why)]);
      expect(errors[0]).toContain(`${CHAT_RAISED}:${lineOf(CHAT_RAISED, 'routingPriority')}:`);
    }
  );

  it('given language factors with different chat drop timeouts, then the factor is reported', async () => {
    const errors = await chatErrorsAfter(
      FRENCH,
      /(<field>ChatDropTimeout__c<\/field>\s*<value xsi:type="xsd:double">)30/,
      '$160'
    );
    expect(errors).toEqual([
      expect.stringContaining(
        "chat routing: the language factors' Chat Drop Timeouts differ (Language_French 60 s, Language_German 30 s, Language_Spanish 30 s)"
      )
    ]);
  });

  it('given the shipped raised configuration deleted, then the blank setting that means it is reported', async () => {
    const original = project.read(CHAT_RAISED);
    project.delete(CHAT_RAISED);
    try {
      const errors = errorLines(await project.validate());
      expect(errors).toEqual([
        `${SETTINGS}:2: chat routing: Raised Chat Routing Configuration is blank, which means Chat_Raised, and there is no Chat_Raised routing configuration: the routing factors would never raise a chat [reference]`
      ]);
    } finally {
      project.write(CHAT_RAISED, original);
    }
  });

  it('given a raised configuration that is not in the project, then the setting is reported', async () => {
    const original = project.read(SETTINGS);
    project.replace(
      SETTINGS,
      '</CustomMetadata>',
      '    <values>\n        <field>RaisedChatRoutingConfig__c</field>\n        <value xsi:type="xsd:string">Chat_Raised_Missing</value>\n    </values>\n</CustomMetadata>'
    );
    try {
      const errors = errorLines(await project.validate());
      expect(errors).toEqual([
        expect.stringMatching(
          /RoutingSetting\.Default\.md-meta\.xml:\d+: routing setting → routing configuration: RaisedChatRoutingConfig__c names "Chat_Raised_Missing"/
        )
      ]);
    } finally {
      project.write(SETTINGS, original);
    }
  });

  describe('fault paths: a chat whose routing fails is still routed, and says why', () => {
    it('given a Route Work whose fault path skips the saved status, then its fault connector is reported', async () => {
      const errors = await chatErrorsAfter(
        FLOW,
        /(<name>Route_To_Skills<\/name>[\s\S]*?<faultConnector>\s*<targetReference>)Record_Fallback/,
        '$1Route_To_Fallback_Queue'
      );
      expect(errors).toEqual([
        expect.stringContaining(
          'chat routing: the fault path of Route_To_Skills must first save RoutingStatus__c and RoutingError__c on the session'
        )
      ]);
    });

    it('given a routing step without a fault path, then the step is reported', async () => {
      const errors = await chatErrorsAfter(
        FLOW,
        /(<name>Route_To_Queue<\/name>[\s\S]*?)<faultConnector>[\s\S]*?<\/faultConnector>/,
        '$1'
      );
      expect(errors).toEqual([
        `${FLOW}:${lineOf(FLOW, '<name>Route_To_Queue</name>') - 2}: chat routing: Route_To_Queue has no fault path: a failure would end the flow with the chat unrouted [reference]`
      ]);
    });

    it('given the status save stops at its own failure, then the record update is reported', async () => {
      const errors = await chatErrorsAfter(
        FLOW,
        /(<name>Record_Failure<\/name>[\s\S]*?)<faultConnector>[\s\S]*?<\/faultConnector>/,
        '$1'
      );
      expect(errors).toEqual([
        expect.stringContaining(
          'chat routing: Record_Failure must go on to Find_Triage_Queue when its save fails too'
        )
      ]);
    });

    it('given a connector to a step that is not in the flow, then the connector is reported', async () => {
      const errors = await chatErrorsAfter(
        FLOW,
        /(<name>Record_Fallback<\/name>[\s\S]*?<connector>\s*<targetReference>)Route_To_Fallback_Queue/,
        '$1Route_To_Fallback'
      );
      expect(errors).toEqual([
        expect.stringContaining(
          'chat routing: Record_Fallback must go on to Route_To_Fallback when its save fails too'
        ),
        expect.stringContaining(
          'chat routing: a connector leads to "Route_To_Fallback", which is no element of the flow'
        )
      ]);
    });
  });
});
