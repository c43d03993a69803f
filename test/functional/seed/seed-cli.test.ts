/**
 * `npm run seed` as a process, connected to the fake REST API through the access-token
 * environment variables: what it prints and its exit status.
 */
import { runCliAsync } from '../../builders/cli';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { copyOfRealData } from '../../fakes/seed-data';
import { FakeSalesforce } from '../../fakes/salesforce/server';
import { serviceOrg, type ServiceOrgOptions } from '../../fakes/salesforce/service-org';

let fake: FakeSalesforce;
let home: string;

beforeAll(() => {
  home = mkdtempSync(path.join(os.tmpdir(), 'omni-seed-home-'));
});
afterAll(() => rmSync(home, { recursive: true, force: true }));
afterEach(() => fake?.close());

async function seedCli(
  args: string[],
  orgOptions: ServiceOrgOptions = {},
  arrange?: (f: FakeSalesforce) => void
) {
  fake = await FakeSalesforce.start(serviceOrg(orgOptions).org);
  arrange?.(fake);
  return runCliAsync('seed', args, {
    env: {
      ...process.env,
      HOME: home,
      OMNI_DESK_INSTANCE_URL: fake.url,
      OMNI_DESK_ACCESS_TOKEN: fake.accessToken
    }
  });
}

describe('npm run seed', () => {
  it('given a deployed scratch org, when run, then it seeds, prints the request count and exits 0', async () => {
    const run = await seedCli([]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/Requests to Salesforce: \d+ in /);
    expect(run.code).toBe(0);
    expect(fake.org.all('Contact')).toHaveLength(15);
  }, 120_000);

  it('given an access token in the environment and --target-org, then it refuses to guess which org and writes nothing', async () => {
    const run = await seedCli(['--target-org', 'my-sandbox']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `seed: --target-org my-sandbox names one org and OMNI_DESK_INSTANCE_URL (${fake.url}) another: unset OMNI_DESK_INSTANCE_URL and OMNI_DESK_ACCESS_TOKEN to use my-sandbox, or drop --target-org to use the token's org.`
    );
    expect(fake.writes).toEqual([]);
  }, 120_000);

  it('given a record the org rejects, when run, then the record and its error are printed and the exit status is 1', async () => {
    const run = await seedCli([], {}, (f) =>
      f.org.rejectWrites(
        'Account',
        (a) => a.SeedKey__c === 'acct-harrington-trust',
        'STORAGE_LIMIT_EXCEEDED',
        'storage limit exceeded'
      )
    );
    expect(run.stdout).toContain(
      'Account acct-harrington-trust (create): STORAGE_LIMIT_EXCEEDED: storage limit exceeded'
    );
    expect(run.code).toBe(1);
  }, 120_000);

  it('given a production org, when run without --allow-production, then it refuses on stderr with exit status 1 and writes nothing', async () => {
    const run = await seedCli([], { kind: 'production' });
    expect(run.stderr).toMatch(/^seed: Refusing to seed /);
    expect(run.code).toBe(1);
    expect(fake.writes).toEqual([]);
  }, 120_000);

  it('given data with a schema error, when run, then the file and field are named, exit status 1 and no request is sent', async () => {
    const data = copyOfRealData();
    data.change((files) => {
      files.teams.users[0]!.skills[0]!.level = 11;
    });
    const run = await seedCli(['--data-dir', data.dir]);
    data.remove();
    expect(run.stderr).toContain(
      `${data.dir}/teams.json: $.users[0].skills[0].level: must be <= 10`
    );
    expect(run.code).toBe(1);
    expect(fake.requests).toEqual([]);
  }, 120_000);

  it('given a data folder that does not exist, when run, then it names the folder as typed, exit status 1 and no request is sent', async () => {
    const run = await seedCli(['--data-dir', '/nope', '--dry-run']);
    expect(run.stderr).toBe(
      'seed: data folder not found: /nope (it holds teams.json, customers.json, sample-cases.json, quick-texts.json)\n'
    );
    expect(run.code).toBe(1);
    expect(fake.requests).toEqual([]);
  }, 120_000);

  it('given an http instance URL, when run, then it refuses to send the token, exit status 1', async () => {
    fake = await FakeSalesforce.start(serviceOrg().org);
    const run = await runCliAsync('seed', ['--dry-run'], {
      env: {
        ...process.env,
        HOME: home,
        OMNI_DESK_INSTANCE_URL: 'http://omni-desk.my.salesforce.com',
        OMNI_DESK_ACCESS_TOKEN: fake.accessToken
      }
    });
    expect(run.stderr).toMatch(
      /^seed: OMNI_DESK_INSTANCE_URL must be an https:\/\/ URL, got "http:\/\/omni-desk\.my\.salesforce\.com": the access token would travel unencrypted/
    );
    expect(run.code).toBe(1);
    expect(fake.requests).toEqual([]);
  }, 120_000);
});
