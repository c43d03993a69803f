/**
 * Reads what the seed needs from the org, in as few requests as possible: who is connected
 * (userinfo), then one composite batch of up to 25 independent reads (the org, licenses, the
 * metadata the data names, the seeded users, accounts, contacts, cases, quick texts and the quick
 * text channel values), then one more batch for what hangs off the users (assignments,
 * memberships, presence assignments, service resources and skills). Large results are paged.
 */
import { ToolError } from '../lib/cli';
import {
  soqlList,
  soqlString,
  type DescribeResult,
  type OrgApi,
  type SObjectRecord,
  type SubResult,
  type UserInfo
} from '../provision/org-api';
import { ORGANIZATION_SOQL, orgFactsFrom, type OrgFacts } from '../provision/preflight';
import { DEFAULT_USERNAME_DOMAIN, type SeedData } from './data-model';
import { OPERATOR_KEY, usernameFor, type LicensePool, type OrgContext } from './desired';
import { SEED_KEY_FIELD } from './object-specs';
import { SERVICE_LEVEL_ENTITLEMENTS } from './service-levels';
import { IdBook, type ExistingRecord, type NamedObject, type SeedObject } from './plan-model';

export interface Snapshot {
  facts: OrgFacts;
  user: UserInfo;
  ids: IdBook;
  existing: Map<SeedObject, Map<string, ExistingRecord>>;
  context: OrgContext;
  /** Metadata the data names that the org does not have, e.g. `role Account_Manager`. */
  missing: string[];
  /** Profiles the data names that grant View All Data or Modify All Data in this org. */
  adminProfiles: string[];
}

/** The names the data refers to, per metadata object. */
function namesInData(data: SeedData): Record<NamedObject, string[]> {
  const { defaults, operator, users } = data.teams;
  const uniq = (values: (string | undefined)[]) =>
    [...new Set(values.filter((v): v is string => typeof v === 'string'))].sort();
  return {
    Profile: uniq([defaults.profile, ...users.map((u) => u.profile)]),
    UserRole: uniq(users.map((u) => u.role)),
    PermissionSetLicense: uniq([
      ...users.flatMap((u) => u.permissionSetLicenses ?? []),
      ...(operator.permissionSetLicenses ?? [])
    ]),
    PermissionSet: uniq([...users.flatMap((u) => u.permissionSets), ...operator.permissionSets]),
    Group: uniq([...users.flatMap((u) => u.publicGroups), ...(operator.publicGroups ?? [])]),
    Skill: uniq([
      ...users.flatMap((u) => u.skills.map((s) => s.skill)),
      ...(operator.skills ?? []).map((s) => s.skill)
    ]),
    PresenceUserConfig: uniq([
      ...users.map((u) => u.presenceConfiguration),
      operator.presenceConfiguration
    ]),
    SlaProcess: [...SERVICE_LEVEL_ENTITLEMENTS].sort()
  };
}

const NAMED_QUERIES: Record<
  NamedObject,
  { label: string; soql: (list: string) => string; name: string }
> = {
  Profile: {
    label: 'profile',
    name: 'Name',
    soql: (l) =>
      `SELECT Id, Name, UserLicenseId, PermissionsModifyAllData, PermissionsViewAllData FROM Profile WHERE Name IN ${l}`
  },
  UserRole: {
    label: 'role',
    name: 'DeveloperName',
    soql: (l) => `SELECT Id, DeveloperName FROM UserRole WHERE DeveloperName IN ${l}`
  },
  PermissionSetLicense: {
    label: 'permission set licence',
    name: 'DeveloperName',
    soql: (l) =>
      `SELECT Id, DeveloperName, TotalLicenses, UsedLicenses FROM PermissionSetLicense WHERE DeveloperName IN ${l}`
  },
  PermissionSet: {
    label: 'permission set',
    name: 'Name',
    soql: (l) => `SELECT Id, Name FROM PermissionSet WHERE Name IN ${l}`
  },
  Group: {
    label: 'public group',
    name: 'DeveloperName',
    soql: (l) =>
      `SELECT Id, DeveloperName FROM Group WHERE Type = 'Regular' AND DeveloperName IN ${l}`
  },
  SlaProcess: {
    label: 'entitlement process',
    name: 'Name',
    soql: (l) => `SELECT Id, Name FROM SlaProcess WHERE IsActive = true AND Name IN ${l}`
  },
  Skill: {
    label: 'skill',
    name: 'DeveloperName',
    soql: (l) => `SELECT Id, DeveloperName FROM Skill WHERE DeveloperName IN ${l}`
  },
  PresenceUserConfig: {
    label: 'presence configuration',
    name: 'DeveloperName',
    soql: (l) => `SELECT Id, DeveloperName FROM PresenceUserConfig WHERE DeveloperName IN ${l}`
  }
};

const USER_FIELDS = [
  'Username',
  'FirstName',
  'LastName',
  'Alias',
  'Email',
  'Title',
  'Department',
  'TimeZoneSidKey',
  'LocaleSidKey',
  'LanguageLocaleKey',
  'EmailEncodingKey',
  'ProfileId',
  'UserRoleId',
  'UserPermissionsSupportUser',
  'IsActive'
];
const RECORD_FIELDS: Record<'Account' | 'Entitlement' | 'Contact' | 'Case', string[]> = {
  Account: ['Name', 'InvestableAssets__c', 'AccountManager__c'],
  Entitlement: ['Name', 'AccountId', 'SlaProcessId', 'StartDate'],
  Contact: ['AccountId', 'FirstName', 'LastName', 'Title', 'Email', 'Phone', 'MobilePhone'],
  Case: [
    'Origin',
    'Subject',
    'Description',
    'SuppliedEmail',
    'SuppliedName',
    'SuppliedPhone',
    'ContactId',
    'AccountId',
    'IntakeTopic__c',
    'IntakeAboutStaff__c'
  ]
};
const IN_CHUNK = 100;

interface Read {
  what: string;
  url: string;
  /** Where a failure points the user. */
  hint?: (errorCode: string) => string | undefined;
}

const OMNI_HINT = (code: string) =>
  code === 'INVALID_TYPE'
    ? 'Omni-Channel objects are not available: enable Omni-Channel (Setup → Omni-Channel Settings) and deploy the project (npm run deploy).'
    : undefined;
const ENTITLEMENTS_HINT = (code: string) =>
  code === 'INVALID_TYPE'
    ? 'Entitlement processes are not available: enable Entitlement Management (Setup → Entitlement Settings; the scratch org definition turns it on) and deploy the project (npm run deploy).'
    : undefined;
const SEED_KEY_HINT = (object: string) => (code: string) =>
  code === 'INVALID_FIELD'
    ? `${object}.${SEED_KEY_FIELD} (or a project field) is missing or not visible to you: deploy the project first (npm run deploy), ` +
      'then give yourself field access with the Service_Routing_Admin permission set ' +
      '(npx sf org assign permset --name Service_Routing_Admin --target-org <org>), or run npm start, which does both.'
    : undefined;

function errorOf(sub: SubResult): { code: string; message: string } {
  const first = Array.isArray(sub.result) ? (sub.result[0] as Record<string, unknown>) : undefined;
  return {
    code: typeof first?.errorCode === 'string' ? first.errorCode : `HTTP_${sub.statusCode}`,
    message: typeof first?.message === 'string' ? first.message : JSON.stringify(sub.result)
  };
}

/** Runs reads in composite batches and pages their results; failures are collected with hints. */
async function readAll(
  api: OrgApi,
  reads: Read[]
): Promise<{ results: unknown[]; problems: string[] }> {
  const subs = await api.batch(reads.map((r) => r.url));
  const results: unknown[] = [];
  const problems: string[] = [];
  for (const [i, sub] of subs.entries()) {
    const read = reads[i]!;
    if (sub.statusCode >= 300) {
      const { code, message } = errorOf(sub);
      const hint = read.hint?.(code);
      problems.push(`${read.what}: ${code}: ${message}${hint ? `\n    → ${hint}` : ''}`);
      results.push(undefined);
      continue;
    }
    const body = sub.result as { records?: unknown[] };
    results.push(Array.isArray(body.records) ? await api.rest(sub.result as never) : sub.result);
  }
  return { results, problems };
}

export async function readSnapshot(api: OrgApi, data: SeedData): Promise<Snapshot> {
  const user = await api.userInfo();
  const version = `v${api.apiVersion}`;
  const q = (soql: string) => `${version}/query?q=${encodeURIComponent(soql)}`;
  const domain = data.teams.defaults.usernameDomain ?? DEFAULT_USERNAME_DOMAIN;
  const usernames = new Map(
    data.teams.users.map((u) => [usernameFor(u.key, user.orgId, domain), u.key] as const)
  );
  const names = namesInData(data);
  const named = Object.keys(NAMED_QUERIES) as NamedObject[];
  const usernameChunks: string[][] = [];
  for (let i = 0; i < usernames.size; i += IN_CHUNK)
    usernameChunks.push([...usernames.keys()].slice(i, i + IN_CHUNK));

  const reads: Read[] = [
    { what: 'Organization', url: q(ORGANIZATION_SOQL) },
    {
      what: 'UserLicense',
      url: q('SELECT Id, Name, TotalLicenses, UsedLicenses FROM UserLicense')
    },
    {
      what: 'the connected user',
      url: q(
        `SELECT Id, Name, Username, UserPermissionsSupportUser FROM User WHERE Id = ${soqlString(user.userId)}`
      )
    },
    ...named.map((object) => ({
      what: `${NAMED_QUERIES[object].label}s`,
      url: q(NAMED_QUERIES[object].soql(soqlList(names[object]))),
      hint:
        object === 'Skill' || object === 'PresenceUserConfig'
          ? OMNI_HINT
          : object === 'SlaProcess'
            ? ENTITLEMENTS_HINT
            : undefined
    })),
    ...usernameChunks.map((chunk) => ({
      what: 'seeded users',
      url: q(`SELECT Id, ${USER_FIELDS.join(', ')} FROM User WHERE Username IN ${soqlList(chunk)}`)
    })),
    ...(['Account', 'Entitlement', 'Contact', 'Case'] as const).map((object) => ({
      what: `seeded ${object} records`,
      url: q(
        `SELECT Id, ${SEED_KEY_FIELD}, ${RECORD_FIELDS[object].join(', ')} FROM ${object} WHERE ${SEED_KEY_FIELD} != null`
      ),
      hint: SEED_KEY_HINT(object)
    })),
    {
      what: 'seeded QuickText records',
      url: q(
        `SELECT Id, ${SEED_KEY_FIELD}, Name, Message, Channel FROM QuickText WHERE ${SEED_KEY_FIELD} != null`
      ),
      hint: SEED_KEY_HINT('QuickText')
    },
    { what: 'QuickText description', url: `${version}/sobjects/QuickText/describe` }
  ];
  const first = await readAll(api, reads);
  if (first.problems.length > 0)
    throw new ToolError(
      `Reading the org failed; nothing was written:\n${first.problems.map((p) => `  ${p}`).join('\n')}`
    );
  let at = 0;
  const next = <T>() => first.results[at++] as T;
  const [organization] = next<Record<string, unknown>[]>();
  if (!organization) throw new ToolError('The org returned no Organization record.');
  const facts = orgFactsFrom(organization);
  const licenseRows = next<SObjectRecord[]>();
  const [operatorRow] = next<SObjectRecord[]>();
  if (!operatorRow) throw new ToolError(`The connected user ${user.userId} was not found.`);

  const ids = new IdBook();
  const existing = new Map<SeedObject, Map<string, ExistingRecord>>();
  const put = (object: SeedObject, key: string, row: SObjectRecord) => {
    const map = existing.get(object) ?? new Map<string, ExistingRecord>();
    if (!map.has(key)) map.set(key, { id: row.Id, key, values: row });
    existing.set(object, map);
    ids.set(object, key, row.Id);
  };

  const missing: string[] = [];
  const profileRows: SObjectRecord[] = [];
  const seatRows: SObjectRecord[] = [];
  for (const object of named) {
    const rows = next<SObjectRecord[]>();
    const field = NAMED_QUERIES[object].name;
    for (const row of rows) ids.set(object, String(row[field]), row.Id);
    if (object === 'Profile') profileRows.push(...rows);
    // A licence the org lacks is a shortage of seats (licence-seats.ts), not missing metadata.
    if (object === 'PermissionSetLicense') {
      seatRows.push(...rows);
      continue;
    }
    for (const name of names[object])
      if (!ids.get(object, name)) missing.push(`${NAMED_QUERIES[object].label} ${name}`);
  }
  put('User', OPERATOR_KEY, operatorRow);
  const existingUsers: OrgContext['existingUsers'] = new Map();
  for (let i = 0; i < usernameChunks.length; i++) {
    for (const row of next<SObjectRecord[]>()) {
      const key = usernames.get(String(row.Username).toLowerCase());
      if (!key) continue;
      put('User', key, row);
      existingUsers.set(key, { active: row.IsActive === true });
    }
  }
  for (const object of ['Account', 'Entitlement', 'Contact', 'Case'] as const)
    for (const row of next<SObjectRecord[]>()) put(object, String(row[SEED_KEY_FIELD]), row);
  for (const row of next<SObjectRecord[]>()) put('QuickText', String(row[SEED_KEY_FIELD]), row);
  const quickTextDescribe = next<DescribeResult>();
  const channelField = quickTextDescribe.fields?.find((f) => f.name === 'Channel');

  const licenseById = new Map(licenseRows.map((row) => [row.Id.slice(0, 15), row]));
  const licenses = new Map<string, LicensePool>();
  for (const profile of profileRows) {
    const license = licenseById.get(String(profile.UserLicenseId).slice(0, 15));
    if (license)
      licenses.set(String(profile.Name), {
        license: String(license.Name),
        total: Number(license.TotalLicenses),
        used: Number(license.UsedLicenses)
      });
  }

  await readAgentRecords(api, data, names, ids, put);
  const permissionSetLicenses: OrgContext['permissionSetLicenses'] = new Map(
    names.PermissionSetLicense.map((name) => [name, { total: 0, used: 0, holders: new Set() }])
  );
  for (const row of seatRows)
    permissionSetLicenses.set(String(row.DeveloperName), {
      total: Number(row.TotalLicenses),
      used: Number(row.UsedLicenses),
      holders: new Set(
        [...(existing.get('PermissionSetLicenseAssign')?.keys() ?? [])]
          .filter((key) => key.endsWith(`|${String(row.DeveloperName)}`))
          .map((key) => key.split('|')[0]!)
      )
    });

  return {
    facts,
    user,
    ids,
    existing,
    missing,
    adminProfiles: profileRows
      .filter((p) => p.PermissionsModifyAllData === true || p.PermissionsViewAllData === true)
      .map((p) => String(p.Name))
      .sort(),
    context: {
      orgId: user.orgId.slice(0, 15),
      operator: { id: operatorRow.Id, name: String(operatorRow.Name ?? user.username) },
      existingUsers,
      licenses,
      permissionSetLicenses,
      quickTextChannels: channelField?.picklistValues
        ? new Set(channelField.picklistValues.filter((v) => v.active).map((v) => v.value))
        : undefined
    }
  };
}

/** Assignments, memberships, presence assignments, resources and skills of the seeded users. */
async function readAgentRecords(
  api: OrgApi,
  data: SeedData,
  names: Record<NamedObject, string[]>,
  ids: IdBook,
  put: (object: SeedObject, key: string, row: SObjectRecord) => void
): Promise<void> {
  const ownerKeys = [OPERATOR_KEY, ...data.teams.users.map((u) => u.key)];
  const userIds = ownerKeys.map((k) => ids.get('User', k)).filter((id): id is string => !!id);
  const idsOf = (object: NamedObject) =>
    names[object].map((n) => ids.get(object, n)).filter((id): id is string => !!id);
  const version = `v${api.apiVersion}`;
  const q = (soql: string) => `${version}/query?q=${encodeURIComponent(soql)}`;
  const reads: (Read & { object: SeedObject })[] = [];
  const users = soqlList(userIds);
  if (userIds.length > 0) {
    if (idsOf('PermissionSetLicense').length > 0)
      reads.push({
        object: 'PermissionSetLicenseAssign',
        what: 'permission set licence assignments',
        url: q(
          `SELECT Id, AssigneeId, PermissionSetLicenseId FROM PermissionSetLicenseAssign WHERE AssigneeId IN ${users} AND PermissionSetLicenseId IN ${soqlList(idsOf('PermissionSetLicense'))}`
        )
      });
    if (idsOf('PermissionSet').length > 0)
      reads.push({
        object: 'PermissionSetAssignment',
        what: 'permission set assignments',
        url: q(
          `SELECT Id, AssigneeId, PermissionSetId FROM PermissionSetAssignment WHERE AssigneeId IN ${users} AND PermissionSetId IN ${soqlList(idsOf('PermissionSet'))}`
        )
      });
    if (idsOf('Group').length > 0)
      reads.push({
        object: 'GroupMember',
        what: 'public group members',
        url: q(
          `SELECT Id, GroupId, UserOrGroupId FROM GroupMember WHERE UserOrGroupId IN ${users} AND GroupId IN ${soqlList(idsOf('Group'))}`
        )
      });
    reads.push(
      {
        object: 'PresenceUserConfigUser',
        what: 'presence configuration assignments',
        url: q(
          `SELECT Id, UserId, PresenceUserConfigId FROM PresenceUserConfigUser WHERE UserId IN ${users}`
        ),
        hint: OMNI_HINT
      },
      {
        object: 'ServiceResource',
        what: 'service resources',
        url: q(
          `SELECT Id, RelatedRecordId, ResourceType, Name, IsActive FROM ServiceResource WHERE RelatedRecordId IN ${users}`
        ),
        hint: OMNI_HINT
      }
    );
    if (idsOf('Skill').length > 0)
      reads.push({
        object: 'ServiceResourceSkill',
        what: 'service resource skills',
        url: q(
          `SELECT Id, ServiceResourceId, SkillId, SkillLevel, EffectiveStartDate FROM ServiceResourceSkill WHERE SkillId IN ${soqlList(idsOf('Skill'))}`
        ),
        hint: OMNI_HINT
      });
  }
  if (reads.length === 0) return;
  const { results, problems } = await readAll(api, reads);
  if (problems.length > 0)
    throw new ToolError(
      `Reading the org failed; nothing was written:\n${problems.map((p) => `  ${p}`).join('\n')}`
    );
  const rowsOf = (object: SeedObject) => {
    const index = reads.findIndex((r) => r.object === object);
    return index < 0 ? [] : (results[index] as SObjectRecord[]);
  };
  // Resources first: skills are matched through them.
  for (const row of rowsOf('ServiceResource')) {
    const owner = ids.keyOf('User', row.RelatedRecordId);
    if (owner && row.ResourceType === 'A') put('ServiceResource', owner, row);
  }
  for (const row of rowsOf('PermissionSetLicenseAssign')) {
    const owner = ids.keyOf('User', row.AssigneeId);
    const name = ids.keyOf('PermissionSetLicense', row.PermissionSetLicenseId);
    if (owner && name) put('PermissionSetLicenseAssign', `${owner}|${name}`, row);
  }
  for (const row of rowsOf('PermissionSetAssignment')) {
    const owner = ids.keyOf('User', row.AssigneeId);
    const name = ids.keyOf('PermissionSet', row.PermissionSetId);
    if (owner && name) put('PermissionSetAssignment', `${owner}|${name}`, row);
  }
  for (const row of rowsOf('GroupMember')) {
    const owner = ids.keyOf('User', row.UserOrGroupId);
    const name = ids.keyOf('Group', row.GroupId);
    if (owner && name) put('GroupMember', `${owner}|${name}`, row);
  }
  for (const row of rowsOf('PresenceUserConfigUser')) {
    const owner = ids.keyOf('User', row.UserId);
    if (owner) put('PresenceUserConfigUser', owner, row);
  }
  for (const row of rowsOf('ServiceResourceSkill')) {
    const owner = ids.keyOf('ServiceResource', row.ServiceResourceId);
    const skill = ids.keyOf('Skill', row.SkillId);
    if (owner && skill) put('ServiceResourceSkill', `${owner}|${skill}`, row);
  }
}
