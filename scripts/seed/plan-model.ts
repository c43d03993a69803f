/**
 * The seed's vocabulary: the records the data asks for (desired), the records the org has
 * (existing), and the plan between them per object, in the order they are written.
 *
 * Records are known by a stable key (a user key, `user|group`, a SeedKey__c, a quick text name),
 * never by Id: Ids are learned from the org (existing records, metadata looked up by developer
 * name) or from the write results, and filled in just before each write (a `Ref`).
 */

export type SeedObject =
  | 'User'
  | 'PermissionSetLicenseAssign'
  | 'PermissionSetAssignment'
  | 'GroupMember'
  | 'PresenceUserConfigUser'
  | 'ServiceResource'
  | 'ServiceResourceSkill'
  | 'Account'
  | 'Entitlement'
  | 'Contact'
  | 'Case'
  | 'QuickText';

/** Metadata the seed looks up by name and never writes. */
export type NamedObject =
  | 'Profile'
  | 'UserRole'
  | 'PermissionSetLicense'
  | 'PermissionSet'
  | 'Group'
  | 'Skill'
  | 'PresenceUserConfig'
  | 'SlaProcess';

/** The Id of a record known by key: resolved when the record is written or found. */
export interface Ref {
  ref: SeedObject | NamedObject;
  key: string;
}

export type FieldValue = string | number | boolean | null | Ref;

export interface DesiredRecord {
  object: SeedObject;
  key: string;
  fields: Record<string, FieldValue>;
  /** A record the seed changes but never creates (the connected admin's user). */
  updateOnly?: boolean;
  /** Why an updateOnly record the org does not hold is skipped (default: not found in the org). */
  missingReason?: string;
}

export interface ExistingRecord {
  id: string;
  key: string;
  values: Record<string, unknown>;
}

export type FieldKind = 'text' | 'multipicklist' | 'datetime' | 'number' | 'boolean' | 'id';

export interface ObjectSpec {
  object: SeedObject;
  /** Plural, for people: "users", "queue memberships". */
  label: string;
  /** upsert: by external id; insert: create + update by Id (+ delete where pruned). */
  write: 'upsert' | 'insert';
  externalIdField?: string;
  /** Sent on create only, never compared (they identify the record). */
  createOnly: string[];
  /** Not updateable: a different value replaces the record (delete, then create). */
  replaceOn: string[];
  kinds: Record<string, FieldKind>;
  /** Existing records of seeded owners that the data no longer asks for are deleted. */
  prune: boolean;
  /** Setup objects (users, memberships) cannot share a transaction with other objects. */
  setup: boolean;
}

export const isRef = (value: unknown): value is Ref =>
  typeof value === 'object' && value !== null && 'ref' in value && 'key' in value;

const refId = (ref: Ref) => `${ref.ref}:${ref.key}`;

/** Ids known so far, by object and key (and back, by 15-character Id). */
export class IdBook {
  private readonly ids = new Map<string, string>();
  private readonly keys = new Map<string, string>();
  set(object: Ref['ref'], key: string, id: string): void {
    this.ids.set(`${object}:${key}`, id);
    this.keys.set(`${object}:${id.slice(0, 15)}`, key);
  }
  get(object: Ref['ref'], key: string): string | undefined {
    return this.ids.get(`${object}:${key}`);
  }
  resolve(ref: Ref): string | undefined {
    return this.ids.get(refId(ref));
  }
  /** The key of the record with this Id (15- or 18-character Ids match), or undefined. */
  keyOf(object: Ref['ref'], id: unknown): string | undefined {
    return typeof id === 'string' ? this.keys.get(`${object}:${id.slice(0, 15)}`) : undefined;
  }
}

export interface Skip {
  key: string;
  reason: string;
}

export interface Update {
  record: DesiredRecord;
  id: string;
  changed: string[];
}

interface Deletion {
  key: string;
  id: string;
  reason: string;
}

export interface ObjectPlan {
  spec: ObjectSpec;
  creates: DesiredRecord[];
  updates: Update[];
  deletes: Deletion[];
  unchanged: number;
  skipped: Skip[];
}

export interface SeedPlan {
  objects: ObjectPlan[];
  /** Worth reading before the writes (licenses, values the org lacks). */
  warnings: string[];
  notes: string[];
}

export const countWrites = (plan: ObjectPlan) =>
  plan.creates.length + plan.updates.length + plan.deletes.length;
