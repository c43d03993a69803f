/**
 * What a deploy cannot do and the seed needs first: the connected admin gets the project's admin
 * permission set (field access to SeedKey__c and the routing fields, the routing Apex), the
 * Service Cloud User flag and, where the org has Lightning Knowledge, the Knowledge User flag (the
 * article seed writes as the admin), and the messaging channels the source ships are activated
 * (they deploy inactive). Both flags take a feature licence seat: a flag the org refuses (no seat
 * left) and a channel it will not activate through the API become manual steps with their Setup
 * path, never a failure: cases and the console work without them. A permission set the org refuses
 * to assign is a failure: nothing after it can work without the field access it gives.
 */
import { ToolError } from '../lib/cli';
import {
  SalesforceApiError,
  soqlList,
  soqlString,
  type OrgApi,
  type SObjectRecord
} from './org-api';

export const ADMIN_PERMISSION_SET = 'Service_Routing_Admin';

export interface PostDeployOutcome {
  /** Steps left to do by hand, each with its Setup path. */
  manual: string[];
}

/** A User checkbox that takes a feature licence seat, and where an admin sets it by hand. */
interface UserFlag {
  field: 'UserPermissionsSupportUser' | 'UserPermissionsKnowledgeUser';
  label: string;
}

const SERVICE_CLOUD_USER: UserFlag = {
  field: 'UserPermissionsSupportUser',
  label: 'Service Cloud User'
};
const KNOWLEDGE_USER: UserFlag = { field: 'UserPermissionsKnowledgeUser', label: 'Knowledge User' };

function flagStep(flag: UserFlag, who: string, why: string): string {
  return (
    `Give ${who} the ${flag.label} feature licence (${why}): Setup → Users → ${who} → Edit → ${flag.label} → Save ` +
    '(free a seat first if every one is taken: Setup → Company Information → Feature Licenses).'
  );
}

/** Sets one flag; a refusal (no seat left) becomes a manual step. */
async function setFlag(
  api: OrgApi,
  userId: string,
  who: string,
  flag: UserFlag,
  manual: string[],
  log: (line: string) => void
): Promise<void> {
  try {
    await api.patch('User', userId, { [flag.field]: true });
    log(`  set the ${flag.label} flag on ${who}`);
  } catch (error) {
    if (!(error instanceof SalesforceApiError)) throw error;
    log(`  ! the org refused the ${flag.label} flag on ${who} (${error.message}): a manual step`);
    manual.push(flagStep(flag, who, error.errorCode));
  }
}

/**
 * Whether the org knows the Knowledge User flag (it has Lightning Knowledge) and the admin holds it;
 * undefined when the org has no such field.
 */
async function knowledgeUser(api: OrgApi, userId: string): Promise<boolean | undefined> {
  try {
    const [row] = await api.query<SObjectRecord>(
      `SELECT UserPermissionsKnowledgeUser FROM User WHERE Id = ${soqlString(userId)}`
    );
    return row?.UserPermissionsKnowledgeUser === true;
  } catch (error) {
    if (error instanceof SalesforceApiError && error.errorCode === 'INVALID_FIELD')
      return undefined;
    throw error;
  }
}

/**
 * Assigns the permission sets and sets the admin's feature licence flags. Returns the steps left
 * to do by hand (a flag the org refused), each with its Setup path.
 */
export async function giveOperatorAccess(
  api: OrgApi,
  permissionSets: string[],
  dryRun: boolean,
  log: (line: string) => void
): Promise<string[]> {
  const manual: string[] = [];
  const me = await api.userInfo();
  const [user, sets, assigned] = await api.queryMany<SObjectRecord>([
    `SELECT Id, Username, UserPermissionsSupportUser FROM User WHERE Id = ${soqlString(me.userId)}`,
    `SELECT Id, Name FROM PermissionSet WHERE Name IN ${soqlList(permissionSets)}`,
    `SELECT Id, PermissionSetId FROM PermissionSetAssignment WHERE AssigneeId = ${soqlString(me.userId)}`
  ]);
  const who = String(user?.[0]?.Username ?? me.username);
  const missingSets = permissionSets.filter((name) => !sets!.some((s) => s.Name === name));
  if (missingSets.length > 0)
    log(
      `  ! permission set ${missingSets.join(', ')} not found in the org (was the deploy complete?)`
    );
  const have = new Set(assigned!.map((a) => String(a.PermissionSetId).slice(0, 15)));
  const toAssign = sets!.filter((s) => !have.has(s.Id.slice(0, 15)));
  const flags: UserFlag[] = [];
  if (user?.[0]?.UserPermissionsSupportUser !== true) flags.push(SERVICE_CLOUD_USER);
  // Only where the org has Lightning Knowledge: elsewhere the field does not exist.
  if ((await knowledgeUser(api, me.userId)) === false) flags.push(KNOWLEDGE_USER);
  if (toAssign.length === 0 && flags.length === 0) {
    log(`  ${who} already has ${permissionSets.join(', ')} and the feature licences it needs.`);
    return manual;
  }
  if (dryRun) {
    if (toAssign.length > 0)
      log(`  would assign ${toAssign.map((s) => s.Name).join(', ')} to ${who}`);
    for (const flag of flags) log(`  would set the ${flag.label} flag on ${who}`);
    return manual;
  }
  if (toAssign.length > 0) {
    const results = await api.create(
      'PermissionSetAssignment',
      toAssign.map((s) => ({ AssigneeId: me.userId, PermissionSetId: s.Id }))
    );
    const refused: string[] = [];
    results.forEach((r, i) => {
      const name = String(toAssign[i]!.Name);
      if (r.success) log(`  assigned ${name} to ${who}`);
      else refused.push(`${name} (${r.errors.map((e) => e.message).join('; ')})`);
    });
    // Fields deployed through the Metadata API give nobody access: without the set, every later step
    // (the Apex tests, the seed) fails on field access, far from this cause. Stop here instead.
    if (refused.length > 0)
      throw new ToolError(
        `The org refused to assign ${refused.join(', ')} to ${who}. The deployed metadata is saved, but ` +
          'without that permission set you have no access to its fields, so the tests and the seed would fail: ' +
          `assign it by hand (Setup > Users > ${who} > Permission Set Assignments), then run the command again.`
      );
  }
  for (const flag of flags) await setFlag(api, me.userId, who, flag, manual, log);
  return manual;
}

function activationStep(channel: string): string {
  return `Activate the messaging channel ${channel}: Setup → Messaging Settings → ${channel} → Activate.`;
}

/** A web chat window needs a published deployment, which is a site: no API creates one for us. */
function publishStep(channel: string): string {
  return (
    `Publish a web chat window for ${channel} (once per org): Setup → Embedded Service Deployments → New Deployment → ` +
    `Messaging for In-App and Web → Web → name it, pick the channel ${channel} → Save → Publish; ` +
    'then Test Messaging Deployment on that page opens a chat as a customer.'
  );
}

export async function activateMessagingChannels(
  api: OrgApi,
  channels: string[],
  dryRun: boolean,
  log: (line: string) => void
): Promise<PostDeployOutcome> {
  const manual: string[] = [];
  if (channels.length === 0) return { manual };
  let rows: SObjectRecord[];
  try {
    rows = await api.query(
      `SELECT Id, DeveloperName, IsActive FROM MessagingChannel WHERE DeveloperName IN ${soqlList(channels)}`
    );
  } catch (error) {
    log(`  ! messaging channels cannot be read (${(error as Error).message})`);
    return { manual: [...channels.map(activationStep), ...channels.map(publishStep)] };
  }
  for (const name of channels) {
    const row = rows.find((r) => r.DeveloperName === name);
    if (!row) {
      log(`  ! messaging channel ${name} is not in the org (was the deploy complete?)`);
      manual.push(activationStep(name));
      continue;
    }
    if (row.IsActive === true) {
      log(`  messaging channel ${name} is active`);
      continue;
    }
    if (dryRun) {
      log(`  would activate messaging channel ${name}`);
      continue;
    }
    try {
      await api.patch('MessagingChannel', row.Id, { IsActive: true });
      log(`  activated messaging channel ${name}`);
    } catch (error) {
      log(
        `  ! the org did not activate ${name} through the API (${(error as Error).message}): a manual step`
      );
      manual.push(activationStep(name));
    }
  }
  manual.push(...channels.map(publishStep));
  return { manual };
}
