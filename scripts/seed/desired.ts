/**
 * Turns the seed data into the records the org should have. What the org can offer shapes the
 * result: when it has fewer user licenses than the data has users, the users with the lowest
 * licensePriority are created and the rest are skipped, with everything that hangs off them, and
 * said so plainly; quick text channel values the org does not offer are left out and reported.
 */
import { SEED_KEY_FIELD } from './object-specs';
import {
  DEFAULT_USERNAME_DOMAIN,
  quickTextKey,
  type SeedData,
  type SkillGrant,
  type TeamUser
} from './data-model';
import { allocateSeats, seatSkipReason } from './licence-seats';
import {
  ENTITLEMENT_START_DATE,
  entitlementKey,
  SERVICE_LEVEL_ACCOUNT_KEY,
  SERVICE_LEVEL_ACCOUNT_NAME,
  SERVICE_LEVEL_ENTITLEMENTS
} from './service-levels';
import type { DesiredRecord, FieldValue, Ref, SeedObject, Skip } from './plan-model';

export const OPERATOR_KEY = 'operator';

export interface LicensePool {
  /** UserLicense.Name, e.g. Salesforce. */
  license: string;
  total: number;
  used: number;
}

export interface OrgContext {
  /** The org's 15-character Id (usernames are unique per org through it); null when planning from data alone. */
  orgId: string | null;
  /** The connected admin; null when planning from data alone. */
  operator: { id: string; name: string } | null;
  /** Users of the data that exist in the org, by key. */
  existingUsers: Map<string, { active: boolean }>;
  /** License pool of each profile the data uses, by profile name; undefined when unknown. */
  licenses?: Map<string, LicensePool>;
  /** Permission set licences the data names, by DeveloperName: seats and the keys of who holds one. */
  permissionSetLicenses?: Map<string, { total: number; used: number; holders: Set<string> }>;
  /** QuickText.Channel values the org offers; undefined when unknown. */
  quickTextChannels?: Set<string>;
}

export interface DesiredSet {
  records: Map<SeedObject, DesiredRecord[]>;
  skipped: Map<SeedObject, Skip[]>;
  warnings: string[];
  notes: string[];
}

const ref = (object: Ref['ref'], key: string): Ref => ({ ref: object, key });

export function usernameFor(key: string, orgId: string | null, domain: string): string {
  return `${key}.${(orgId ?? '<org-id>').slice(0, 15).toLowerCase()}@${domain}`;
}

function aliasFor(user: Pick<TeamUser, 'alias' | 'firstName' | 'lastName'>): string {
  if (user.alias) return user.alias;
  return `${user.firstName.slice(0, 1)}${user.lastName}`
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .slice(0, 8);
}

const fullName = (u: Pick<TeamUser, 'firstName' | 'lastName'>) => `${u.firstName} ${u.lastName}`;

/** Which users get a license, which are skipped; by licensePriority, then file order. */
function allocateLicenses(
  users: TeamUser[],
  defaultProfile: string,
  ctx: OrgContext
): { skipped: Map<string, string>; warnings: string[]; notes: string[] } {
  const skipped = new Map<string, string>();
  const warnings: string[] = [];
  const notes: string[] = [];
  if (!ctx.licenses) {
    if (ctx.orgId === null)
      notes.push('User licenses are not known without an org: every user is planned.');
    return { skipped, warnings, notes };
  }
  const needing = users
    .map((user, index) => ({ user, index }))
    .filter(({ user }) => user.active !== false && ctx.existingUsers.get(user.key)?.active !== true)
    .sort((a, b) => a.user.licensePriority - b.user.licensePriority || a.index - b.index);
  const left = new Map<string, number>();
  for (const { user } of needing) {
    const profile = user.profile ?? defaultProfile;
    const pool = ctx.licenses.get(profile);
    if (!pool) continue;
    const available = left.get(pool.license) ?? Math.max(0, pool.total - pool.used);
    if (available > 0) left.set(pool.license, available - 1);
    else {
      left.set(pool.license, 0);
      skipped.set(
        user.key,
        `no ${pool.license} user license left (the org has ${pool.total}, ${pool.used} in use)`
      );
    }
  }
  if (skipped.size > 0) {
    const pools = [...new Set([...ctx.licenses.values()].map((p) => p.license))];
    warnings.push(
      `Only ${needing.length - skipped.size} of the ${needing.length} users still to create fit in this org's ` +
        `${pools.join(', ')} licenses. Skipped, by licensePriority: ${[...skipped.keys()].join(', ')}. ` +
        'Their queue memberships, skills and presence assignments are skipped too, and accounts they manage ' +
        'get no account manager (the HNW queue takes those clients). The connected admin is set up as an agent ' +
        'of every rep queue, so every channel can still be tried. For the full team, use an org with more ' +
        'licenses (README, "User licenses").'
    );
  }
  return { skipped, warnings, notes };
}

function agentRecords(
  ownerKey: string,
  resourceName: string,
  agent: {
    permissionSets: string[];
    permissionSetLicenses?: string[];
    publicGroups: string[];
    presenceConfiguration?: string;
    skills: SkillGrant[];
  },
  effectiveFrom: string,
  add: (object: SeedObject, key: string, fields: Record<string, FieldValue>) => void
): void {
  for (const name of agent.permissionSetLicenses ?? [])
    add('PermissionSetLicenseAssign', `${ownerKey}|${name}`, {
      AssigneeId: ref('User', ownerKey),
      PermissionSetLicenseId: ref('PermissionSetLicense', name)
    });
  for (const name of agent.permissionSets)
    add('PermissionSetAssignment', `${ownerKey}|${name}`, {
      AssigneeId: ref('User', ownerKey),
      PermissionSetId: ref('PermissionSet', name)
    });
  for (const name of agent.publicGroups)
    add('GroupMember', `${ownerKey}|${name}`, {
      GroupId: ref('Group', name),
      UserOrGroupId: ref('User', ownerKey)
    });
  if (agent.presenceConfiguration)
    add('PresenceUserConfigUser', ownerKey, {
      UserId: ref('User', ownerKey),
      PresenceUserConfigId: ref('PresenceUserConfig', agent.presenceConfiguration)
    });
  if (agent.skills.length === 0) return;
  add('ServiceResource', ownerKey, {
    RelatedRecordId: ref('User', ownerKey),
    ResourceType: 'A',
    Name: resourceName,
    IsActive: true
  });
  for (const grant of agent.skills)
    add('ServiceResourceSkill', `${ownerKey}|${grant.skill}`, {
      ServiceResourceId: ref('ServiceResource', ownerKey),
      SkillId: ref('Skill', grant.skill),
      SkillLevel: grant.level,
      EffectiveStartDate: `${effectiveFrom}T00:00:00.000Z`
    });
}

export function buildDesired(data: SeedData, ctx: OrgContext): DesiredSet {
  const records = new Map<SeedObject, DesiredRecord[]>();
  const skippedBy = new Map<SeedObject, Skip[]>();
  const add = (
    object: SeedObject,
    key: string,
    fields: Record<string, FieldValue>,
    updateOnly = false,
    missingReason?: string
  ) =>
    records.set(object, [
      ...(records.get(object) ?? []),
      {
        object,
        key,
        fields,
        ...(updateOnly ? { updateOnly } : {}),
        ...(missingReason ? { missingReason } : {})
      }
    ]);
  const skip = (object: SeedObject, key: string, reason: string) =>
    skippedBy.set(object, [...(skippedBy.get(object) ?? []), { key, reason }]);

  const { defaults, operator, users } = data.teams;
  const domain = defaults.usernameDomain ?? DEFAULT_USERNAME_DOMAIN;
  const licenses = allocateLicenses(users, defaults.profile, ctx);
  const seats = allocateSeats(data.teams, licenses.skipped, OPERATOR_KEY, ctx);
  /** Agent records, except a licence without a seat and the permission sets that need it. */
  const addAgent = (object: SeedObject, key: string, fields: Record<string, FieldValue>) => {
    const reason = seatSkipReason(seats, object, key);
    if (reason) skip(object, key, reason);
    else add(object, key, fields);
  };

  for (const user of users) {
    const reason = licenses.skipped.get(user.key);
    if (reason) {
      skip('User', user.key, reason);
      continue;
    }
    add('User', user.key, {
      Username: usernameFor(user.key, ctx.orgId, domain),
      FirstName: user.firstName,
      LastName: user.lastName,
      Alias: aliasFor(user),
      Email: `${user.key}@${defaults.emailDomain}`,
      Title: user.title,
      Department: defaults.department,
      TimeZoneSidKey: defaults.timeZone,
      LocaleSidKey: defaults.locale,
      LanguageLocaleKey: defaults.language,
      EmailEncodingKey: defaults.emailEncoding,
      ProfileId: ref('Profile', user.profile ?? defaults.profile),
      UserRoleId: ref('UserRole', user.role),
      UserPermissionsSupportUser: user.serviceCloudUser !== false,
      IsActive: user.active !== false
    });
    // Salesforce links no service resource to an inactive user (Object Reference, ServiceResource):
    // an inactive user's resource is only switched off where it exists, and holds no skills.
    const inactive = `user ${user.key} is inactive: Salesforce links no service resource to an inactive user`;
    agentRecords(
      user.key,
      fullName(user),
      user,
      defaults.skillsEffectiveFrom,
      (object, key, fields) => {
        if (user.active !== false) addAgent(object, key, fields);
        else if (object === 'ServiceResource')
          add(object, key, { ...fields, IsActive: false }, true, inactive);
        else if (object === 'ServiceResourceSkill') skip(object, key, inactive);
        else addAgent(object, key, fields);
      }
    );
  }
  for (const [key, reason] of licenses.skipped) {
    const user = users.find((u) => u.key === key);
    if (!user) continue;
    const because = `user ${key} is skipped (${reason})`;
    agentRecords(user.key, fullName(user), user, defaults.skillsEffectiveFrom, (object, k) =>
      skip(object, k, because)
    );
  }

  if (operator.serviceCloudUser)
    add('User', OPERATOR_KEY, { UserPermissionsSupportUser: true }, true);
  const operatorAgent = operator.actAsAgent
    ? {
        permissionSets: operator.permissionSets,
        permissionSetLicenses: operator.permissionSetLicenses,
        publicGroups: operator.publicGroups ?? [],
        presenceConfiguration: operator.presenceConfiguration,
        skills: operator.skills ?? []
      }
    : {
        permissionSets: operator.permissionSets,
        permissionSetLicenses: operator.permissionSetLicenses,
        publicGroups: [],
        skills: []
      };
  agentRecords(
    OPERATOR_KEY,
    ctx.operator?.name ?? 'the connected admin',
    operatorAgent,
    defaults.skillsEffectiveFrom,
    addAgent
  );

  const warnings = [...licenses.warnings, ...seats.warnings];
  for (const account of data.customers.accounts) {
    const manager = account.accountManager;
    const managerSkipped = manager !== null && licenses.skipped.has(manager);
    // A skipped manager who is already in the org (deactivated, no licence free to reactivate)
    // keeps the clients they have: the account's manager is left as the org has it.
    const keepManager = managerSkipped && ctx.existingUsers.has(manager);
    if (managerSkipped)
      warnings.push(
        keepManager
          ? `Account ${account.key} (${account.name}): its account manager ${manager} is skipped; the account keeps the manager it has in the org.`
          : `Account ${account.key} (${account.name}) gets no account manager: ${manager} is skipped.`
      );
    add('Account', account.key, {
      [SEED_KEY_FIELD]: account.key,
      Name: account.name,
      InvestableAssets__c: account.investableAssets,
      ...(keepManager
        ? {}
        : { AccountManager__c: manager === null || managerSkipped ? null : ref('User', manager) })
    });
    for (const contact of account.contacts)
      add('Contact', contact.key, {
        [SEED_KEY_FIELD]: contact.key,
        AccountId: ref('Account', account.key),
        FirstName: contact.firstName,
        LastName: contact.lastName,
        Title: contact.title ?? null,
        Email: contact.email,
        Phone: contact.phone,
        MobilePhone: contact.mobilePhone ?? null
      });
  }

  // Service levels: the firm's entitlements, one per shipped entitlement process, before any case.
  add('Account', SERVICE_LEVEL_ACCOUNT_KEY, {
    [SEED_KEY_FIELD]: SERVICE_LEVEL_ACCOUNT_KEY,
    Name: SERVICE_LEVEL_ACCOUNT_NAME,
    InvestableAssets__c: null,
    AccountManager__c: null
  });
  for (const name of SERVICE_LEVEL_ENTITLEMENTS) {
    const key = entitlementKey(name);
    add('Entitlement', key, {
      [SEED_KEY_FIELD]: key,
      Name: name,
      AccountId: ref('Account', SERVICE_LEVEL_ACCOUNT_KEY),
      SlaProcessId: ref('SlaProcess', name),
      StartDate: ENTITLEMENT_START_DATE
    });
  }

  const contactsByKey = new Map(
    data.customers.accounts.flatMap((a) =>
      a.contacts.map((c) => [c.key, { contact: c, account: a }] as const)
    )
  );
  for (const sample of data.cases.cases) {
    const found = sample.contact === null ? undefined : contactsByKey.get(sample.contact);
    const fields: Record<string, FieldValue> = {
      [SEED_KEY_FIELD]: sample.key,
      Origin: sample.origin,
      Subject: sample.subject,
      Description: sample.description
    };
    if (sample.origin === 'Phone') {
      // As the IVR creates it: the caller identified by number, the menu choices recorded.
      if (found) {
        fields.ContactId = ref('Contact', found.contact.key);
        fields.AccountId = ref('Account', found.account.key);
        fields.SuppliedPhone = found.contact.phone;
      }
      fields.IntakeTopic__c = sample.intake?.topic ?? null;
      fields.IntakeAboutStaff__c = sample.intake?.aboutStaff === true;
    } else {
      // As Email-to-Case or a web form creates it: only the sender; routing finds the contact.
      fields.SuppliedEmail = found ? found.contact.email : (sample.senderEmail ?? null);
      fields.SuppliedName = found ? `${found.contact.firstName} ${found.contact.lastName}` : null;
    }
    add('Case', sample.key, fields);
  }

  for (const text of data.quickTexts.quickTexts) {
    const offered = ctx.quickTextChannels;
    const channels = offered ? text.channels.filter((c) => offered.has(c)) : text.channels;
    const missing = text.channels.filter((c) => !channels.includes(c));
    if (missing.length > 0)
      warnings.push(
        `Quick text "${text.name}": channel ${missing.join(', ')} is not a QuickText.Channel value in this org ` +
          `(it offers ${[...(offered ?? [])].join(', ') || 'none'}); left out.`
      );
    const key = quickTextKey(text);
    add('QuickText', key, {
      [SEED_KEY_FIELD]: key,
      Name: text.name,
      Message: text.message,
      Channel: channels.length > 0 ? channels.join(';') : null
    });
  }

  return { records, skipped: skippedBy, warnings, notes: licenses.notes };
}
