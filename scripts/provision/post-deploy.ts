/**
 * What a deploy cannot do and the seed needs first: the connected admin gets the project's admin
 * permission set (field access to SeedKey__c and the routing fields, the routing Apex) and the
 * Service Cloud User flag, and the messaging channels the source ships are activated (they deploy
 * inactive). A channel the org will not activate through the API becomes a manual step with its
 * Setup path, never a failure: cases and the console work without chat.
 */
import { soqlList, soqlString, type OrgApi, type SObjectRecord } from './org-api';

export const ADMIN_PERMISSION_SET = 'Service_Routing_Admin';

export interface PostDeployOutcome {
  /** Steps left to do by hand, each with its Setup path. */
  manual: string[];
}

export async function giveOperatorAccess(
  api: OrgApi,
  permissionSets: string[],
  dryRun: boolean,
  log: (line: string) => void
): Promise<void> {
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
  const needsFlag = user?.[0]?.UserPermissionsSupportUser !== true;
  if (toAssign.length === 0 && !needsFlag) {
    log(`  ${who} already has ${permissionSets.join(', ')} and the Service Cloud User flag.`);
    return;
  }
  if (dryRun) {
    if (toAssign.length > 0)
      log(`  would assign ${toAssign.map((s) => s.Name).join(', ')} to ${who}`);
    if (needsFlag) log(`  would set the Service Cloud User flag on ${who}`);
    return;
  }
  if (toAssign.length > 0) {
    const results = await api.create(
      'PermissionSetAssignment',
      toAssign.map((s) => ({ AssigneeId: me.userId, PermissionSetId: s.Id }))
    );
    results.forEach((r, i) =>
      log(
        r.success
          ? `  assigned ${String(toAssign[i]!.Name)} to ${who}`
          : `  ! could not assign ${String(toAssign[i]!.Name)}: ${r.errors.map((e) => e.message).join('; ')}`
      )
    );
  }
  if (needsFlag) {
    await api.patch('User', me.userId, { UserPermissionsSupportUser: true });
    log(`  set the Service Cloud User flag on ${who}`);
  }
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
