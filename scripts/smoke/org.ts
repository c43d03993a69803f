/**
 * What the smoke test reads from and writes to the org, over the REST API only: the seeded
 * customers and the Omni-Channel names the routing uses (a few composite batches), the email cases
 * (one sObject collection create, the way Email-to-Case inserts them), the IVR intake (its Apex REST
 * resource), the routed cases with their pending routings and skill requirements, and the cleanup.
 */
import { ToolError } from '../lib/cli';
import { soqlList, soqlString, type OrgApi, type SObjectRecord } from '../provision/org-api';

export interface SeededCustomer {
  contactId: string;
  name: string;
  email: string | null;
  phone: string | null;
  investableAssets: number | null;
  manager: { id: string; name: string; active: boolean } | null;
}

export interface OrgDirectory {
  /** Seeded contacts by SeedKey__c. */
  customers: Map<string, SeededCustomer>;
  queues: Map<string, string>;
  skills: Map<string, string>;
  serviceChannels: Map<string, string>;
  /** Active users in the director role. */
  directors: { id: string; name: string }[];
}

export interface DirectoryRequest {
  contactKeys: string[];
  queues: string[];
  skills: string[];
  serviceChannels: string[];
  directorRole: string | null;
}

const id15 = (id: unknown) => String(id ?? '').slice(0, 15);

/** An `Id IN (…)` filter, or undefined when there is no Id (SOQL refuses an empty or blank Id). */
const idsIn = (field: string, ids: unknown[]): string | undefined => {
  const real = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return real.length > 0 ? `${field} IN ${soqlList(real)}` : undefined;
};

/** Several queries in composite batches; a query without its Id filter is skipped and reads nothing. */
async function queryWhere(
  api: OrgApi,
  queries: { select: string; where: string | undefined }[]
): Promise<SObjectRecord[][]> {
  const sent = queries.filter((q) => q.where !== undefined);
  const answers =
    sent.length > 0 ? await api.queryMany(sent.map((q) => `${q.select} WHERE ${q.where}`)) : [];
  return queries.map((q) => (q.where === undefined ? [] : (answers[sent.indexOf(q)] ?? [])));
}
const byName = (rows: SObjectRecord[], field = 'DeveloperName') =>
  new Map(rows.map((r) => [String(r[field]), r.Id] as const));

export async function readDirectory(api: OrgApi, request: DirectoryRequest): Promise<OrgDirectory> {
  const [contacts = [], queues = [], skills = [], channels = [], roles = []] = await api.queryMany([
    `SELECT Id, SeedKey__c, FirstName, LastName, Email, Phone, AccountId FROM Contact WHERE SeedKey__c IN ${soqlList(request.contactKeys)}`,
    `SELECT Id, DeveloperName FROM Group WHERE Type = 'Queue' AND DeveloperName IN ${soqlList(request.queues)}`,
    `SELECT Id, DeveloperName FROM Skill WHERE DeveloperName IN ${soqlList(request.skills)}`,
    `SELECT Id, DeveloperName FROM ServiceChannel WHERE DeveloperName IN ${soqlList(request.serviceChannels)}`,
    `SELECT Id, DeveloperName FROM UserRole WHERE DeveloperName = ${soqlString(request.directorRole ?? '')}`
  ]);
  const role = roles[0];
  const [accounts = [], directors = []] = await queryWhere(api, [
    {
      select: 'SELECT Id, InvestableAssets__c, AccountManager__c FROM Account',
      where: idsIn(
        'Id',
        contacts.map((c) => c.AccountId)
      )
    },
    {
      select: 'SELECT Id, Name, IsActive FROM User',
      where: role ? `UserRoleId = ${soqlString(role.Id)} AND IsActive = true` : undefined
    }
  ]);
  const [managers = []] = await queryWhere(api, [
    {
      select: 'SELECT Id, Name, IsActive FROM User',
      where: idsIn(
        'Id',
        accounts.map((a) => a.AccountManager__c)
      )
    }
  ]);
  const customers = new Map<string, SeededCustomer>();
  for (const contact of contacts) {
    const account = accounts.find((a) => id15(a.Id) === id15(contact.AccountId));
    const manager = managers.find((m) => id15(m.Id) === id15(account?.AccountManager__c));
    customers.set(String(contact.SeedKey__c), {
      contactId: contact.Id,
      name: [contact.FirstName, contact.LastName].filter(Boolean).join(' '),
      email: typeof contact.Email === 'string' ? contact.Email : null,
      phone: typeof contact.Phone === 'string' ? contact.Phone : null,
      investableAssets:
        typeof account?.InvestableAssets__c === 'number' ? account.InvestableAssets__c : null,
      manager: manager
        ? { id: manager.Id, name: String(manager.Name), active: manager.IsActive === true }
        : null
    });
  }
  return {
    customers,
    queues: byName(queues),
    skills: byName(skills),
    serviceChannels: byName(channels),
    directors: directors.map((d) => ({ id: d.Id, name: String(d.Name) }))
  };
}

export interface NewEmailCase {
  subject: string;
  body: string;
  fromEmail: string;
  fromName: string;
}

/** Email cases the way Email-to-Case inserts them: origin, sender address, subject and body only. */
export async function createEmailCases(api: OrgApi, cases: NewEmailCase[]): Promise<string[]> {
  if (cases.length === 0) return [];
  const results = await api.create(
    'Case',
    cases.map((c) => ({
      Origin: 'Email',
      Subject: c.subject,
      Description: c.body,
      SuppliedEmail: c.fromEmail,
      SuppliedName: c.fromName
    }))
  );
  const failed = results
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => !r.success || !r.id)
    .map(
      ({ r, i }) =>
        `"${cases[i]!.subject}": ${r.errors.map((e) => `${e.statusCode}: ${e.message}`).join('; ')}`
    );
  if (failed.length > 0) {
    // The ones it took would sit in live queues and reach real agents: take them back first.
    const taken = results.filter((r) => r.success && r.id).map((r) => String(r.id));
    const kept = await deleteIds(api, taken);
    throw new ToolError(
      `The org refused the smoke test's email cases:\n  ${failed.join('\n  ')}` +
        (taken.length === 0
          ? ''
          : kept.length === 0
            ? `\nThe ${taken.length} case(s) it took were deleted.`
            : `\nDelete these smoke cases by hand: ${kept.join(', ')}.`)
    );
  }
  return results.map((r) => String(r.id));
}

const IVR_INTAKE_PATH = '/services/apexrest/ivr/intake';

export interface IvrIntake {
  callerNumber: string;
  topic: string | null;
  aboutStaff: boolean | null;
  transcript: string;
  callId: string;
}

export interface IvrReply {
  caseId?: string;
  caseNumber?: string;
  team?: string | null;
  group?: string | null;
  routingStatus?: string | null;
  callerIdentified?: boolean;
  error?: string;
}

/** What the telephony provider does: POST the caller's choices to the IVR resource. */
export async function postIvrIntake(api: OrgApi, intake: IvrIntake): Promise<IvrReply> {
  const reply = await api.send<IvrReply>('POST', IVR_INTAKE_PATH, intake);
  if (!reply?.caseId)
    throw new ToolError(
      `The IVR intake did not create a case: ${reply?.error ?? JSON.stringify(reply)}`
    );
  return reply;
}

const CASE_FIELDS = [
  'CaseNumber',
  'Subject',
  'Description',
  'Origin',
  'OwnerId',
  'Priority',
  'ContactId',
  'IntakeTopic__c',
  'IntakeAboutStaff__c',
  'RoutingTeam__c',
  'RoutingGroup__c',
  'RoutingTopic__c',
  'IssueType__c',
  'CustomerSegment__c',
  'AboutAccountManager__c',
  'RoutingRule__c',
  'RoutingTarget__c',
  'RoutingStatus__c',
  'RoutingError__c'
] as const;

export interface RoutedWork {
  cases: SObjectRecord[];
  routings: SObjectRecord[];
  requirements: SObjectRecord[];
  /** Display names of the users the cases and routings point at, by 15-character Id. */
  userNames: Map<string, string>;
}

/** The cases as routed, with their pending routings, skill requirements and the users they name. */
export async function readRoutedWork(api: OrgApi, caseIds: string[]): Promise<RoutedWork> {
  const [cases = [], routings = []] = await queryWhere(api, [
    { select: `SELECT Id, ${CASE_FIELDS.join(', ')} FROM Case`, where: idsIn('Id', caseIds) },
    {
      select:
        'SELECT Id, WorkItemId, ServiceChannelId, RoutingType, GroupId, IsReadyForRouting, PreferredUserId, IsPreferredUserRequired, ' +
        'SecondaryRoutingPriority ' +
        'FROM PendingServiceRouting',
      where: idsIn('WorkItemId', caseIds)
    }
  ]);
  const userIds = [
    ...cases.map((c) => c.OwnerId),
    ...routings.map((r) => r.PreferredUserId)
  ].filter((id): id is string => typeof id === 'string' && id.startsWith('005'));
  const [requirements = [], users = []] = await queryWhere(api, [
    {
      select: 'SELECT Id, RelatedRecordId, SkillId FROM SkillRequirement',
      where: idsIn(
        'RelatedRecordId',
        routings.map((r) => r.Id)
      )
    },
    { select: 'SELECT Id, Name FROM User', where: idsIn('Id', userIds) }
  ]);
  return {
    cases,
    routings,
    requirements,
    userNames: new Map(users.map((u) => [id15(u.Id), String(u.Name)]))
  };
}

/**
 * Deletes what the run created, children first (skill requirements, pending routings, cases).
 * Returns the Ids that could not be deleted (a record the platform already removed with its
 * parent counts as deleted).
 */
export async function deleteCreated(api: OrgApi, work: RoutedWork): Promise<string[]> {
  const ids = [
    ...work.requirements.map((r) => r.Id),
    ...work.routings.map((r) => r.Id),
    ...work.cases.map((c) => c.Id)
  ];
  return deleteIds(api, ids);
}

/**
 * Deletes these records; returns the Ids that could not be deleted (one the platform already
 * removed with its parent counts as deleted).
 */
async function deleteIds(api: OrgApi, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const results = await api.destroy(ids);
  return results
    .map((r, i) => ({ r, id: ids[i]! }))
    .filter(({ r }) => !r.success && !r.errors.some((e) => e.statusCode === 'ENTITY_IS_DELETED'))
    .map(({ id }) => id);
}
