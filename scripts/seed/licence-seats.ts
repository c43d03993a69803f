/**
 * Permission set licences are counted seats, like user licences: when the org has fewer Enhanced
 * Chat User licences than the data has people who take chats, the connected admin gets one first,
 * then the users by licensePriority; the rest keep their other channels, skip the licence and the
 * permission set that needs it, and the seed says so instead of failing half-way.
 */
import { LICENCE_OF_PERMISSION_SET, type TeamsFile, type TeamUser } from './data-model';
import type { OrgContext } from './desired';
import type { SeedObject } from './plan-model';

export interface LicenceSeats {
  /** `${owner}|${licence}` → why that owner gets no seat. */
  skipped: Map<string, string>;
  warnings: string[];
}

/** Why a licence or licence-gated permission set record is skipped, if it is. */
export function seatSkipReason(
  seats: LicenceSeats,
  object: SeedObject,
  key: string
): string | undefined {
  if (object === 'PermissionSetLicenseAssign') return seats.skipped.get(key);
  if (object !== 'PermissionSetAssignment') return undefined;
  const [owner, permissionSet] = key.split('|');
  const licence = LICENCE_OF_PERMISSION_SET[permissionSet ?? ''];
  const reason = licence ? seats.skipped.get(`${owner}|${licence}`) : undefined;
  return reason ? `needs ${licence}: ${reason}` : undefined;
}

export function allocateSeats(
  teams: TeamsFile,
  usersWithoutLicence: ReadonlyMap<string, string>,
  operatorKey: string,
  ctx: OrgContext
): LicenceSeats {
  const seats: LicenceSeats = { skipped: new Map(), warnings: [] };
  const pools = ctx.permissionSetLicenses;
  if (!pools) return seats;
  const claimants: { key: string; licences: string[] }[] = [
    { key: operatorKey, licences: teams.operator.permissionSetLicenses ?? [] },
    ...teams.users
      .map((user, index) => ({ user, index }))
      .filter(({ user }) => !usersWithoutLicence.has(user.key) && user.active !== false)
      .sort((a, b) => a.user.licensePriority - b.user.licensePriority || a.index - b.index)
      .map(({ user }: { user: TeamUser }) => ({
        key: user.key,
        licences: user.permissionSetLicenses ?? []
      }))
  ];
  const left = new Map<string, number>();
  const short = new Map<string, string[]>();
  for (const { key, licences } of claimants)
    for (const licence of licences) {
      const pool = pools.get(licence);
      if (!pool || pool.holders.has(key)) continue;
      const available = left.get(licence) ?? Math.max(0, pool.total - pool.used);
      if (available > 0) {
        left.set(licence, available - 1);
        continue;
      }
      left.set(licence, 0);
      seats.skipped.set(
        `${key}|${licence}`,
        pool.total === 0
          ? `the org has no ${licence} permission set licence`
          : `no ${licence} permission set licence left (the org has ${pool.total}, ${pool.used} in use)`
      );
      short.set(licence, [
        ...(short.get(licence) ?? []),
        key === operatorKey ? 'you (the admin)' : key
      ]);
    }
  for (const [licence, keys] of short)
    seats.warnings.push(
      pools.get(licence)!.total === 0
        ? `The org has no ${licence} permission set licence (Setup → Company Information → Permission Set Licenses): ` +
            `skipped for ${keys.join(', ')}, with the permission sets that need it. Ask Salesforce for the licence, then seed again.`
        : `Not enough ${licence} permission set licences: skipped, by licensePriority, for ${keys.join(', ')}, ` +
            'with the permission sets that need it. They keep their other channels; the others take the chats.'
    );
  return seats;
}
