/**
 * The shapes of the version-controlled seed data in data/ (the JSON schemas in scripts/seed/schemas
 * are the source of truth; these types mirror them for the code). The simulator reads the same files.
 */
import path from 'node:path';
import type { Channel, Group, Team, Topic } from '../routing/model';

type Position = 'rep' | 'teamLead' | 'accountManager' | 'director';

export interface SkillGrant {
  skill: string;
  level: number;
}

interface TeamDefaults {
  profile: string;
  timeZone: string;
  locale: string;
  language: string;
  emailEncoding: string;
  emailDomain: string;
  usernameDomain?: string;
  department: string;
  skillsEffectiveFrom: string;
}

interface Operator {
  description?: string;
  actAsAgent: boolean;
  serviceCloudUser: boolean;
  permissionSets: string[];
  /** Permission set licences (DeveloperName) assigned before the permission sets that need them. */
  permissionSetLicenses?: string[];
  publicGroups?: string[];
  presenceConfiguration?: string;
  skills?: SkillGrant[];
}

export interface TeamUser {
  key: string;
  firstName: string;
  lastName: string;
  alias?: string;
  title: string;
  team: Team;
  group: Group | null;
  position: Position;
  channels: Channel[];
  role: string;
  profile?: string;
  permissionSets: string[];
  /** Permission set licences (DeveloperName) assigned before the permission sets that need them. */
  permissionSetLicenses?: string[];
  publicGroups: string[];
  presenceConfiguration: string;
  skills: SkillGrant[];
  serviceCloudUser?: boolean;
  active?: boolean;
  licensePriority: number;
}

export interface TeamsFile {
  description?: string;
  defaults: TeamDefaults;
  operator: Operator;
  users: TeamUser[];
}

interface CustomerContact {
  key: string;
  firstName: string;
  lastName: string;
  title?: string;
  email: string;
  phone: string;
  mobilePhone?: string | null;
}

export interface CustomerAccount {
  key: string;
  name: string;
  investableAssets: number;
  accountManager: string | null;
  note?: string;
  contacts: CustomerContact[];
}

export interface CustomersFile {
  description?: string;
  accounts: CustomerAccount[];
}

export type CaseOrigin = 'Phone' | 'Email' | 'Web';

export interface SampleCase {
  key: string;
  origin: CaseOrigin;
  contact: string | null;
  senderEmail?: string;
  subject: string;
  description: string;
  intake?: { topic?: Topic | null; aboutStaff?: boolean | null };
  expect: { team: Team; group: Group | null; why?: string };
}

/** A sample Enhanced Chat conversation: routed offline, not seeded. */
export interface SampleChat {
  key: string;
  contact: string | null;
  intake?: { topic?: Topic | null; aboutStaff?: boolean | null };
  message: string;
  expect: { team: Team; group: Group | null; why?: string };
}

export interface SampleCasesFile {
  description?: string;
  cases: SampleCase[];
  chats?: SampleChat[];
}

export interface QuickTextEntry {
  /** QuickText.SeedKey__c; default quickTextKey(name). */
  key?: string;
  name: string;
  message: string;
  channels: string[];
  team?: Team | 'ALL';
}

export interface QuickTextsFile {
  description?: string;
  quickTexts: QuickTextEntry[];
}

export interface SeedData {
  teams: TeamsFile;
  customers: CustomersFile;
  cases: SampleCasesFile;
  quickTexts: QuickTextsFile;
}

/**
 * The schemas ship with the seed script, not with the data they check: a data folder (or a copy of
 * it passed as --data-dir) cannot weaken its own validation by bringing a looser schema.
 */
export const SEED_SCHEMA_DIR = path.join(__dirname, 'schemas');

/** The data files (relative to the data folder) and their schemas (in SEED_SCHEMA_DIR). */
export const DATA_FILES = {
  teams: { file: 'teams.json', schema: 'teams.schema.json' },
  customers: { file: 'customers.json', schema: 'customers.schema.json' },
  cases: { file: 'sample-cases.json', schema: 'sample-cases.schema.json' },
  quickTexts: { file: 'quick-texts.json', schema: 'quick-texts.schema.json' }
} as const satisfies Record<keyof SeedData, { file: string; schema: string }>;

/**
 * Enhanced Chat access (Salesforce Help, Give Users Access to Enhanced Chat): the Enhanced Chat Rep
 * user permission, in a permission set without licence, needs the Enhanced Chat User permission set
 * licence on the user first. Everyone who takes chats holds both.
 */
export const ENHANCED_CHAT = {
  permissionSet: 'Service_Chat_Agent',
  licence: 'EmbeddedServiceMessagingUserPsl'
} as const;

/** Permission sets holding a licence-gated permission → the permission set licence it needs. */
export const LICENCE_OF_PERMISSION_SET: Readonly<Record<string, string>> = {
  [ENHANCED_CHAT.permissionSet]: ENHANCED_CHAT.licence
};

export const DEFAULT_USERNAME_DOMAIN = 'omni-desk.example';

/** A quick text's key: its own, else `qt-` and its name in lower case with hyphens. */
export function quickTextKey(entry: Pick<QuickTextEntry, 'key' | 'name'>): string {
  if (entry.key) return entry.key;
  const slug = entry.name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `qt-${slug}`.slice(0, 80);
}
