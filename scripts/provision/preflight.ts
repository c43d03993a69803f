/**
 * Pre-flight checks shared by deploy, seed and start: what kind of org this is (scratch, sandbox,
 * production) and whether the features the metadata needs are switched on. Each failing check says
 * what is wrong and what to do about it, before anything is written.
 */
import { UsageError } from '../lib/cli';
import { SalesforceApiError, type OrgApi } from './org-api';

export type OrgKind = 'scratch' | 'sandbox' | 'developer' | 'production';

export interface OrgFacts {
  id: string;
  name: string;
  kind: OrgKind;
  organizationType: string;
  trialExpirationDate: string | null;
}

export const ORGANIZATION_SOQL =
  'SELECT Id, Name, IsSandbox, TrialExpirationDate, OrganizationType FROM Organization';

/** Organization.OrganizationType of a Developer Edition org (a Trailhead playground is one too). */
const DEVELOPER_EDITION = 'Developer Edition';

/**
 * A sandbox says IsSandbox; a scratch org has a trial expiration date; a Developer Edition org says
 * so in OrganizationType, and Salesforce treats it as non-production (no tests run in its deploys);
 * anything else is treated as production.
 */
export function orgFactsFrom(record: Record<string, unknown>): OrgFacts {
  const trial = typeof record.TrialExpirationDate === 'string' ? record.TrialExpirationDate : null;
  const kind: OrgKind =
    record.IsSandbox === true
      ? 'sandbox'
      : trial !== null
        ? 'scratch'
        : record.OrganizationType === DEVELOPER_EDITION
          ? 'developer'
          : 'production';
  return {
    id: String(record.Id),
    name: String(record.Name ?? ''),
    kind,
    organizationType: String(record.OrganizationType ?? ''),
    trialExpirationDate: trial
  };
}

export async function readOrgFacts(api: OrgApi): Promise<OrgFacts> {
  const [record] = await api.query<Record<string, unknown>>(ORGANIZATION_SOQL);
  if (!record) throw new UsageError('The org returned no Organization record.');
  return orgFactsFrom(record);
}

/** Refuses a production org unless the user said --allow-production. */
export function assertNotProduction(facts: OrgFacts, allowProduction: boolean, what: string): void {
  if (facts.kind !== 'production' || allowProduction) return;
  throw new UsageError(
    `Refusing to ${what} "${facts.name}" (${facts.id}): it is a production org ` +
      `(${facts.organizationType || 'not a sandbox, no trial expiration'}). ` +
      'This project is meant for scratch orgs and sandboxes. ' +
      'If you really mean this org, run again with --allow-production.'
  );
}

export function describeOrg(facts: OrgFacts): string {
  const until = facts.trialExpirationDate ? `, expires ${facts.trialExpirationDate}` : '';
  return `${facts.name} (${facts.id}, ${facts.kind}${until})`;
}

interface FeatureCheck {
  feature: string;
  ok: boolean;
  message: string;
}

const NOT_AVAILABLE = new Set(['INVALID_TYPE', 'NOT_FOUND', 'INVALID_TYPE_FOR_OPERATION']);

/** Omni-Channel: the ServiceChannel object exists only when Omni-Channel is enabled. */
async function checkOmniChannel(api: OrgApi): Promise<FeatureCheck> {
  try {
    await api.query('SELECT Id FROM ServiceChannel LIMIT 1');
    return { feature: 'Omni-Channel', ok: true, message: 'Omni-Channel is enabled.' };
  } catch (error) {
    if (error instanceof SalesforceApiError && NOT_AVAILABLE.has(error.errorCode)) {
      return {
        feature: 'Omni-Channel',
        ok: false,
        message:
          'Omni-Channel is not enabled in this org (ServiceChannel is not available). ' +
          'Enable it: Setup → Omni-Channel Settings → Enable Omni-Channel (and Enable Skills-Based and Direct-to-Agent Routing, ' +
          'Enable Secondary Routing Priority). ' +
          'A scratch org created from config/project-scratch-def.json has it already.'
      };
    }
    throw error;
  }
}

/** Enhanced Chat (Messaging for In-App and Web): MessagingSession is describable only when enabled. */
async function checkEnhancedChat(api: OrgApi): Promise<FeatureCheck> {
  try {
    await api.describe('MessagingSession');
    return {
      feature: 'Enhanced Chat',
      ok: true,
      message: 'Messaging (Enhanced Chat) is enabled.'
    };
  } catch (error) {
    if (error instanceof SalesforceApiError && NOT_AVAILABLE.has(error.errorCode)) {
      return {
        feature: 'Enhanced Chat',
        ok: false,
        message:
          'Messaging for In-App and Web (Enhanced Chat) is not enabled in this org (MessagingSession is not available). ' +
          'Enable it: Setup → Messaging Settings → turn on Messaging. The chat queues, routing and fields need it. ' +
          'A scratch org created from config/project-scratch-def.json has it already.'
      };
    }
    throw error;
  }
}

export interface PreflightOptions {
  allowProduction: boolean;
  /** What is about to happen, for the refusal: "deploy to", "seed". */
  what: string;
  /** Features the deploy itself switches on (shipped settings): their absence is only a note. */
  sourceEnables?: { omniChannel: boolean; enhancedChat: boolean };
  /** The Case Origin values the source ships, when it ships the set (ShippedFacts.caseOrigins). */
  caseOrigins?: string[] | null;
  log: (line: string) => void;
}

/**
 * A deployed standard value set deactivates the org's values it does not list: an org (a sandbox)
 * whose cases use another Case Origin value would lose it. Returns the active values the shipped
 * set lacks.
 */
async function originsTheDeployWouldDeactivate(api: OrgApi, shipped: string[]): Promise<string[]> {
  const origin = (await api.describe('Case')).fields.find((f) => f.name === 'Origin');
  return (origin?.picklistValues ?? [])
    .filter((v) => v.active !== false && !shipped.includes(v.value))
    .map((v) => v.value);
}

/**
 * Before anything is written: the org's kind (production is refused unless allowed), then the
 * features the metadata needs. Every missing feature is reported at once, with how to enable it.
 */
export async function runPreflight(api: OrgApi, options: PreflightOptions): Promise<OrgFacts> {
  const facts = await readOrgFacts(api);
  options.log(`Org: ${describeOrg(facts)}.`);
  assertNotProduction(facts, options.allowProduction, options.what);
  const checks = [await checkOmniChannel(api), await checkEnhancedChat(api)];
  const blocking: FeatureCheck[] = [];
  for (const check of checks) {
    if (check.ok) options.log(`  ok: ${check.message}`);
    else if (check.feature === 'Omni-Channel' && options.sourceEnables?.omniChannel)
      options.log(
        `  note: ${check.message.split('. ')[0]}; the deploy switches it on (settings/OmniChannel.settings-meta.xml).`
      );
    else if (check.feature === 'Enhanced Chat' && options.sourceEnables?.enhancedChat)
      options.log(
        `  note: ${check.message.split('. ')[0]}; the deploy switches it on (settings/LiveMessage.settings-meta.xml).`
      );
    else blocking.push(check);
  }
  if (options.caseOrigins) {
    const lost = await originsTheDeployWouldDeactivate(api, options.caseOrigins);
    if (lost.length > 0)
      blocking.push({
        ok: false,
        feature: 'Case Origin',
        message:
          `the org's Case Origin has values the deploy would deactivate (${lost.join(', ')}): add them to ` +
          'force-app/service-org/standardValueSets/CaseOrigin.standardValueSet-meta.xml before deploying'
      });
    else
      options.log(
        `  ok: Case Origin keeps every value the org uses (${options.caseOrigins.join(', ')})`
      );
  }
  if (blocking.length > 0)
    throw new UsageError(
      `The org is not ready; nothing was deployed or written:\n${blocking.map((c) => `  - ${c.message}`).join('\n')}`
    );
  return facts;
}
