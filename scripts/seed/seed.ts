/**
 * `npm run seed` as a library: validate data/, read the org, plan, and (unless a dry run) write.
 * Without an org, a dry run plans from the data alone. Returns the exit status and what happened,
 * so `npm start` and the tests drive it the same way the CLI does.
 */
import { ToolError, UsageError } from '../lib/cli';
import { HOW_TO_CONNECT } from '../provision/connection';
import type { OrgApi } from '../provision/org-api';
import { assertNotProduction, describeOrg } from '../provision/preflight';
import { applyPlan, type ApplyResult } from './apply';
import type { Staffing } from './data-checks';
import { loadSeedData } from './data-files';
import type { SeedData } from './data-model';
import { buildDesired, OPERATOR_KEY } from './desired';
import { readSnapshot } from './org-snapshot';
import { planSeed } from './plan';
import { IdBook, type SeedPlan } from './plan-model';
import { formatPlan, formatResult, totalWrites } from './report';
import { loadKnowledgeArticles, seedKnowledge, type KnowledgeOutcome } from './knowledge';

export interface SeedOptions {
  /** The org; undefined when none is connected (only a dry run can go on). */
  api?: OrgApi;
  dataDir: string;
  /** The data folder as the user named it, for messages (default `data`). */
  displayDir?: string;
  dryRun: boolean;
  allowProduction: boolean;
  /** What the routing metadata expects of reps (checks the data against it). */
  staffing?: Staffing;
  log: (line: string) => void;
}

export interface SeedOutcome {
  exitCode: number;
  plan: SeedPlan;
  applied?: ApplyResult;
  /** The knowledge articles step (absent when the data has no knowledge-articles.json). */
  knowledge?: KnowledgeOutcome;
  requests: number;
  /**
   * A dry run whose only problem is metadata the org lacks: a deploy of the project adds it, so a
   * dry run of deploy-then-seed (npm start --dry-run) does not count it as a failure.
   */
  awaitsDeploy?: boolean;
}

export function summarizeData(data: SeedData): string {
  const contacts = data.customers.accounts.reduce((n, a) => n + a.contacts.length, 0);
  return (
    `${data.teams.users.length} users, ${data.customers.accounts.length} accounts, ${contacts} contacts, ` +
    `${data.cases.cases.length} sample cases, ${data.quickTexts.quickTexts.length} quick texts` +
    ((data.cases.chats ?? []).length > 0
      ? ` (and ${(data.cases.chats ?? []).length} sample chats to try in the chat window, not seeded)`
      : '')
  );
}

export async function runSeed(options: SeedOptions): Promise<SeedOutcome> {
  const { api, log } = options;
  const started = Date.now();
  const displayDir = options.displayDir ?? 'data';
  const data = loadSeedData(options.dataDir, { staffing: options.staffing, displayDir });
  const articles = loadKnowledgeArticles(options.dataDir, displayDir);
  log(
    `Data is valid: ${summarizeData(data)}` +
      (articles ? `, ${articles.length} knowledge articles` : '') +
      '.'
  );
  let knowledge: KnowledgeOutcome | undefined;
  const finish = (exitCode: number, plan: SeedPlan, applied?: ApplyResult): SeedOutcome => {
    const requests = api?.requestCount ?? 0;
    log(`Requests to Salesforce: ${requests} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    return { exitCode, plan, applied, knowledge, requests };
  };
  /** Articles come after everything else: nothing depends on them, and they need no user of the seed. */
  const seedArticles = async (dryRun: boolean): Promise<number> => {
    if (!api || !articles) return 0;
    knowledge = await seedKnowledge(api, articles, { dryRun, log });
    return knowledge.failures.length > 0 ? 1 : 0;
  };

  const planFromDataAlone = (why: string): SeedOutcome => {
    const plan = planSeed(
      buildDesired(data, { orgId: null, operator: null, existingUsers: new Map() }),
      undefined,
      new IdBook()
    );
    formatPlan(
      plan,
      `Plan from ${displayDir}/ alone (${why}; everything would be created):`
    ).forEach((l) => log(l));
    if (articles) log(`Knowledge: ${articles.length} articles would be created and published.`);
    log('Dry run: nothing was sent.');
    return finish(0, plan);
  };
  if (!api) {
    if (!options.dryRun)
      throw new UsageError(`No org is connected, so there is nothing to seed.\n${HOW_TO_CONNECT}`);
    return planFromDataAlone('no org connected');
  }

  log('Reading the org…');
  let snapshot: Awaited<ReturnType<typeof readSnapshot>>;
  try {
    snapshot = await readSnapshot(api, data);
  } catch (error) {
    // A dry run before the project is deployed (npm start --dry-run checks the deploy without
    // making it): the org has none of the project's fields to read yet.
    if (!options.dryRun || !(error instanceof ToolError)) throw error;
    log(`! ${error.message}`);
    return planFromDataAlone('the org could not be read as a deployed one: see above');
  }
  log(
    `Org: ${describeOrg(snapshot.facts)}, connected as ${snapshot.user.username || snapshot.user.userId}.`
  );
  assertNotProduction(
    snapshot.facts,
    options.allowProduction,
    options.dryRun ? 'plan a seed of' : 'seed'
  );
  const plan = planSeed(buildDesired(data, snapshot.context), snapshot.existing, snapshot.ids);
  formatPlan(plan, options.dryRun ? 'Plan (dry run: nothing is written):' : 'Plan:').forEach((l) =>
    log(l)
  );

  if (snapshot.adminProfiles.length > 0) {
    const message =
      `In this org the profile ${snapshot.adminProfiles.join(', ')} grants View All Data or Modify All Data: a seeded ` +
      'account manager, director or rep with it could read and reassign every case, complaints about themselves ' +
      `included. Give the users a profile without them (teams.json: defaults.profile or the user's profile).`;
    if (options.dryRun) {
      log(message);
      return finish(1, plan);
    }
    throw new ToolError(`${message}\nNothing was written.`);
  }
  if (snapshot.missing.length > 0) {
    const message =
      `The org lacks metadata the data names: ${snapshot.missing.join(', ')}.\n` +
      'Deploy the project first (npm run deploy, or npm start which deploys and seeds).';
    if (options.dryRun) {
      log(message);
      return { ...finish(1, plan), awaitsDeploy: true };
    }
    throw new ToolError(`${message}\nNothing was written.`);
  }
  if (options.dryRun) {
    await seedArticles(true);
    log('Dry run: nothing was written.');
    return finish(0, plan);
  }
  if (totalWrites(plan) === 0) {
    log(`Nothing to write: the org already matches ${displayDir}/.`);
    return finish(await seedArticles(false), plan);
  }
  log('Writing…');
  const written = await applyPlan(api, plan, snapshot.ids, log);
  // The admin's own Service Cloud User flag past the last seat is the admin's to sort out, as the
  // deploy's post-deploy step treats it: a warning, not a failure of every later run.
  const adminSeat = written.failures.filter(isAdminSeatRefusal);
  const applied = { ...written, failures: written.failures.filter((f) => !isAdminSeatRefusal(f)) };
  formatResult(applied).forEach((l) => log(l));
  for (const refusal of adminSeat)
    log(
      `! You (the admin) were not given the Service Cloud User feature licence: ${refusal.error}. ` +
        'Free a seat (Setup → Company Information → Feature Licenses) and run the seed again, or set ' +
        '"serviceCloudUser": false for the operator in data/teams.json.'
    );
  const articlesExit = await seedArticles(false);
  return finish(applied.failures.length > 0 ? 1 : articlesExit, plan, applied);
}

/** The org refused the admin's own Service Cloud User flag for want of a seat. */
const isAdminSeatRefusal = (failure: ApplyResult['failures'][number]): boolean =>
  failure.object === 'User' &&
  failure.key === OPERATOR_KEY &&
  /LICENSE_LIMIT_EXCEEDED/.test(failure.error);
