/**
 * The people who take the work, read from data/teams.json (the file the seed script provisions):
 * who they are, their role, team, channel, public groups, skills and presence configuration.
 * `--agents-scale` adds (or removes) reps and team leads, never account managers or the
 * director: each client has one account manager. Staff is scaled in working hours (full-time
 * equivalents), so half of a one-person desk is that person working half their shift.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../lib/cli';
import { CHANNELS, TEAMS, type Channel, type Team } from '../routing/model';
import type { StaffRole } from './profile';

export interface AgentSpec {
  /** Unique per agent (clones get `~2`, `~3`, …). */
  key: string;
  /** Full name, matched against a client's account manager. */
  name: string;
  team: Team | null;
  role: StaffRole;
  /** Salesforce role developer name (queue membership by role). */
  salesforceRole: string | null;
  /** The channel a rep works; null for people who take every channel. */
  channel: Channel | null;
  publicGroups: string[];
  skills: string[];
  presenceConfig: string | null;
  /** The presence status the agent sets when working, when the data names one. */
  status: string | null;
  active: boolean;
  /** Share of the shift this person works (part time after --agents-scale); absent = the whole shift. */
  shiftShare?: number;
}

export const DEFAULT_TEAMS_PATH = 'data/teams.json';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null =>
  typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
const first = (object: Json, keys: string[]): unknown => {
  for (const key of keys) if (object[key] !== undefined && object[key] !== null) return object[key];
  return undefined;
};
const strings = (v: unknown): string[] =>
  Array.isArray(v)
    ? v
        .map((item) =>
          isObject(item) ? str(first(item, ['skill', 'name', 'developerName', 'group'])) : str(item)
        )
        .filter((s): s is string => s !== null)
    : [];

/** Maps a Salesforce role developer name to the simulator's staff role. */
function staffRoleOf(salesforceRole: string | null, hint: string | null): StaffRole {
  const text = `${salesforceRole ?? ''} ${hint ?? ''}`.toLowerCase();
  if (text.includes('director')) return 'director';
  if (text.includes('account_manager') || text.includes('accountmanager')) return 'accountManager';
  if (text.includes('lead')) return 'lead';
  return 'rep';
}

function teamOf(value: unknown, salesforceRole: string | null): Team | null {
  const explicit = str(value)?.toUpperCase();
  if (explicit && (TEAMS as readonly string[]).includes(explicit)) return explicit as Team;
  const prefix = (salesforceRole ?? '').split('_')[0]?.toUpperCase() ?? '';
  if ((TEAMS as readonly string[]).includes(prefix)) return prefix as Team;
  if (/account_manager|director/i.test(salesforceRole ?? '')) return 'HNW';
  return null;
}

function channelOf(value: unknown, groups: string[], status: string | null): Channel | null {
  const explicit = str(value)?.toLowerCase();
  if (explicit && (CHANNELS as readonly string[]).includes(explicit)) return explicit as Channel;
  for (const channel of CHANNELS) {
    const word = channel[0]!.toUpperCase() + channel.slice(1);
    if (groups.some((g) => g.split('_').includes(word))) return channel;
    if (status && status.split('_').includes(word)) return channel;
  }
  return null;
}

function agentFrom(user: Json, teamHint: Json | null, index: number, file: string): AgentSpec {
  const key =
    str(first(user, ['key', 'externalId', 'id', 'username', 'alias', 'email'])) ??
    `${file}#${index + 1}`;
  const firstName = str(user.firstName);
  const lastName = str(user.lastName);
  const name =
    str(first(user, ['name', 'fullName'])) ??
    ([firstName, lastName].filter(Boolean).join(' ') || key);
  const salesforceRole = str(first(user, ['role', 'userRole', 'roleName', 'salesforceRole']));
  const groups = strings(first(user, ['publicGroups', 'groups']));
  const status = str(first(user, ['presenceStatus', 'status', 'defaultStatus']));
  const skillsValue = first(user, ['skills', 'serviceResourceSkills']);
  return {
    key,
    name,
    team: teamOf(first(user, ['team']) ?? teamHint?.key ?? teamHint?.team, salesforceRole),
    role: staffRoleOf(salesforceRole, str(first(user, ['kind', 'function', 'position']))),
    salesforceRole,
    channel: channelOf(first(user, ['channel']), groups, status),
    publicGroups: groups,
    skills: strings(skillsValue),
    presenceConfig: str(
      first(user, ['presenceConfiguration', 'presenceConfig', 'presenceUserConfig'])
    ),
    status,
    active: first(user, ['active', 'isActive']) !== false
  };
}

/** Reads the people from a teams file: `{users:[…]}` or `{teams:[{…, users|members:[…]}]}`. */
export function readAgents(file: string, root: string): AgentSpec[] {
  const absolute = path.resolve(root, file);
  if (!existsSync(absolute))
    throw new UsageError(
      `teams file not found: ${file} (the seed data; pass --teams FILE to use another)`
    );
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(absolute, 'utf8'));
  } catch (error) {
    throw new UsageError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  const agents: AgentSpec[] = [];
  const addUsers = (users: unknown, team: Json | null) => {
    if (!Array.isArray(users)) return;
    for (const user of users)
      if (isObject(user)) agents.push(agentFrom(user, team, agents.length, file));
  };
  if (Array.isArray(json)) addUsers(json, null);
  else if (isObject(json)) {
    addUsers(json.users, null);
    if (Array.isArray(json.teams)) {
      for (const team of json.teams) {
        if (!isObject(team)) continue;
        addUsers(team.users, team);
        addUsers(team.members, team);
      }
    }
  }
  if (agents.length === 0) throw new UsageError(`${file} lists no users`);
  const seen = new Set<string>();
  for (const agent of agents) {
    if (seen.has(agent.key)) throw new UsageError(`${file}: user key ${agent.key} appears twice`);
    seen.add(agent.key);
  }
  return agents;
}

/** The key that groups interchangeable people: clones copy the group's members in turn. */
function cloneGroup(agent: AgentSpec): string {
  return [
    agent.role,
    agent.team,
    agent.channel,
    agent.salesforceRole,
    agent.presenceConfig,
    [...agent.publicGroups].sort().join('+'),
    [...agent.skills].sort().join('+')
  ].join('|');
}

/**
 * Scales reps and team leads by `factor` in working hours, per group of interchangeable people:
 * a group of n gets n × factor full-time equivalents, as whole people working their whole shift
 * and, for the remainder, one person working that share of it (0.5 on a group of 1 is one person
 * for half the shift; 1.5 on a group of 1 is the person plus a colleague for half the shift).
 * A larger factor keeps every agent a smaller factor had, each working at least as long (so more
 * staff only adds hours).
 */
export function scaleAgents(agents: AgentSpec[], factor: number): AgentSpec[] {
  if (factor === 1) return agents;
  const groups = new Map<string, AgentSpec[]>();
  for (const agent of agents) {
    if (agent.role !== 'rep' && agent.role !== 'lead') continue;
    const key = cloneGroup(agent);
    groups.set(key, [...(groups.get(key) ?? []), agent]);
  }
  const kept = new Map<string, AgentSpec>();
  const clones: AgentSpec[] = [];
  for (const members of groups.values()) {
    const hours = Math.max(0, members.length * factor);
    // Rounded to a thousandth so that 3 × 0.1 is 0.3, not 0.30000000000000004 of a shift.
    const whole = Math.floor(Math.round(hours * 1000) / 1000);
    const part = Math.round((hours - whole) * 1000) / 1000;
    const people = whole + (part > 0 ? 1 : 0);
    for (let i = 0; i < people; i++) {
      const original = members[i % members.length]!;
      const copy = Math.floor(i / members.length);
      const spec: AgentSpec = {
        ...original,
        key: copy === 0 ? original.key : `${original.key}~${copy + 1}`,
        ...(i === whole ? { shiftShare: part } : {})
      };
      if (copy === 0) kept.set(original.key, spec);
      else clones.push(spec);
    }
  }
  return [
    ...agents
      .filter((a) => (a.role !== 'rep' && a.role !== 'lead') || kept.has(a.key))
      .map((a) => kept.get(a.key) ?? a),
    ...clones
  ];
}

/** Full-time equivalents: people weighted by the share of the shift they work. */
export function fullTimeEquivalents(agents: AgentSpec[]): number {
  return Math.round(agents.reduce((sum, a) => sum + (a.shiftShare ?? 1), 0) * 1000) / 1000;
}
