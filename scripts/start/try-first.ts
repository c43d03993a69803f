/**
 * What to do once the org is ready, from the data that was seeded: where to log in, which status
 * to set, which sample case to send and what to look for, and what is left to do by hand.
 */
import { DEFAULT_USERNAME_DOMAIN, type SampleCase, type SeedData } from '../seed/data-model';
import { usernameFor } from '../seed/desired';
import { accountOf, managerOf } from '../seed/sample-contacts';

export interface TryFirstInput {
  data: SeedData;
  /** The alias or username to pass to sf, or undefined when connected by token. */
  target?: string;
  loginUrl?: string;
  orgId: string;
  manual: string[];
}

const firstLine = (text: string) => (text.split('\n').find((l) => l.trim() !== '') ?? '').trim();
/** sf data create record --values takes Field=value pairs; single quotes group words. */
const quoteValue = (text: string) => `'${text.replace(/'/g, '').replace(/"/g, '')}'`;

function sampleToSend(data: SeedData): { sample: SampleCase; email: string } | undefined {
  for (const sample of data.cases.cases) {
    if (
      sample.origin !== 'Email' ||
      sample.expect.team === 'HNW' ||
      sample.expect.team === 'TRIAGE'
    )
      continue;
    const contact = accountOf(sample.contact, data)?.contacts.find((c) => c.key === sample.contact);
    if (contact) return { sample, email: contact.email };
  }
  return undefined;
}

export function tryFirst(input: TryFirstInput): string[] {
  const { data } = input;
  const target = input.target ? ` --target-org ${input.target}` : '';
  const domain = data.teams.defaults.usernameDomain ?? DEFAULT_USERNAME_DOMAIN;
  const lines = ['What to try first:'];
  lines.push(
    `  1. Open the org: ${input.loginUrl ?? `npx sf org open${target}`}`,
    '  2. App Launcher → Service Desk Console. In the Omni-Channel utility at the bottom, set your status to',
    '     "Available - All Channels": the seed made you (the admin) a member of every rep queue with every skill.'
  );
  const send = sampleToSend(data);
  if (send) {
    const { sample, email } = send;
    lines.push(
      `  3. Send a sample email case (${sample.key} in data/sample-cases.json); it should reach ${sample.expect.team}${sample.expect.group ? ` / ${sample.expect.group}` : ''}:`,
      `     npx sf data create record${target} --sobject Case --values "Origin=Email SuppliedEmail=${email} ` +
        `Subject=${quoteValue(sample.subject)} Description=${quoteValue(firstLine(sample.description))}"`,
      '     It pops up in your Omni-Channel inbox; the "Why here" panel on the case shows the rule and the reasons.'
    );
  }
  const hnw = data.cases.cases.find(
    (c) => c.expect.team === 'HNW' && c.expect.group === 'ACCOUNT_MANAGER'
  );
  const complaint = data.cases.cases.find(
    (c) => c.expect.team === 'HNW' && c.expect.group === 'DIRECTOR'
  );
  const account = hnw ? accountOf(hnw.contact, data) : undefined;
  const manager = account ? managerOf(account, data) : undefined;
  const director = data.teams.users.find((u) => u.position === 'director');
  if (hnw && manager) {
    const username = usernameFor(manager.key, input.orgId.slice(0, 15), domain);
    lines.push(
      `  4. See the HNW desk: log in as the account manager ${manager.firstName} ${manager.lastName} (${username}):`,
      `     npx sf org generate password --on-behalf-of ${username}${target}`,
      `     ${hnw.key} (a client question naming ${manager.firstName}) waits for ${manager.firstName}` +
        (complaint && director
          ? `, while ${complaint.key} (a complaint about the account manager) went to the director ${director.firstName} ${director.lastName}.`
          : '.')
    );
  }
  if (input.manual.length > 0) {
    lines.push('Left to do by hand (Salesforce offers no API for these):');
    input.manual.forEach((step) => lines.push(`  - ${step}`));
  }
  return lines;
}
