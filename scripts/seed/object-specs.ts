/**
 * How each seeded object is written, in dependency order: users first (everything hangs off them),
 * then what makes them agents (permission set licences, permission sets, queue membership through public groups, presence
 * configuration, service resources and skills), then customers, their contacts and cases (cases
 * last: the Case trigger routes each one on insert, so the agents must exist), then quick texts.
 *
 * Users have no standard external id, but their username is unique and derived from the data key
 * and the org id, so users are matched by username. Accounts, contacts, cases and quick texts carry
 * SeedKey__c (External ID, unique) and are upserted. Junction records (assignments, memberships, skills) are
 * matched by their two ends.
 */
import type { ObjectSpec, SeedObject } from './plan-model';

export const SEED_KEY_FIELD = 'SeedKey__c';

const spec = (
  object: SeedObject,
  label: string,
  rest: Partial<Omit<ObjectSpec, 'object' | 'label'>> = {}
): ObjectSpec => ({
  object,
  label,
  write: 'insert',
  createOnly: [],
  replaceOn: [],
  kinds: {},
  prune: false,
  setup: false,
  ...rest
});

export const OBJECT_SPECS: readonly ObjectSpec[] = [
  spec('User', 'users', {
    createOnly: ['Username'],
    kinds: {
      ProfileId: 'id',
      UserRoleId: 'id',
      UserPermissionsSupportUser: 'boolean',
      IsActive: 'boolean'
    },
    setup: true
  }),
  // Before the permission sets: assigning one that holds a licence-gated permission (Enhanced Chat
  // Rep) fails unless the user already has the permission set licence that grants it.
  spec('PermissionSetLicenseAssign', 'permission set licence assignments', {
    createOnly: ['AssigneeId', 'PermissionSetLicenseId'],
    prune: true,
    setup: true
  }),
  spec('PermissionSetAssignment', 'permission set assignments', {
    createOnly: ['AssigneeId', 'PermissionSetId'],
    prune: true,
    setup: true
  }),
  spec('GroupMember', 'queue memberships (public groups)', {
    createOnly: ['GroupId', 'UserOrGroupId'],
    prune: true,
    setup: true
  }),
  spec('PresenceUserConfigUser', 'presence configuration assignments', {
    createOnly: ['UserId'],
    replaceOn: ['PresenceUserConfigId'],
    kinds: { PresenceUserConfigId: 'id' },
    prune: true,
    setup: true
  }),
  spec('ServiceResource', 'service resources', {
    createOnly: ['RelatedRecordId', 'ResourceType'],
    kinds: { IsActive: 'boolean' }
  }),
  spec('ServiceResourceSkill', 'service resource skills', {
    createOnly: ['ServiceResourceId', 'SkillId'],
    kinds: { SkillLevel: 'number', EffectiveStartDate: 'datetime' },
    prune: true
  }),
  spec('Account', 'accounts', {
    write: 'upsert',
    externalIdField: SEED_KEY_FIELD,
    kinds: { InvestableAssets__c: 'number', AccountManager__c: 'id' }
  }),
  // Before the cases: routing gives a new case the entitlement of its segment and channel, by name.
  spec('Entitlement', 'service-level entitlements', {
    write: 'upsert',
    externalIdField: SEED_KEY_FIELD,
    kinds: { AccountId: 'id', SlaProcessId: 'id' }
  }),
  spec('Contact', 'contacts', {
    write: 'upsert',
    externalIdField: SEED_KEY_FIELD,
    kinds: { AccountId: 'id' }
  }),
  spec('Case', 'sample cases', {
    write: 'upsert',
    externalIdField: SEED_KEY_FIELD,
    kinds: { ContactId: 'id', AccountId: 'id', IntakeAboutStaff__c: 'boolean' }
  }),
  spec('QuickText', 'chat quick texts', {
    write: 'upsert',
    externalIdField: SEED_KEY_FIELD,
    kinds: { Channel: 'multipicklist' }
  })
];
