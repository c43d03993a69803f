/**
 * Rules across the seed data that a JSON schema cannot express. A mistake here would not fail a
 * write: it would quietly misroute work in the org (a chat rep without the chat skill never gets
 * skills-based chats), so it is caught before anything is sent.
 */
import type { Channel, Group, RoutingConfig } from '../routing/model';
import type { DataProblem } from './data-files';
import {
  DATA_FILES,
  ENHANCED_CHAT,
  quickTextKey,
  type SeedData,
  type TeamUser
} from './data-model';

/**
 * What the routing metadata expects of the people who take the work, derived from the routing
 * rules and settings (one source of truth): per team and expert group, the queue of each channel
 * (a rep is a member of the public group `<queue>_Reps`) and the skills a skills-based rule asks for.
 */
export interface Staffing {
  channelSkills: Partial<Record<Channel, string>>;
  /** Routing Settings' Director Role: the active user in it receives HNW complaints. */
  directorRole: string | null;
  /** `${team}|${group ?? ''}` → the rule's queue per channel and its skills. */
  desks: Map<string, { queues: Partial<Record<Channel, string>>; skills: string[] }>;
}

export function staffingFrom(config: RoutingConfig): Staffing {
  const channelSkills: Partial<Record<Channel, string>> = {};
  for (const [channel, skill] of Object.entries(config.settings.channelSkills)) {
    if (skill) channelSkills[channel as Channel] = skill;
  }
  const desks: Staffing['desks'] = new Map();
  const ordered = [...config.rules].filter((r) => r.active).sort((a, b) => a.order - b.order);
  for (const rule of ordered) {
    if (rule.targetKind === 'user') continue;
    const id = `${rule.team}|${rule.group ?? ''}`;
    if (desks.has(id)) continue;
    const queues: Partial<Record<Channel, string>> = {};
    for (const [channel, queue] of Object.entries(rule.queues)) {
      if (queue) queues[channel as Channel] = queue;
    }
    desks.set(id, { queues, skills: rule.targetKind === 'skills' ? rule.skills : [] });
  }
  return { channelSkills, desks, directorRole: config.settings.directorRole };
}

/** The director role when the routing metadata cannot be read (the shipped Routing Settings). */
const DEFAULT_DIRECTOR_ROLE = 'Department_Director';
/** The role the HNW_Account_Managers queue shares its work with. */
const ACCOUNT_MANAGER_ROLE = 'Account_Manager';

const capitalised = (team: string) => team.charAt(0) + team.slice(1).toLowerCase();

/**
 * The Salesforce role a position must hold (docs/architecture.md#roles-hierarchy). The role is what the
 * org acts on: the director is the active user in the director role, the HNW_Account_Managers
 * queue holds the account-manager role, Triage the team leads' roles. A person in another
 * position's role silently receives that position's work, complaints about themselves included.
 */
function expectedRole(user: TeamUser, directorRole: string): string {
  switch (user.position) {
    case 'director':
      return directorRole;
    case 'accountManager':
      return ACCOUNT_MANAGER_ROLE;
    case 'teamLead':
      return `${capitalised(user.team)}_Team_Lead`;
    default:
      return `${capitalised(user.team)}_Rep`;
  }
}

/** Profile names an administrator has: a seeded agent never gets one. */
function isAdminProfileName(profile: string): boolean {
  return /\badmin/i.test(profile);
}

const ALL_CHANNELS: Channel[] = ['phone', 'email', 'chat'];

function adminProfileMessage(profile: string, position: string): string {
  return (
    `"${profile}" is an administrator profile: a seeded ${position} with it could read and reassign every case, ` +
    `complaints about themselves included; use a non-admin profile (e.g. Standard User) and the permission sets`
  );
}

function duplicates<T>(items: T[], keyOf: (item: T) => string): Map<string, number[]> {
  const seen = new Map<string, number[]>();
  items.forEach((item, i) => seen.set(keyOf(item), [...(seen.get(keyOf(item)) ?? []), i]));
  return new Map([...seen].filter(([, at]) => at.length > 1));
}

const digits = (phone: string) => phone.replace(/\D/g, '');

function checkRole(
  user: TeamUser,
  at: string,
  directorRole: string,
  problem: (path: string, message: string) => void
): void {
  const expected = expectedRole(user, directorRole);
  if (user.role === expected) return;
  const a = user.position === 'accountManager' ? 'an' : 'a';
  if (user.role === directorRole)
    problem(
      `${at}.role`,
      `${a} ${user.position} must not hold ${directorRole}, the director role of the Routing Settings: the active user in it ` +
        `receives every HNW complaint, including complaints about themselves; use ${expected}`
    );
  else if (user.role === ACCOUNT_MANAGER_ROLE)
    problem(
      `${at}.role`,
      `${a} ${user.position} must not hold ${ACCOUNT_MANAGER_ROLE}: the HNW_Account_Managers queue shares high-net-worth ` +
        `clients' work with that role; use ${expected}`
    );
  else
    problem(
      `${at}.role`,
      user.position === 'director'
        ? `the director must hold ${directorRole}, the director role of the Routing Settings, or HNW complaints find no director; not ${user.role}`
        : `${a} ${user.position} of ${user.team} holds the role ${expected}, not ${user.role} (the role decides which queues' work they see)`
    );
}

function checkUser(
  user: TeamUser,
  at: string,
  staffing: Staffing | undefined,
  problem: (path: string, message: string) => void
): void {
  checkRole(user, at, staffing?.directorRole ?? DEFAULT_DIRECTOR_ROLE, problem);
  if (user.profile !== undefined && isAdminProfileName(user.profile))
    problem(`${at}.profile`, adminProfileMessage(user.profile, user.position));
  const expectedGroup: (Group | null)[] =
    user.team === 'EXPERTS' && user.position === 'rep'
      ? ['AI_PORTFOLIOS', 'TRADING_PLATFORM']
      : user.position === 'accountManager'
        ? ['ACCOUNT_MANAGER']
        : user.position === 'director'
          ? ['DIRECTOR']
          : [null];
  if (!expectedGroup.includes(user.group))
    problem(
      `${at}.group`,
      `a ${user.position} of ${user.team} has group ${expectedGroup.map((g) => JSON.stringify(g)).join(' or ')}, not ${JSON.stringify(user.group)}`
    );
  if ((user.position === 'accountManager' || user.position === 'director') && user.team !== 'HNW')
    problem(`${at}.team`, `an ${user.position} belongs to team HNW`);
  if (user.position === 'rep' && user.channels.length !== 1)
    problem(`${at}.channels`, 'a rep works one channel (the channel never changes on the way)');
  if (
    (user.position === 'accountManager' || user.position === 'director') &&
    ALL_CHANNELS.some((c) => !user.channels.includes(c))
  )
    problem(`${at}.channels`, `an ${user.position} takes every channel: phone, email and chat`);
  if (user.channels.includes('chat') && !user.permissionSets.includes(ENHANCED_CHAT.permissionSet))
    problem(
      `${at}.permissionSets`,
      `takes chats, so needs ${ENHANCED_CHAT.permissionSet} (Enhanced Chat Rep): without it no chat is ever offered to this user`
    );
  if (
    user.permissionSets.includes(ENHANCED_CHAT.permissionSet) &&
    !(user.permissionSetLicenses ?? []).includes(ENHANCED_CHAT.licence)
  )
    problem(
      `${at}.permissionSetLicenses`,
      `${ENHANCED_CHAT.permissionSet} needs the Enhanced Chat User permission set licence ${ENHANCED_CHAT.licence}`
    );
  const skillNames = user.skills.map((s) => s.skill);
  for (const [skill, at2] of duplicates(skillNames, (s) => s))
    problem(`${at}.skills[${at2[1]}]`, `skill ${skill} is listed twice`);
  if (!staffing || user.position !== 'rep') return;
  const channel = user.channels[0];
  if (!channel) return;
  const desk = staffing.desks.get(`${user.team}|${user.group ?? ''}`);
  const queue = desk?.queues[channel];
  if (queue && !user.publicGroups.includes(`${queue}_Reps`))
    problem(
      `${at}.publicGroups`,
      `a ${user.team}${user.group ? ` ${user.group}` : ''} ${channel} rep must be in public group ${queue}_Reps (members of queue ${queue})`
    );
  const needed = [...(desk?.skills ?? [])];
  const channelSkill = staffing.channelSkills[channel];
  if (channelSkill && (user.team === 'EXPERTS' || needed.length > 0)) needed.push(channelSkill);
  for (const skill of needed) {
    if (!skillNames.includes(skill))
      problem(
        `${at}.skills`,
        `missing skill ${skill}: skills-based ${channel} work for ${user.team}${user.group ? ` ${user.group}` : ''} asks for it, so this rep would never receive it`
      );
  }
}

export function checkConsistency(
  data: SeedData,
  displayDir = 'data',
  staffing?: Staffing
): DataProblem[] {
  const problems: DataProblem[] = [];
  const teamsFile = `${displayDir}/${DATA_FILES.teams.file}`;
  const customersFile = `${displayDir}/${DATA_FILES.customers.file}`;
  const casesFile = `${displayDir}/${DATA_FILES.cases.file}`;
  const quickTextsFile = `${displayDir}/${DATA_FILES.quickTexts.file}`;
  const teamProblem = (p: string, message: string) =>
    problems.push({ file: teamsFile, path: p, message });

  // Teams
  const users = data.teams.users;
  const defaultProfile = data.teams.defaults.profile;
  if (isAdminProfileName(defaultProfile) && users.some((u) => u.profile === undefined))
    teamProblem('$.defaults.profile', adminProfileMessage(defaultProfile, 'user'));
  for (const [key, at] of duplicates(users, (u) => u.key))
    teamProblem(`$.users[${at[1]}].key`, `duplicate key "${key}" (also users[${at[0]}])`);
  users.forEach((user, i) => checkUser(user, `$.users[${i}]`, staffing, teamProblem));
  const directors = users.filter((u) => u.position === 'director' && u.active !== false);
  if (directors.length !== 1)
    teamProblem(
      '$.users',
      `exactly one active director is needed (HNW staff concerns go to the active user in the director role); found ${directors.length}`
    );
  const byKey = new Map(users.map((u) => [u.key, u]));

  // Customers
  const accounts = data.customers.accounts;
  const contacts = accounts.flatMap((a, ai) =>
    a.contacts.map((c, ci) => ({ contact: c, path: `$.accounts[${ai}].contacts[${ci}]` }))
  );
  const customerProblem = (p: string, message: string) =>
    problems.push({ file: customersFile, path: p, message });
  for (const [key, at] of duplicates(accounts, (a) => a.key))
    customerProblem(`$.accounts[${at[1]}].key`, `duplicate key "${key}" (also accounts[${at[0]}])`);
  for (const [key, at] of duplicates(contacts, (c) => c.contact.key))
    customerProblem(`${contacts[at[1]!]!.path}.key`, `duplicate contact key "${key}"`);
  for (const [email, at] of duplicates(contacts, (c) => c.contact.email.toLowerCase()))
    customerProblem(
      `${contacts[at[1]!]!.path}.email`,
      `${email} is also ${contacts[at[0]!]!.contact.key}'s: Email-to-Case could not tell them apart`
    );
  const phones = contacts.flatMap((c) =>
    [
      { number: c.contact.phone, path: `${c.path}.phone` },
      c.contact.mobilePhone
        ? { number: c.contact.mobilePhone, path: `${c.path}.mobilePhone` }
        : null
    ].filter((p): p is { number: string; path: string } => p !== null)
  );
  for (const [number, at] of duplicates(phones, (p) => digits(p.number)))
    customerProblem(
      phones[at[1]!]!.path,
      `phone ${number} is used twice (also ${phones[at[0]!]!.path}): the IVR identifies no caller when a number is shared`
    );
  phones.forEach((p) => {
    const count = digits(p.number).length;
    if (count < 7 || count > 15) customerProblem(p.path, 'a phone number has 7 to 15 digits');
  });
  accounts.forEach((account, i) => {
    if (account.accountManager === null) return;
    const manager = byKey.get(account.accountManager);
    if (!manager)
      customerProblem(
        `$.accounts[${i}].accountManager`,
        `"${account.accountManager}" is not a user key in ${teamsFile}`
      );
    else if (manager.position !== 'accountManager')
      customerProblem(
        `$.accounts[${i}].accountManager`,
        `"${account.accountManager}" is a ${manager.position}, not an accountManager`
      );
  });

  // Sample cases
  const contactKeys = new Set(contacts.map((c) => c.contact.key));
  const caseProblem = (p: string, message: string) =>
    problems.push({ file: casesFile, path: p, message });
  for (const [key, at] of duplicates(data.cases.cases, (c) => c.key))
    caseProblem(`$.cases[${at[1]}].key`, `duplicate key "${key}"`);
  data.cases.cases.forEach((sample, i) => {
    if (sample.contact !== null && !contactKeys.has(sample.contact))
      caseProblem(
        `$.cases[${i}].contact`,
        `"${sample.contact}" is not a contact key in ${customersFile}`
      );
    if (sample.contact === null && !sample.senderEmail)
      caseProblem(`$.cases[${i}]`, 'a case without a contact needs senderEmail');
    if (sample.intake && sample.origin !== 'Phone')
      caseProblem(`$.cases[${i}].intake`, 'intake choices come from the IVR: Phone cases only');
  });
  const chats = data.cases.chats ?? [];
  const sampleKeys = [
    ...data.cases.cases.map((c, i) => ({ key: c.key, path: `$.cases[${i}].key` })),
    ...chats.map((c, i) => ({ key: c.key, path: `$.chats[${i}].key` }))
  ];
  for (const [key, at] of duplicates(sampleKeys, (s) => s.key))
    if (at[1]! >= data.cases.cases.length)
      caseProblem(sampleKeys[at[1]!]!.path, `duplicate key "${key}"`);
  chats.forEach((chat, i) => {
    if (chat.contact !== null && !contactKeys.has(chat.contact))
      caseProblem(
        `$.chats[${i}].contact`,
        `"${chat.contact}" is not a contact key in ${customersFile}`
      );
  });

  // Quick texts
  for (const [name, at] of duplicates(data.quickTexts.quickTexts, (q) => q.name))
    problems.push({
      file: quickTextsFile,
      path: `$.quickTexts[${at[1]}].name`,
      message: `duplicate name "${name}" (also quickTexts[${at[0]}]): agents could not tell them apart`
    });
  for (const [key, at] of duplicates(data.quickTexts.quickTexts, quickTextKey))
    problems.push({
      file: quickTextsFile,
      path: `$.quickTexts[${at[1]}]${data.quickTexts.quickTexts[at[1]!]!.key ? '.key' : '.name'}`,
      message: `key "${key}" is also quickTexts[${at[0]}]'s (give one of them its own "key")`
    });
  return problems;
}
