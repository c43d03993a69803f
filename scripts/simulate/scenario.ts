/**
 * Gathers everything one simulation run reads: the routing rules (through the routing library),
 * the Omni-Channel metadata, the teams, customers, held-out messages, Knowledge articles and
 * traffic profile, and the lead's overrides. Paths are relative to the repository root, so a run
 * is described (and reproduced) by its options alone.
 */
import path from 'node:path';
import { UsageError } from '../lib/cli';
import { repoRoot, packageDirectories } from '../lib/project';
import { loadRoutingConfig, RoutingConfigError } from '../routing/config';
import { RoutingEngine } from '../routing/engine';
import { MilestoneTargets, readServiceLevelMetadata } from '../service-levels/targets';
import type { Channel, Topic } from '../routing/model';
import { DataError } from '../seed/data-files';
import { loadKnowledgeArticles } from '../seed/knowledge';
import { readHeldOut, type CorpusMessage } from './corpus';
import { DEFAULT_JOURNEY } from './journey';
import { describeGap, messageTables } from './message-mix';
import { DEFAULT_CUSTOMERS_PATH, readCustomers } from './customers';
import { loadOrgConfig } from './org';
import { parseCapacity } from './overrides';
import {
  dailyVolume,
  DEFAULT_PROFILE_PATH,
  loadTrafficProfile,
  segmentWeights,
  type JourneyAssumptions
} from './profile';
import type { Overrides, SimulationInput } from './simulation';
import {
  DEFAULT_TEAMS_PATH,
  fullTimeEquivalents,
  readAgents,
  scaleAgents,
  type AgentSpec
} from './staff';

export interface ScenarioOptions {
  root?: string;
  /** Metadata folders (default: the package directories of sfdx-project.json). */
  sourceDirs?: string[];
  days: number;
  seed: number;
  traffic?: string;
  teams?: string;
  customers?: string;
  agentsScale: number;
  overrides: Overrides;
  /** `--capacity` as typed; checked against the presence configurations read. */
  capacitySpec?: string;
  /** False: `routed` runs without the routing factors (`--no-factors`). Default true. */
  factors?: boolean;
}

/** The `scenario` object of the JSON output: what was simulated, in the lead's terms. */
export interface ScenarioSummary {
  days: number;
  seed: number;
  traffic: string;
  agentsScale: number;
  pushTimeoutSeconds: Partial<Record<Channel, number>>;
  capacity: Record<string, number>;
  /** People per role. */
  agents: Record<AgentSpec['role'], number>;
  /** Full-time equivalents per role: people weighted by the share of the shift they work. */
  fullTimeEquivalents: Record<AgentSpec['role'], number>;
  expectedArrivalsPerDay: Record<Channel, number>;
  /**
   * The contacts' texts: the frozen split's messages (never read by training) the simulation
   * drew from, the files, the frozen messages left out because training saw the same text, and
   * what the split lacked for the profile's mix.
   */
  heldOut: { messages: number; files: string[]; sameTextAsTraining: number; gaps: string[] };
  automatedResponses: { chat: boolean; email: boolean };
  warnings: string[];
  /** Whether `routed` applies the routing factors (priority, language skills). */
  routingFactors: boolean;
  /**
   * The assumptions Knowledge and the survey are modelled on, where they come from (the traffic
   * profile's `journey`, or the simulator's defaults), and the topics with an article.
   */
  journey: { assumptions: JourneyAssumptions; source: string; articleTopics: Topic[] };
}

export interface Scenario {
  input: SimulationInput;
  summary: ScenarioSummary;
  /** The held-out messages contacts are drawn from. */
  heldOut: CorpusMessage[];
}

export const DEFAULT_DAYS = 5;
export const DEFAULT_SEED = 1;
/** A year: about two minutes here. Longer runs say nothing a year does not. */
export const MAX_DAYS = 366;

export function loadScenario(options: ScenarioOptions): Scenario {
  const root = options.root ?? repoRoot();
  const sourceDirs = options.sourceDirs ?? packageDirectories(root);
  if (!Number.isInteger(options.days) || options.days < 1 || options.days > MAX_DAYS)
    throw new UsageError(
      `--days must be a whole number of days from 1 to ${MAX_DAYS}, got ${options.days}`
    );
  if (!Number.isInteger(options.seed)) throw new UsageError('--seed must be a whole number');
  if (!(options.agentsScale >= 0)) throw new UsageError('--agents-scale must be 0 or more');

  let routing;
  try {
    routing = loadRoutingConfig(root, sourceDirs);
  } catch (error) {
    if (error instanceof RoutingConfigError) throw new UsageError(error.message);
    throw error;
  }
  const trafficFile = options.traffic ?? DEFAULT_PROFILE_PATH;
  const profile = loadTrafficProfile(trafficFile, root);
  const org = loadOrgConfig(root, sourceDirs);
  const overrides: Overrides = {
    pushTimeoutSeconds: options.overrides.pushTimeoutSeconds,
    capacity: {
      ...options.overrides.capacity,
      ...parseCapacity(options.capacitySpec, org.presenceConfigs.keys())
    }
  };
  const allAgents = readAgents(options.teams ?? DEFAULT_TEAMS_PATH, root);
  const agents = scaleAgents(allAgents, options.agentsScale);
  const customers = readCustomers(options.customers ?? DEFAULT_CUSTOMERS_PATH, root);
  const articleTopics = readArticleTopics(root);
  const heldOut = readHeldOut(root);
  const corpus = heldOut.messages;
  const { tables, gaps } = messageTables(corpus, profile);
  const volume = dailyVolume(profile);
  for (const channel of ['phone', 'email', 'chat'] as const)
    for (const [segment, share] of segmentWeights(profile, channel))
      if (volume[channel] > 0 && share > 0 && tables[channel][segment] === null)
        throw new UsageError(
          `the held-out messages have no ${channel} message for ${segment === 'HNW' ? 'high-net-worth' : 'sub-$1M'} clients, but the traffic profile sends them`
        );

  const warnings: string[] = [];
  if (!allAgents.some((a) => a.role === 'director'))
    warnings.push('the teams have no department director');

  const count = (role: AgentSpec['role']) => agents.filter((a) => a.role === role).length;
  const fte = (role: AgentSpec['role']) =>
    fullTimeEquivalents(agents.filter((a) => a.role === role));
  return {
    heldOut: corpus,
    input: {
      seed: options.seed,
      days: options.days,
      profile,
      org,
      routing,
      engine: new RoutingEngine(routing, { factors: options.factors !== false }),
      agents,
      customers,
      tables,
      overrides,
      milestoneTargets: new MilestoneTargets(readServiceLevelMetadata(sourceDirs)),
      articleTopics: new Set(articleTopics)
    },
    summary: {
      days: options.days,
      seed: options.seed,
      traffic: trafficFile,
      agentsScale: options.agentsScale,
      pushTimeoutSeconds: overrides.pushTimeoutSeconds,
      capacity: overrides.capacity,
      agents: {
        rep: count('rep'),
        lead: count('lead'),
        accountManager: count('accountManager'),
        director: count('director')
      },
      fullTimeEquivalents: {
        rep: fte('rep'),
        lead: fte('lead'),
        accountManager: fte('accountManager'),
        director: fte('director')
      },
      expectedArrivalsPerDay: {
        phone: Math.round(volume.phone),
        email: Math.round(volume.email),
        chat: Math.round(volume.chat)
      },
      heldOut: {
        messages: corpus.length,
        files: heldOut.files,
        sameTextAsTraining: heldOut.sameTextAsTraining.length,
        gaps: gaps.map(describeGap)
      },
      automatedResponses: { chat: org.chatInitialResponse, email: org.emailAutoResponse },
      warnings,
      routingFactors: options.factors !== false && (routing.factors ?? []).some((f) => f.active),
      journey: {
        assumptions: profile.journey ?? DEFAULT_JOURNEY,
        source: profile.journey
          ? `the traffic profile's journey, ${trafficFile}`
          : 'the simulator defaults, scripts/simulate/journey.ts',
        articleTopics
      }
    }
  };
}

/** The topics with at least one article in data/knowledge-articles.json (none without the file). */
function readArticleTopics(root: string): Topic[] {
  try {
    const articles = loadKnowledgeArticles(path.join(root, 'data')) ?? [];
    return [...new Set(articles.map((a) => a.topic))].sort();
  } catch (error) {
    if (error instanceof DataError) throw new UsageError(error.message);
    throw error;
  }
}
