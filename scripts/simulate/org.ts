/**
 * The shipped Omni-Channel configuration, read from the metadata under the package directories:
 * queues, routing configurations, presence configurations and statuses, skills, roles, service
 * channels, and the automated acknowledgements (Enhanced Chat initial response, Case auto-response
 * rules). Whatever is missing is left out, never invented: the simulator then shows its effect and
 * lists it in its warnings.
 */
import path from 'node:path';
import { packageDirectories, repoRoot } from '../lib/project';
import { findSourceFiles } from '../lib/source-files';
import { children, readMetadataFile, text, type XmlNode } from '../lib/xml';

export type RoutingModel = 'MOST_AVAILABLE' | 'LEAST_ACTIVE';

export interface RoutingConfiguration {
  name: string;
  /** Lower is served first. */
  priority: number;
  /** 0 = no push timeout. */
  pushTimeoutSeconds: number;
  capacityWeight: number | null;
  capacityPercentage: number | null;
  model: RoutingModel;
}

export interface QueueDefinition {
  name: string;
  routingConfig: string | null;
  sobjects: string[];
  members: {
    publicGroups: string[];
    roles: string[];
    roleAndSubordinates: string[];
    users: string[];
  };
}

interface PresenceConfiguration {
  name: string;
  capacity: number;
  statusOnPushTimeout: string | null;
}

export interface OrgConfig {
  queues: Map<string, QueueDefinition>;
  routingConfigs: Map<string, RoutingConfiguration>;
  presenceConfigs: Map<string, PresenceConfiguration>;
  /** Presence status → the service channels it makes the agent available on. */
  statuses: Map<string, string[]>;
  skills: Set<string>;
  /** Role → parent role (null at the top). */
  roles: Map<string, string | null>;
  /** Service channel → the object it routes (Case, MessagingSession). */
  serviceChannels: Map<string, string>;
  /** An Enhanced Chat channel sends an automated initial response when a session starts. */
  chatInitialResponse: boolean;
  /** An active Case auto-response rule acknowledges incoming email. */
  emailAutoResponse: boolean;
  /** Metadata files read, per kind (for the scenario summary). */
  counts: Record<string, number>;
}

const SUFFIXES = {
  queue: '.queue-meta.xml',
  routingConfig: '.queueRoutingConfig-meta.xml',
  presenceConfig: '.presenceUserConfig-meta.xml',
  status: '.servicePresenceStatus-meta.xml',
  skill: '.skill-meta.xml',
  role: '.role-meta.xml',
  serviceChannel: '.serviceChannel-meta.xml',
  messagingChannel: '.messagingChannel-meta.xml',
  autoResponse: '.autoResponseRules-meta.xml'
} as const;
type Kind = keyof typeof SUFFIXES;

/** Adds the files of each kind under `dir` (one source folder at a time, in the order given). */
function collect(dir: string, found: Map<Kind, string[]>): void {
  for (const file of findSourceFiles([dir], () => true)) {
    for (const [kind, suffix] of Object.entries(SUFFIXES) as [Kind, string][]) {
      if (file.endsWith(suffix)) found.get(kind)!.push(file);
    }
  }
}

function nameOf(file: string, kind: Kind): string {
  return path.basename(file).slice(0, -SUFFIXES[kind].length);
}

function numberOr(value: string | undefined, fallback: number | null): number | null {
  if (value === undefined || value.trim() === '') return fallback;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : fallback;
}

function texts(node: XmlNode | undefined, container: string, item: string): string[] {
  return children(node, container)
    .flatMap((c) => children(c, item))
    .map((c) => (typeof c['#text'] === 'string' ? c['#text'].trim() : ''))
    .filter((v) => v !== '');
}

function readQueue(file: string): QueueDefinition {
  const { root } = readMetadataFile(file);
  const members = children(root, 'queueMembers')[0];
  return {
    name: nameOf(file, 'queue'),
    routingConfig: text(root, 'queueRoutingConfig') ?? null,
    sobjects: children(root, 'queueSobject')
      .map((s) => text(s, 'sobjectType') ?? '')
      .filter((s) => s !== ''),
    members: {
      publicGroups: texts(members, 'publicGroups', 'publicGroup'),
      roles: texts(members, 'roles', 'role'),
      roleAndSubordinates: [
        ...texts(members, 'roleAndSubordinates', 'roleAndSubordinate'),
        ...texts(members, 'roleAndSubordinatesInternal', 'roleAndSubordinateInternal')
      ],
      users: texts(members, 'users', 'user')
    }
  };
}

function readRoutingConfig(file: string): RoutingConfiguration {
  const { root } = readMetadataFile(file);
  const model = text(root, 'routingModel');
  return {
    name: nameOf(file, 'routingConfig'),
    priority: numberOr(text(root, 'routingPriority'), 1) ?? 1,
    pushTimeoutSeconds: numberOr(text(root, 'pushTimeout'), 0) ?? 0,
    capacityWeight: numberOr(text(root, 'capacityWeight'), null),
    capacityPercentage: numberOr(text(root, 'capacityPercentage'), null),
    model: model === 'LEAST_ACTIVE' ? 'LEAST_ACTIVE' : 'MOST_AVAILABLE'
  };
}

function readPresenceConfig(file: string): PresenceConfiguration {
  const { root } = readMetadataFile(file);
  return {
    name: nameOf(file, 'presenceConfig'),
    capacity: numberOr(text(root, 'capacity'), 0) ?? 0,
    statusOnPushTimeout: text(root, 'presenceStatusOnPushTimeout') ?? null
  };
}

function hasChatInitialResponse(file: string): boolean {
  const { root } = readMetadataFile(file);
  return children(root, 'automatedResponses').some((r) => text(r, 'type') === 'InitialResponse');
}

function hasActiveCaseAutoResponse(file: string): boolean {
  if (path.basename(file) !== 'Case.autoResponseRules-meta.xml') return false;
  const { root } = readMetadataFile(file);
  return children(root, 'autoResponseRule').some(
    (rule) => text(rule, 'active') === 'true' && children(rule, 'ruleEntry').length > 0
  );
}

/** Reads the Omni-Channel configuration from the given source folders (default: the package directories). */
export function loadOrgConfig(
  root: string = repoRoot(),
  sourceDirs: string[] = packageDirectories(root)
): OrgConfig {
  const found = new Map<Kind, string[]>(Object.keys(SUFFIXES).map((k) => [k as Kind, []]));
  for (const dir of sourceDirs) collect(dir, found);
  const files = (kind: Kind) => found.get(kind) ?? [];

  const byName = <T extends { name: string }>(items: T[]) =>
    new Map(items.map((item) => [item.name, item]));
  const statuses = new Map<string, string[]>();
  for (const file of files('status')) {
    const { root: node } = readMetadataFile(file);
    statuses.set(nameOf(file, 'status'), texts(node, 'channels', 'channel'));
  }
  const roles = new Map<string, string | null>();
  for (const file of files('role')) {
    const { root: node } = readMetadataFile(file);
    roles.set(nameOf(file, 'role'), text(node, 'parentRole') ?? null);
  }
  const serviceChannels = new Map<string, string>();
  for (const file of files('serviceChannel')) {
    const { root: node } = readMetadataFile(file);
    serviceChannels.set(nameOf(file, 'serviceChannel'), text(node, 'relatedEntityType') ?? '');
  }
  const counts: Record<string, number> = {};
  for (const kind of Object.keys(SUFFIXES) as Kind[]) counts[kind] = files(kind).length;

  return {
    queues: byName(files('queue').map(readQueue)),
    routingConfigs: byName(files('routingConfig').map(readRoutingConfig)),
    presenceConfigs: byName(files('presenceConfig').map(readPresenceConfig)),
    statuses,
    skills: new Set(files('skill').map((f) => nameOf(f, 'skill'))),
    roles,
    serviceChannels,
    chatInitialResponse: files('messagingChannel').some(hasChatInitialResponse),
    emailAutoResponse: files('autoResponse').some(hasActiveCaseAutoResponse),
    counts
  };
}

/** The role and every role above it: a queue shared with "role and subordinates" reaches all of them. */
export function roleAncestry(role: string, roles: Map<string, string | null>): string[] {
  const chain: string[] = [];
  let current: string | null | undefined = role;
  while (current && !chain.includes(current)) {
    chain.push(current);
    current = roles.get(current);
  }
  return chain;
}
