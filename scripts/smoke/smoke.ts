/**
 * `npm run smoke` as a library: after deploy and seed, send the smoke contacts through the org's
 * real entry points (an Email-to-Case style insert, the IVR's Apex REST resource), read back what
 * the Apex engine and Omni-Channel made of them, and compare it row by row with what the
 * TypeScript engine (`npm run route`, same custom metadata from force-app) predicts for the same
 * text and the same customer facts read from the org. Everything created is deleted afterwards
 * (or kept with --keep, marked "[smoke <run>]"), so the test can run again and again.
 */
import { ToolError } from '../lib/cli';
import type { OrgApi } from '../provision/org-api';
import { assertNotProduction, describeOrg, readOrgFacts } from '../provision/preflight';
import { RoutingEngine } from '../routing/engine';
import type { Contact, RoutingConfig, Topic } from '../routing/model';
import { SMOKE_CONTACTS, type SmokeContact } from './contacts';
import { shippedSecondaryPriorities } from './channel-priorities';
import { checksFor, type Check } from './expect';
import {
  createEmailCases,
  deleteCreated,
  postIvrIntake,
  readDirectory,
  readRoutedWork,
  type OrgDirectory,
  type RoutedWork
} from './org';
import { formatChecks, summary } from './report';

export interface SmokeOptions {
  api: OrgApi;
  config: RoutingConfig;
  allowProduction: boolean;
  /** Leave the cases in the org (their subjects and transcripts carry the run marker). */
  keep: boolean;
  contacts?: readonly SmokeContact[];
  /** Marks what this run creates; default: the time of the run. */
  runId?: string;
  /** The case channel's secondary priorities by Case.Priority value; default: as shipped in force-app. */
  secondaryPriorities?: ReadonlyMap<string, number>;
  log: (line: string) => void;
  /**
   * Aborted when the admin interrupts the run (Ctrl-C): it stops before the next contact and still
   * deletes what it created.
   */
  signal?: AbortSignal;
}

export interface SmokeOutcome {
  exitCode: number;
  checks: Check[];
  /** Case Ids the run created. */
  created: string[];
  /** Records that could not be deleted. */
  leftovers: string[];
}

/** Every queue, skill and service channel the rules and settings can name. */
function namesToRead(config: RoutingConfig) {
  const { rules, settings } = config;
  return {
    queues: [
      settings.triageQueue,
      ...rules.flatMap((r) => Object.values(r.queues).filter((q): q is string => !!q))
    ],
    skills: [
      ...rules.flatMap((r) => r.skills),
      ...Object.values(settings.channelSkills).filter((s): s is string => !!s)
    ],
    serviceChannels: [settings.caseServiceChannel, settings.chatServiceChannel].filter(
      (c): c is string => !!c
    ),
    directorRole: settings.directorRole
  };
}

/** The engine's view of a routed case: its own text and intake, the customer as the org has it. */
function contactOf(
  smoke: SmokeContact,
  caseRow: Record<string, unknown>,
  directory: OrgDirectory
): Contact {
  const customer = directory.customers.get(smoke.contact)!;
  const topic =
    typeof caseRow.IntakeTopic__c === 'string' ? (caseRow.IntakeTopic__c as Topic) : null;
  const aboutStaff = caseRow.IntakeAboutStaff__c === true ? true : null;
  return {
    id: smoke.key,
    channel: smoke.channel,
    subject: typeof caseRow.Subject === 'string' ? caseRow.Subject : null,
    body: typeof caseRow.Description === 'string' ? caseRow.Description : null,
    transcript: null,
    intake: topic || aboutStaff ? { topic, aboutStaff } : null,
    customer: {
      investableAssets: customer.investableAssets,
      accountManager: customer.manager
        ? { name: customer.manager.name, active: customer.manager.active }
        : null
    }
  };
}

export async function runSmoke(options: SmokeOptions): Promise<SmokeOutcome> {
  const { api, config, log } = options;
  const contacts = options.contacts ?? SMOKE_CONTACTS;
  const runId = options.runId ?? new Date().toISOString().replace(/[-:]/g, '').slice(0, 15);
  const secondaryPriorities =
    options.secondaryPriorities ?? shippedSecondaryPriorities(config.settings.caseServiceChannel);
  const facts = await readOrgFacts(api);
  log(`Org: ${describeOrg(facts)}.`);
  assertNotProduction(facts, options.allowProduction, 'run the smoke test (it creates cases) in');

  const directory = await readDirectory(api, {
    contactKeys: contacts.map((c) => c.contact),
    ...namesToRead(config)
  });
  const missing = contacts.filter((c) => !directory.customers.has(c.contact));
  if (missing.length > 0)
    throw new ToolError(
      `The seeded customers ${missing.map((c) => c.contact).join(', ')} are not in the org: run npm run seed first ` +
        '(or npm start, which deploys and seeds). Nothing was created.'
    );

  const engine = new RoutingEngine(config);
  const created = new Map<string, string>();
  const checks: Check[] = [];
  let work: RoutedWork | undefined;
  let leftovers: string[] = [];
  const stopIfInterrupted = () => {
    if (options.signal?.aborted)
      throw new ToolError(
        `Interrupted after ${created.size} of ${contacts.length} contact(s): nothing more was sent.`
      );
  };
  try {
    stopIfInterrupted();
    const emails = contacts.filter((c) => c.channel === 'email');
    log(
      `Sending ${emails.length} email case(s) and ${contacts.length - emails.length} IVR call(s), marked [smoke ${runId}]…`
    );
    const emailIds = await createEmailCases(
      api,
      emails.map((c) => {
        const customer = directory.customers.get(c.contact)!;
        if (!customer.email)
          throw new ToolError(`${customer.name} has no email address in the org.`);
        return {
          subject: `[smoke ${runId}] ${c.subject}`,
          body: c.body,
          fromEmail: customer.email,
          fromName: customer.name
        };
      })
    );
    emails.forEach((c, i) => created.set(c.key, emailIds[i]!));
    stopIfInterrupted();
    const ivr = new Map<
      string,
      { team?: string | null; group?: string | null; topicSent: string | null }
    >();
    for (const call of contacts) {
      if (call.channel !== 'phone') continue;
      stopIfInterrupted();
      const customer = directory.customers.get(call.contact)!;
      try {
        const reply = await postIvrIntake(api, {
          callerNumber: customer.phone ?? '',
          topic: call.topic,
          aboutStaff: call.aboutStaff,
          transcript: `${call.transcript} [smoke ${runId}]`,
          callId: `smoke-${runId}-${call.key}`
        });
        created.set(call.key, reply.caseId!);
        ivr.set(call.key, { team: reply.team, group: reply.group, topicSent: call.topic });
        if (reply.callerIdentified === false)
          log(
            `  ${call.key}: the IVR did not find ${customer.name} by ${customer.phone ?? 'the seeded number'}. It searches ` +
              'phone fields, and Salesforce can take 15 minutes or more to make new records searchable: right after ' +
              'npm run seed, run the smoke test again later before reading the differences below as a fault.'
          );
      } catch (error) {
        checks.push({
          contact: call.key,
          check: 'IVR intake',
          expected: 'HTTP 201 with a case',
          actual: (error as Error).message,
          ok: false
        });
      }
    }

    stopIfInterrupted();
    work = await readRoutedWork(api, [...created.values()]);
    for (const smoke of contacts) {
      const caseId = created.get(smoke.key);
      if (!caseId) continue;
      const caseRow = work.cases.find((c) => c.Id.slice(0, 15) === caseId.slice(0, 15));
      if (!caseRow) {
        checks.push({
          contact: smoke.key,
          check: 'case',
          expected: caseId,
          actual: '(not readable)',
          ok: false
        });
        continue;
      }
      log(`  ${smoke.key}: case ${String(caseRow.CaseNumber ?? caseId)} (${smoke.intent.why})`);
      const predicted = engine.route(contactOf(smoke, caseRow, directory));
      checks.push(
        ...checksFor(
          {
            contact: smoke.key,
            predicted,
            customer: directory.customers.get(smoke.contact)!,
            caseRow,
            routings: work.routings.filter(
              (r) => String(r.WorkItemId).slice(0, 15) === caseId.slice(0, 15)
            ),
            requirements: work.requirements,
            userNames: work.userNames,
            ivr: ivr.get(smoke.key),
            secondaryPriorities
          },
          config.settings,
          directory
        )
      );
    }
    formatChecks(checks).forEach((line) => log(line));
    log(summary(checks));
  } finally {
    leftovers = await cleanUp(api, [...created.values()], work, options.keep, log);
  }
  // Cases left behind sit in live queues and reach real agents: a run that leaves any has failed.
  const failed = checks.some((c) => !c.ok) || checks.length === 0 || leftovers.length > 0;
  return { exitCode: failed ? 1 : 0, checks, created: [...created.values()], leftovers };
}

async function cleanUp(
  api: OrgApi,
  caseIds: string[],
  work: RoutedWork | undefined,
  keep: boolean,
  log: (line: string) => void
): Promise<string[]> {
  if (caseIds.length === 0) return [];
  if (keep) {
    log(`Kept ${caseIds.length} case(s) for a look (--keep): ${caseIds.join(', ')}.`);
    return [];
  }
  try {
    const read = work ?? (await readRoutedWork(api, caseIds));
    const leftovers = await deleteCreated(api, read);
    if (leftovers.length > 0)
      log(
        `! Could not delete ${leftovers.join(', ')}: delete them in the org (their subjects or transcripts say [smoke …]).`
      );
    else
      log(
        `Cleaned up: ${read.cases.length} case(s), ${read.routings.length} pending routing(s), ${read.requirements.length} skill requirement(s).`
      );
    return leftovers;
  } catch (error) {
    log(
      `! Cleanup failed (${(error as Error).message}): delete cases ${caseIds.join(', ')} in the org.`
    );
    return caseIds;
  }
}
