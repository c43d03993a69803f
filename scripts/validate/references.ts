/**
 * Step 4: cross-references between components resolve inside the tree (or to something the
 * platform provides): a queue's routing configuration and members, a presence configuration's
 * statuses, a permission set's fields, classes, apps and statuses, a page's components, an app's
 * pages, a field's value set, a validation rule's fields; custom metadata records against their
 * type (custom-metadata.ts);
 * routing rules and settings against queues, skills, roles and channels (routing-references.ts).
 */
import type { SourceComponent } from '@salesforce/source-deploy-retrieve';
import { checkCustomMetadataRecords } from './custom-metadata';
import { Directories, type TargetType } from './directory';
import type { ValidationReport } from './report';
import type { ResolvedTree } from './resolve';
import { checkChatRouteWork } from './chat-route-work';
import { checkRoutingReferences } from './routing-references';
import type { SourceTree } from './source-files';
import type { XmlDocuments } from './well-formed';
import { child, childrenNamed, descendants, type XmlElement } from './xml-tree';

export interface ReferenceContext {
  root: string;
  tree: SourceTree;
  resolved: ResolvedTree;
  documents: XmlDocuments;
}

/** One reference found in a file: `kind` is what the summary counts ("queue → routing configuration"). */
interface Reference {
  kind: string;
  target: TargetType;
  name: string;
  element: XmlElement;
}

/** A reference that is wrong whatever the tree holds (e.g. a username, which differs per org). */
interface Forbidden {
  message: string;
  element: XmlElement;
}

interface Found {
  references: Reference[];
  forbidden: Forbidden[];
}

type Extractor = (root: XmlElement, component: SourceComponent) => Found;

const ref = (kind: string, target: TargetType, element: XmlElement | undefined): Reference[] =>
  element && element.text !== '' ? [{ kind, target, name: element.text, element }] : [];

const refsAt = (root: XmlElement, path: string[], kind: string, target: TargetType): Reference[] =>
  descendants(root, path).flatMap((element) => ref(kind, target, element));

const usernames = (root: XmlElement, path: string[], what: string): Forbidden[] =>
  descendants(root, path).map((element) => ({
    message: `${what} names the user "${element.text}": usernames differ per org; use a public group or role`,
    element
  }));

/** Custom fields a validation rule's formula and display field name, on the rule's own object. */
function validationRuleFields(root: XmlElement, component: SourceComponent): Reference[] {
  const object = component.parent?.fullName ?? component.fullName.split('.')[0] ?? '';
  const formula = child(root, 'errorConditionFormula');
  const names = new Set(
    [...(formula?.text ?? '').matchAll(/\b([A-Za-z][A-Za-z0-9_]*__c)\b/g)].map((m) => m[1]!)
  );
  const display = child(root, 'errorDisplayField');
  return [
    ...[...names].flatMap((name) =>
      formula
        ? [
            {
              kind: 'validation rule → field',
              target: 'CustomField' as const,
              name: `${object}.${name}`,
              element: formula
            }
          ]
        : []
    ),
    ...(display && display.text !== ''
      ? [
          {
            kind: 'validation rule → field',
            target: 'CustomField' as const,
            name: `${object}.${display.text}`,
            element: display
          }
        ]
      : [])
  ];
}

const EXTRACTORS: Record<string, Extractor> = {
  ValidationRule: (root, component) => ({
    references: validationRuleFields(root, component),
    forbidden: []
  }),
  Queue: (root) => ({
    references: [
      ...ref(
        'queue → routing configuration',
        'QueueRoutingConfig',
        child(root, 'queueRoutingConfig')
      ),
      ...refsAt(
        root,
        ['queueMembers', 'publicGroups', 'publicGroup'],
        'queue member → public group',
        'Group'
      ),
      ...refsAt(root, ['queueMembers', 'roles', 'role'], 'queue member → role', 'Role'),
      ...refsAt(
        root,
        ['queueMembers', 'roleAndSubordinates', 'roleAndSubordinate'],
        'queue member → role',
        'Role'
      ),
      ...refsAt(
        root,
        ['queueMembers', 'roleAndSubordinatesInternal', 'roleAndSubordinateInternal'],
        'queue member → role',
        'Role'
      ),
      ...refsAt(root, ['queueSobject', 'sobjectType'], 'queue → object', 'CustomObject')
    ],
    forbidden: usernames(root, ['queueMembers', 'users', 'user'], 'queue member')
  }),
  QueueRoutingConfig: (root) => ({
    references: refsAt(root, ['skills', 'skill'], 'routing configuration → skill', 'Skill'),
    forbidden: []
  }),
  PresenceUserConfig: (root) => ({
    references: [
      ...ref(
        'presence configuration → presence status',
        'ServicePresenceStatus',
        child(root, 'presenceStatusOnPushTimeout')
      ),
      ...ref(
        'presence configuration → presence status',
        'ServicePresenceStatus',
        child(root, 'presenceStatusOnDecline')
      )
    ],
    forbidden: usernames(
      root,
      ['assignments', 'users', 'user'],
      'presence configuration assignment'
    )
  }),
  ServicePresenceStatus: (root) => ({
    references: refsAt(
      root,
      ['channels', 'channel'],
      'presence status → service channel',
      'ServiceChannel'
    ),
    forbidden: []
  }),
  Role: (root) => ({
    references: ref('role → parent role', 'Role', child(root, 'parentRole')),
    forbidden: []
  }),
  PermissionSet: (root) => ({
    references: [
      ...refsAt(root, ['fieldPermissions', 'field'], 'permission set → field', 'CustomField'),
      ...refsAt(root, ['objectPermissions', 'object'], 'permission set → object', 'CustomObject'),
      ...refsAt(root, ['classAccesses', 'apexClass'], 'permission set → Apex class', 'ApexClass'),
      ...refsAt(
        root,
        ['pageAccesses', 'apexPage'],
        'permission set → Visualforce page',
        'ApexPage'
      ),
      ...refsAt(
        root,
        ['applicationVisibilities', 'application'],
        'permission set → application',
        'CustomApplication'
      ),
      ...refsAt(
        root,
        ['customMetadataTypeAccesses', 'name'],
        'permission set → custom metadata type',
        'CustomObject'
      ),
      ...refsAt(
        root,
        ['customSettingAccesses', 'name'],
        'permission set → custom setting',
        'CustomObject'
      ),
      ...refsAt(
        root,
        ['customPermissions', 'name'],
        'permission set → custom permission',
        'CustomPermission'
      ),
      ...refsAt(root, ['tabSettings', 'tab'], 'permission set → tab', 'CustomTab'),
      ...refsAt(
        root,
        ['recordTypeVisibilities', 'recordType'],
        'permission set → record type',
        'RecordType'
      ),
      ...refsAt(root, ['flowAccesses', 'flow'], 'permission set → flow', 'Flow'),
      ...refsAt(
        root,
        ['servicePresenceStatusAccesses', 'servicePresenceStatus'],
        'permission set → presence status',
        'ServicePresenceStatus'
      ),
      ...refsAt(
        root,
        ['userPermissions', 'name'],
        'permission set → user permission',
        'UserPermission'
      )
    ],
    forbidden: []
  }),
  FlexiPage: (root) => ({
    references: [
      ...descendants(root, [
        'flexiPageRegions',
        'itemInstances',
        'componentInstance',
        'componentName'
      ])
        // A component of the org's own namespace: `c:name`, or just `name` as retrieved pages write it.
        .filter((element) => element.text.startsWith('c:') || !element.text.includes(':'))
        .flatMap((element) =>
          ref('flexipage → Lightning web component', 'LightningComponentBundle', element)
        ),
      ...ref('flexipage → object', 'CustomObject', child(root, 'sobjectType'))
    ],
    forbidden: []
  }),
  CustomApplication: (root) => {
    const overrides = [
      ...childrenNamed(root, 'actionOverrides'),
      ...childrenNamed(root, 'profileActionOverrides')
    ]
      .filter((override) => child(override, 'type')?.text === 'Flexipage')
      .flatMap((override) =>
        ref('application → flexipage', 'FlexiPage', child(override, 'content'))
      );
    return {
      references: [
        ...ref('application → utility bar', 'FlexiPage', child(root, 'utilityBar')),
        ...overrides,
        ...childrenNamed(root, 'tabs').flatMap((tab) => ref('application → tab', 'CustomTab', tab)),
        ...refsAt(root, ['workspaceConfig', 'mappings', 'tab'], 'application → tab', 'CustomTab')
      ],
      forbidden: []
    };
  },
  CustomField: (root, component) => {
    const object = component.fullName.split('.')[0] ?? '';
    const valueSetName = descendants(root, ['valueSet', 'valueSetName'])[0];
    const referenceTo = child(root, 'referenceTo');
    const references = ref('field → global value set', 'GlobalValueSet', valueSetName);
    if (referenceTo && referenceTo.text !== object)
      references.push(...ref('field → referenced object', 'CustomObject', referenceTo));
    return { references, forbidden: [] };
  },
  Report: (root) => ({
    references: ref('report → report type', 'ReportType', child(root, 'reportType')),
    forbidden: []
  }),
  ReportType: (root) => ({
    references: ref('report type → object', 'CustomObject', child(root, 'baseObject')),
    forbidden: []
  }),
  Dashboard: (root) => ({
    references: [
      ...descendants(root, [
        'dashboardGridLayout',
        'dashboardGridComponents',
        'dashboardComponent',
        'report'
      ]),
      ...['leftSection', 'middleSection', 'rightSection'].flatMap((section) =>
        descendants(root, [section, 'components', 'report'])
      )
    ].flatMap((element) => ref('dashboard → report', 'Report', element)),
    forbidden: []
  }),
  Flow: (root) => ({
    references: childrenNamed(root, 'actionCalls')
      .filter((call) => child(call, 'actionType')?.text === 'apex')
      .flatMap((call) => ref('flow → Apex action', 'ApexClass', child(call, 'actionName'))),
    forbidden: []
  })
};

/** Checks every reference of every component; counts them per kind for the summary. */
export function checkReferences(context: ReferenceContext, report: ValidationReport): void {
  const directories = new Directories(context.resolved, context.tree.optionalDirs, (dir) =>
    report.relative(dir)
  );
  for (const component of context.resolved.components) {
    const extract = EXTRACTORS[component.type.name];
    if (!extract || !component.xml) continue;
    const root = context.documents.get(component.xml);
    if (!root) continue;
    const { references, forbidden } = extract(root, component);
    for (const reference of references) {
      report.countReference(reference.kind);
      if (!directories.has(component.xml, reference.target, reference.name)) {
        report.error(
          'reference',
          component.xml,
          `${reference.kind}: "${reference.name}" ${directories.missing(component.xml, reference.target, reference.name)}`,
          reference.element.line
        );
      }
    }
    for (const problem of forbidden)
      report.error('reference', component.xml, problem.message, problem.element.line);
  }
  checkCustomMetadataRecords(context, directories, report);
  checkRoutingReferences(context, directories, report);
  checkChatRouteWork(context, report);
}
