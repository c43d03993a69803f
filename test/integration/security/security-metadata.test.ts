/**
 * The security controls that live in metadata, checked offline (the README's security section
 * lists them with the Apex tests that prove them in an org): least privilege for the IVR
 * integration user, complaint fields kept from account managers, private sharing, the reports that
 * show failures.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../../scripts/lib/project';
import { ADMIN_PERMISSION_SET } from '../../../scripts/provision/post-deploy';
import {
  child,
  childrenNamed,
  descendants,
  parseXmlTree,
  type XmlElement
} from '../../../scripts/validate/xml-tree';

const ORG = path.join(repoRoot(), 'force-app/service-org');
const read = (relative: string): XmlElement =>
  parseXmlTree(readFileSync(path.join(ORG, relative), 'utf8'));
const permissionSet = (name: string) => read(`permissionsets/${name}.permissionset-meta.xml`);

function readableFields(set: XmlElement): string[] {
  return childrenNamed(set, 'fieldPermissions')
    .filter((p) => child(p, 'readable')?.text === 'true')
    .map((p) => child(p, 'field')?.text ?? '');
}

const RELEASE_FIELDS = ['ConcernReleasedBy__c', 'ConcernReleasedAt__c', 'ConcernReleaseReason__c'];
/** Written only by the complaint guard or the release: nobody edits them, the admin included. */
const GUARDED_FIELDS = ['AccusedManager__c', ...RELEASE_FIELDS];
const COMPLAINT_FIELDS = [
  'Case.AboutAccountManager__c',
  'Case.RoutingReasons__c',
  'MessagingSession.AboutAccountManager__c',
  'MessagingSession.IntakeText__c',
  'MessagingSession.RoutingReasons__c',
  // Whom a concern is about (stamped by the guard) and who released it, when and why (written only
  // by the release): read-only.
  ...['Case', 'MessagingSession'].flatMap((object) =>
    GUARDED_FIELDS.map((field) => `${object}.${field}`)
  )
];

describe('security controls in metadata', () => {
  it('gives Service_Routing_Admin every entry-point Apex class, as its description says (a static @AuraEnabled method, @RestResource or @InvocableMethod)', () => {
    const admin = childrenNamed(permissionSet('Service_Routing_Admin'), 'classAccesses')
      .filter((c) => child(c, 'enabled')?.text === 'true')
      .map((c) => child(c, 'apexClass')?.text);
    const entryPoints = ['routing-engine', 'agent-experience'].flatMap((pkg) => {
      const dir = path.join(repoRoot(), 'force-app', pkg, 'classes');
      return readdirSync(dir)
        .filter((file) => file.endsWith('.cls'))
        .filter((file) =>
          /@AuraEnabled(\([^)]*\))?\s+(public|global)\s+static|@RestResource|@InvocableMethod/.test(
            readFileSync(path.join(dir, file), 'utf8')
          )
        )
        .map((file) => file.replace(/\.cls$/, ''));
    });
    expect(entryPoints.length).toBeGreaterThan(8);
    expect(entryPoints.filter((name) => !admin.includes(name))).toEqual([]);
  });

  it('lets the admin the deploy provisions (Service_Routing_Admin only) read every custom field the project ships on a data object, so the seed can query and write them (Knowledge__kav.SeedKey__c was missing)', () => {
    const granted = new Set(readableFields(permissionSet('Service_Routing_Admin')));
    const objectsDir = path.join(ORG, 'objects');
    const shipped = readdirSync(objectsDir)
      .filter((object) => !object.endsWith('__mdt'))
      .flatMap((object) => {
        const fieldsDir = path.join(objectsDir, object, 'fields');
        return existsSync(fieldsDir)
          ? readdirSync(fieldsDir).map(
              (file) => `${object}.${file.replace(/\.field-meta\.xml$/, '')}`
            )
          : [];
      });
    expect(shipped.length).toBeGreaterThan(50);
    expect(shipped.filter((field) => !granted.has(field))).toEqual([]);
  });

  it('grants the historical load permission, which leaves emails on closed cases untriaged, only in Service_Historical_Load, which grants nothing else and which the seed gives nobody', () => {
    const holders = readdirSync(path.join(ORG, 'permissionsets'))
      .map((file) => file.replace(/\.permissionset-meta\.xml$/, ''))
      .filter((name) =>
        childrenNamed(permissionSet(name), 'customPermissions').some(
          (p) => child(p, 'name')?.text === 'Load_Historical_Emails'
        )
      );
    expect(holders).toEqual(['Service_Historical_Load']);
    const granted = permissionSet('Service_Historical_Load')
      .children.filter((c) => !['description', 'label', 'hasActivationRequired'].includes(c.name))
      .map((c) => `${c.name}:${child(c, 'name')?.text}:${child(c, 'enabled')?.text}`);
    expect(granted).toEqual(['customPermissions:Load_Historical_Emails:true']);
    // Nobody the seed or the deploy provisions holds it: the users, the operator who seeds (the likeliest
    // Email-to-Case user) and the admin the deploy provisions.
    const teams = JSON.parse(readFileSync(path.join(repoRoot(), 'data/teams.json'), 'utf8')) as {
      users: { permissionSets: string[] }[];
      operator: { permissionSets?: string[] };
    };
    const provisioned = [
      ...teams.users.flatMap((u) => u.permissionSets),
      ...(teams.operator.permissionSets ?? []),
      ADMIN_PERMISSION_SET
    ];
    expect(provisioned.length).toBeGreaterThan(teams.users.length);
    expect(provisioned.filter((name) => name === 'Service_Historical_Load')).toEqual([]);
  });

  it('gives the IVR integration user no View All, no Modify All, and no access to accounts or contacts', () => {
    const ivr = permissionSet('Service_IVR_Integration');
    const objects = childrenNamed(ivr, 'objectPermissions');
    expect(objects.map((o) => child(o, 'object')?.text)).toEqual(['Case']);
    for (const o of objects) {
      expect(child(o, 'viewAllRecords')?.text).toBe('false');
      expect(child(o, 'modifyAllRecords')?.text).toBe('false');
      expect(child(o, 'allowEdit')?.text).toBe('false');
      expect(child(o, 'allowDelete')?.text).toBe('false');
    }
    expect(readableFields(ivr).sort()).toEqual([
      'Case.IntakeAboutStaff__c',
      'Case.IntakeLanguage__c',
      'Case.IntakeTopic__c',
      'Case.IvrCallId__c'
    ]);
    expect(childrenNamed(ivr, 'classAccesses').map((c) => child(c, 'apexClass')?.text)).toEqual([
      'IvrIntakeResource'
    ]);
  });

  it('keeps satisfaction responses (comments about reps and account managers) out of Service_Agent, read-only for team leads', () => {
    const agent = permissionSet('Service_Agent');
    const objectsOf = (set: XmlElement) =>
      childrenNamed(set, 'objectPermissions').map((o) => child(o, 'object')?.text);
    expect(objectsOf(agent)).not.toContain('SatisfactionResponse__c');
    expect(readableFields(agent).filter((f) => f.startsWith('SatisfactionResponse__c.'))).toEqual(
      []
    );
    const lead = permissionSet('Service_Team_Lead');
    const leadAccess = childrenNamed(lead, 'objectPermissions').find(
      (o) => child(o, 'object')?.text === 'SatisfactionResponse__c'
    );
    expect(child(leadAccess!, 'allowRead')?.text).toBe('true');
    for (const flag of ['allowCreate', 'allowEdit', 'allowDelete', 'modifyAllRecords'])
      expect(child(leadAccess!, flag)?.text).toBe('false');
    // The token is the survey link's secret: nobody reads it but the admin.
    expect(readableFields(lead)).not.toContain('SatisfactionResponse__c.Token__c');
    const token = read('objects/SatisfactionResponse__c/fields/Token__c.field-meta.xml');
    expect(child(token, 'unique')?.text).toBe('true');
    expect(child(token, 'caseSensitive')?.text).toBe('true');
  });

  it('makes the call id a unique external id, so an IVR retry finds its case', () => {
    const field = read('objects/Case/fields/IvrCallId__c.field-meta.xml');
    expect(child(field, 'externalId')?.text).toBe('true');
    expect(child(field, 'unique')?.text).toBe('true');
  });

  it('keeps the complaint fields out of Service_Agent, which account managers hold', () => {
    const agent = readableFields(permissionSet('Service_Agent'));
    for (const field of COMPLAINT_FIELDS) expect(agent).not.toContain(field);
    expect(agent).toContain('Case.RoutingTeam__c');
  });

  it('grants the complaint fields read-only in Service_Routing_Details, which no account manager is given', () => {
    const details = permissionSet('Service_Routing_Details');
    expect(readableFields(details).sort()).toEqual([...COMPLAINT_FIELDS].sort());
    for (const p of childrenNamed(details, 'fieldPermissions'))
      expect(child(p, 'editable')?.text).toBe('false');
    const teams = JSON.parse(readFileSync(path.join(repoRoot(), 'data/teams.json'), 'utf8')) as {
      users: { role: string; permissionSets: string[] }[];
    };
    for (const user of teams.users)
      expect([user.role, user.permissionSets.includes('Service_Routing_Details')]).toEqual([
        user.role,
        user.role !== 'Account_Manager'
      ]);
  });

  it('lets nobody edit the accused manager or the release fields, the admin included: only the guard and the checked release write them', () => {
    for (const name of [
      'Service_Agent',
      'Service_Routing_Details',
      'Service_Routing_Admin',
      'Service_Team_Lead'
    ]) {
      const release = childrenNamed(permissionSet(name), 'fieldPermissions').filter((p) =>
        GUARDED_FIELDS.some((field) => child(p, 'field')?.text?.endsWith(`.${field}`))
      );
      for (const p of release)
        expect([name, child(p, 'field')?.text, child(p, 'editable')?.text]).toEqual([
          name,
          child(p, 'field')?.text,
          'false'
        ]);
    }
    expect(
      childrenNamed(permissionSet('Service_Routing_Admin'), 'fieldPermissions').filter((p) =>
        GUARDED_FIELDS.some((field) => child(p, 'field')?.text?.endsWith(`.${field}`))
      )
    ).toHaveLength(8);
  });

  it('makes Case, Account and MessagingSession private and keeps case access from the account managers role', () => {
    for (const object of ['Case', 'Account', 'MessagingSession'])
      expect(child(read(`objects/${object}/${object}.object-meta.xml`), 'sharingModel')?.text).toBe(
        'Private'
      );
    expect(child(read('roles/Account_Manager.role-meta.xml'), 'caseAccessLevel')?.text).toBe(
      'None'
    );
  });

  it('lets only the director role into HNW_Escalations, the queue complaints wait in', () => {
    const queue = read('queues/HNW_Escalations.queue-meta.xml');
    const members = child(queue, 'queueMembers');
    expect(members?.children.map((c) => c.name)).toEqual(['roles']);
    expect(descendants(members!, ['roles', 'role']).map((r) => r.text)).toEqual([
      'Department_Director'
    ]);
  });

  it('lists Failed cases in the routing failures report', () => {
    const report = parseXmlTree(
      readFileSync(
        path.join(
          repoRoot(),
          'force-app/agent-experience/reports/Service_Desk_Reports/Routing_Failures.report-meta.xml'
        ),
        'utf8'
      )
    );
    const criteria = descendants(report, ['filter', 'criteriaItems']);
    expect(
      criteria.some(
        (c) =>
          child(c, 'column')?.text === 'Case$RoutingStatus__c' &&
          (child(c, 'value')?.text ?? '').split(',').includes('Failed')
      )
    ).toBe(true);
  });
});
