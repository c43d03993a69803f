/**
 * Cross-references of the automated-response and reporting metadata in force-app/agent-experience that
 * the metadata validator does not follow: auto-response rule → email template, messaging channel →
 * queue and flow, report → report type and its columns, report type → custom fields, dashboard → report.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../../scripts/lib/project';
import { children, readMetadataFile, text } from '../../../scripts/lib/xml';
import { filesEndingWith } from '../../../scripts/lib/source-files';
import { allSourceDirectories } from '../../../scripts/lib/project';

const root = repoRoot();
const agentExperience = path.join(root, 'force-app/agent-experience');
const sources = allSourceDirectories(root);
const name = (file: string, suffix: string) => path.basename(file, suffix);

function reportTypes(): Map<string, { base: string; columns: Set<string> }> {
  const types = new Map<string, { base: string; columns: Set<string> }>();
  for (const file of filesEndingWith([agentExperience], '.reportType-meta.xml')) {
    const { root: node } = readMetadataFile(file);
    const columns = new Set<string>();
    for (const section of children(node, 'sections'))
      for (const column of children(section, 'columns'))
        columns.add(`${text(column, 'table')}$${text(column, 'field')}`);
    types.set(name(file, '.reportType-meta.xml'), {
      base: text(node, 'baseObject') ?? '',
      columns
    });
  }
  return types;
}

function fieldsOf(object: string): Set<string> {
  const found = new Set<string>();
  for (const dir of sources) {
    const fields = path.join(dir, 'objects', object, 'fields');
    if (existsSync(fields))
      for (const f of readdirSync(fields)) found.add(f.replace('.field-meta.xml', ''));
  }
  return found;
}

describe('the Case auto-response rule', () => {
  const file = path.join(agentExperience, 'autoResponseRules/Case.autoResponseRules-meta.xml');
  const { root: node } = readMetadataFile(file);
  const templates = new Set(
    filesEndingWith(sources, '.email-meta.xml').map(
      (f) => `${path.basename(path.dirname(f))}/${name(f, '.email-meta.xml')}`
    )
  );

  it('is the only active rule and sends only templates that exist, each with a body', () => {
    const rules = children(node, 'autoResponseRule');
    expect(rules.filter((r) => text(r, 'active') === 'true')).toHaveLength(1);
    for (const entry of rules.flatMap((r) => children(r, 'ruleEntry'))) {
      const template = text(entry, 'template') ?? '';
      expect(templates).toContain(template);
      const [folder, developerName] = template.split('/');
      expect(
        existsSync(path.join(agentExperience, 'email', folder!, `${developerName}.email`))
      ).toBe(true);
    }
  });

  it('uses only Case fields that exist in its formulas', () => {
    const caseFields = fieldsOf('Case');
    for (const entry of children(node, 'autoResponseRule').flatMap((r) =>
      children(r, 'ruleEntry')
    )) {
      for (const match of (text(entry, 'formula') ?? '').matchAll(/\b(\w+__c)\b/g))
        expect(caseFields).toContain(match[1]);
    }
  });
});

describe('the Enhanced Chat channel', () => {
  const { root: node } = readMetadataFile(
    path.join(agentExperience, 'messagingChannels/Web_Chat.messagingChannel-meta.xml')
  );

  it('answers at once and when a rep joins, with text responses', () => {
    const responses = children(node, 'automatedResponses');
    expect(responses.map((r) => text(r, 'type'))).toEqual([
      'InitialResponse',
      'AgentEngagedResponse'
    ]);
    for (const r of responses) {
      expect(text(r, 'autoResponseContentType')).toBe('TextResponse');
      expect((text(r, 'response') ?? '').length).toBeGreaterThan(20);
    }
  });

  it('routes with the Omni-Channel flow and falls back to a queue that takes messaging sessions', () => {
    expect(text(node, 'sessionHandlerType')).toBe('Flow');
    const queue = text(node, 'sessionHandlerQueue') ?? '';
    const queueFile = filesEndingWith(sources, '.queue-meta.xml').find(
      (f) => path.basename(f) === `${queue}.queue-meta.xml`
    );
    expect(queueFile).toBeDefined();
    const { root: queueNode } = readMetadataFile(queueFile!);
    expect(children(queueNode, 'queueSobject').map((q) => text(q, 'sobjectType'))).toContain(
      'MessagingSession'
    );
    const flow = text(node, 'sessionHandlerFlow') ?? '';
    expect(
      filesEndingWith(sources, '.flow-meta.xml').filter(
        (f) => path.basename(f) === `${flow}.flow-meta.xml`
      )
    ).toHaveLength(1);
  });
  it('maps each pre-chat parameter to an input variable of the routing flow with the same name', () => {
    const flow = text(node, 'sessionHandlerFlow') ?? '';
    const flowFile = filesEndingWith(sources, '.flow-meta.xml').find(
      (f) => path.basename(f) === `${flow}.flow-meta.xml`
    );
    const { root: flowNode } = readMetadataFile(flowFile!);
    const inputs = children(flowNode, 'variables')
      .filter((v) => text(v, 'isInput') === 'true')
      .map((v) => text(v, 'name'));
    const parameters = children(node, 'customParameters');
    expect(parameters.map((p) => text(p, 'name'))).toEqual(['aboutStaff', 'question', 'topic']);
    for (const parameter of parameters) {
      expect(inputs).toContain(text(parameter, 'name'));
      const mappings = children(parameter, 'actionParameterMappings').map((m) =>
        text(m, 'actionParameterName')
      );
      // The mapping binds by name: the value reaches the flow's input variable called actionParameterName.
      expect(mappings).toEqual([text(parameter, 'name')]);
    }
  });
});

describe('the reports and the dashboard', () => {
  const types = reportTypes();

  it('report types name only fields that exist on their objects', () => {
    for (const [typeName, type] of types) {
      for (const column of type.columns) {
        const [table, field] = column.split('$') as [string, string];
        if (!field.endsWith('__c')) continue;
        const object = table === type.base ? type.base : table.split('.').at(-1)!;
        expect({ typeName, field, exists: fieldsOf(object).has(field) }).toEqual({
          typeName,
          field,
          exists: true
        });
      }
    }
  });

  const reports = filesEndingWith([agentExperience], '.report-meta.xml');

  it.each(reports.map((f) => [name(f, '.report-meta.xml'), f]))(
    'report %s uses a shipped report type and only its columns',
    (_name, file) => {
      const { root: node } = readMetadataFile(file as string);
      const typeName = (text(node, 'reportType') ?? '').replace(/__c$/, '');
      const type = types.get(typeName);
      expect(type).toBeDefined();
      const buckets = new Set(children(node, 'buckets').map((b) => text(b, 'developerName')));
      const used = [
        ...children(node, 'columns').map((c) => text(c, 'field')),
        ...children(node, 'groupingsDown').map((g) => text(g, 'field')),
        ...children(node, 'filter').flatMap((f) =>
          children(f, 'criteriaItems').map((c) => text(c, 'column'))
        ),
        ...children(node, 'buckets').map((b) => text(b, 'sourceColumnName')),
        ...children(node, 'timeFrameFilter').map((t) => text(t, 'dateColumn'))
      ];
      for (const column of used) {
        if (buckets.has(column)) continue;
        expect(type!.columns).toContain(column);
      }
      const chart = children(node, 'chart')[0];
      const groupings = children(node, 'groupingsDown').map((g) => text(g, 'field'));
      expect(groupings).toContain(text(chart, 'groupingColumn'));
    }
  );

  it('the dashboard shows only shipped reports, each with a chart', () => {
    const dashboards = filesEndingWith([agentExperience], '.dashboard-meta.xml');
    expect(dashboards).toHaveLength(1);
    const { root: node } = readMetadataFile(dashboards[0]!);
    const shipped = new Set(
      reports.map((f) => `${path.basename(path.dirname(f))}/${name(f, '.report-meta.xml')}`)
    );
    const layout = children(node, 'dashboardGridLayout')[0];
    const shown = children(layout, 'dashboardGridComponents').map((c) =>
      text(children(c, 'dashboardComponent')[0], 'report')
    );
    expect(shown.length).toBe(reports.length);
    for (const report of shown) expect(shipped).toContain(report);
  });
});
