/**
 * `npm run deploy` as a library: pre-flight (org kind, Omni-Channel, Enhanced Chat, the
 * acknowledgement sender), then the package directories (and optional/voice on request) through
 * source-deploy-retrieve, with progress while the org works and readable failures at the end; then
 * the admin gets the project's admin permission set (deployed fields give nobody access), and only
 * then, with a test level, the Apex tests run, so tests of user-mode code see the fields. The
 * deployer and the test runner are injectable so the steps around them are tested without an org.
 */
import { ToolError, UsageError } from '../lib/cli';
import type { OrgConnection } from '../provision/connection';
import { ADMIN_PERMISSION_SET, giveOperatorAccess } from '../provision/post-deploy';
import { runPreflight, type OrgKind } from '../provision/preflight';
import {
  formatFailures,
  progressLine,
  succeeded,
  type DeployResultLike,
  type DeployStatusLike
} from './report';
import { ACK_SENDER_ENV, resolveAckSender } from './ack-sender';
import { sfApexTestRunner, type ApexTestRunner } from './apex-tests';
import { deploySourceDirs, shippedFacts } from './source';

export const TEST_LEVELS = [
  'NoTestRun',
  'RunSpecifiedTests',
  'RunLocalTests',
  'RunAllTestsInOrg'
] as const;
export type TestLevel = (typeof TEST_LEVELS)[number];

export function parseTestLevel(value: string | undefined, tests: string[]): TestLevel | undefined {
  if (value === undefined) {
    if (tests.length > 0) return 'RunSpecifiedTests';
    return undefined;
  }
  const level = TEST_LEVELS.find((l) => l.toLowerCase() === value.toLowerCase());
  if (!level)
    throw new UsageError(`--test-level must be one of ${TEST_LEVELS.join(', ')}; got "${value}".`);
  if (level === 'RunSpecifiedTests' && tests.length === 0)
    throw new UsageError('--test-level RunSpecifiedTests needs --tests <ApexTestClass,…>.');
  if (level !== 'RunSpecifiedTests' && tests.length > 0)
    throw new UsageError('--tests goes with --test-level RunSpecifiedTests.');
  return level;
}

export interface DeployRequest {
  dirs: string[];
  /** The project root: sfdx-project.json's `replacements` are applied from there. */
  projectDirectory: string;
  /** Environment the replacements read (the acknowledgement sender). */
  environment: Record<string, string>;
  testLevel?: TestLevel;
  tests: string[];
  checkOnly: boolean;
  connection: OrgConnection;
  onComponents: (count: number) => void;
  onUpdate: (status: DeployStatusLike) => void;
}

export type Deployer = (request: DeployRequest) => Promise<DeployResultLike>;

/** How long the deployer waits for the org (source-deploy-retrieve reads the timeout in seconds). */
const POLL_SECONDS = 60 * 60;

/** The real deployer: ComponentSet.fromSource(…).deploy(…), polled until done. */
export const sourceDeployRetrieve: Deployer = async (request) => {
  const { ComponentSet } = await import('@salesforce/source-deploy-retrieve');
  const components = ComponentSet.fromSource(request.dirs);
  components.projectDirectory = request.projectDirectory;
  request.onComponents(components.size);
  const restore = withEnvironment(request.environment);
  try {
    const deploy = await components.deploy({
      usernameOrConnection: await request.connection.core(),
      apiOptions: {
        rollbackOnError: true,
        checkOnly: request.checkOnly,
        ...(request.testLevel ? { testLevel: request.testLevel } : {}),
        ...(request.tests.length > 0 ? { runTests: request.tests } : {})
      }
    });
    deploy.onUpdate((status) => request.onUpdate(status as unknown as DeployStatusLike));
    try {
      return (await deploy.pollStatus(3000, POLL_SECONDS)) as unknown as DeployResultLike;
    } catch (error) {
      // The deploy started: it may still be running in the org (a long test run outlasts the wait).
      throw new ToolError(
        `Stopped waiting for deploy ${deploy.id ?? '(no job id)'}: ${(error as Error).message}. ` +
          `It may still be running in the org: npx sf project deploy report --job-id ${deploy.id ?? '<id>'} ` +
          `--target-org ${request.connection.label}`,
        { cause: error }
      );
    }
  } finally {
    restore();
  }
};

/** Sets variables for the duration of a deploy (SDR reads replacements from process.env); returns the undo. */
function withEnvironment(variables: Record<string, string>): () => void {
  const before = Object.fromEntries(Object.keys(variables).map((k) => [k, process.env[k]]));
  Object.assign(process.env, variables);
  return () => {
    for (const [key, value] of Object.entries(before))
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
  };
}

export interface DeployOptions {
  connection: OrgConnection;
  root: string;
  withVoice: boolean;
  testLevel?: TestLevel;
  tests?: string[];
  dryRun: boolean;
  allowProduction: boolean;
  /** The acknowledgement sender (a verified org-wide address); default OMNI_DESK_ACK_SENDER, else your own address. */
  ackSender?: string;
  log: (line: string) => void;
  deployer?: Deployer;
  /** Runs the Apex tests after the deploy (default: sf apex run test). */
  testRunner?: ApexTestRunner;
}

export interface DeployOutcome {
  exitCode: number;
  failures: string[];
}

/** Where the Apex tests run: inside the deploy, or after it once the admin holds the permission sets. */
interface TestPlan {
  inDeploy?: TestLevel;
  after?: Exclude<TestLevel, 'NoTestRun'>;
  note?: string;
}

function testPlan(level: TestLevel | undefined, dryRun: boolean, kind: OrgKind): TestPlan {
  if (!level && kind === 'production')
    return {
      note:
        'note: Salesforce runs the local tests inside a production deploy that holds Apex, before any permission set ' +
        `can be assigned; tests of user-mode code pass only if you already hold ${ADMIN_PERMISSION_SET}.`
    };
  if (!level || level === 'NoTestRun') return { inDeploy: level };
  if (dryRun)
    return {
      inDeploy: level,
      note:
        'note: a check-only deploy runs the tests inside it, before any permission set can be assigned, so tests of ' +
        `user-mode code pass only if you already hold ${ADMIN_PERMISSION_SET} (a previous deploy assigned it).`
    };
  if (kind === 'production')
    return {
      inDeploy: level,
      note:
        'note: Salesforce runs the tests inside a production deploy, before any permission set can be assigned; ' +
        `tests of user-mode code pass only if you already hold ${ADMIN_PERMISSION_SET}.`
    };
  return { inDeploy: 'NoTestRun', after: level };
}

export async function runDeploy(options: DeployOptions): Promise<DeployOutcome> {
  const { log } = options;
  const { api } = options.connection;
  const dirs = deploySourceDirs(options.root, options.withVoice);
  const shipped = shippedFacts(dirs);
  log(`Pre-flight checks on ${options.connection.label}…`);
  const facts = await runPreflight(api, {
    allowProduction: options.allowProduction,
    what: options.dryRun ? 'validate a deploy to' : 'deploy to',
    sourceEnables: {
      omniChannel: shipped.enablesOmniChannel,
      enhancedChat: shipped.enablesMessaging
    },
    caseOrigins: shipped.caseOrigins,
    log
  });
  const tests = testPlan(options.testLevel, options.dryRun, facts.kind);
  if (tests.after && options.connection.via !== 'sf-cli')
    throw new UsageError(
      `--test-level ${tests.after} runs the Apex tests with the Salesforce CLI after the deploy, which needs the CLI's own ` +
        'authorization of the org, not an access token: npx sf org login web --alias <alias>, then --target-org <alias>.'
    );
  if (tests.note) log(`  ${tests.note}`);
  const sender = await resolveAckSender(api, options.ackSender ?? process.env[ACK_SENDER_ENV], log);
  const started = Date.now();
  let last = '';
  log(
    `${options.dryRun ? 'Validating (check only, nothing is saved)' : 'Deploying'} ${dirs
      .map((d) => d.slice(options.root.length + 1))
      .join(', ')}` +
      (tests.inDeploy ? ` with ${tests.inDeploy}` : '') +
      (tests.after ? ` (the Apex tests run after it, ${tests.after})` : '') +
      '…'
  );
  let result: DeployResultLike;
  try {
    result = await (options.deployer ?? sourceDeployRetrieve)({
      dirs,
      projectDirectory: options.root,
      environment: { [ACK_SENDER_ENV]: sender.address },
      testLevel: tests.inDeploy,
      tests: tests.inDeploy === 'RunSpecifiedTests' ? (options.tests ?? []) : [],
      checkOnly: options.dryRun,
      connection: options.connection,
      onComponents: (count) => log(`  ${count} components`),
      onUpdate: (status) => {
        const line = progressLine(status);
        if (line !== last) log(line);
        last = line;
      }
    });
  } catch (error) {
    if (error instanceof ToolError) throw error;
    throw new ToolError(`The deploy could not run: ${(error as Error).message}`, { cause: error });
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  if (!succeeded(result)) {
    const failures = formatFailures(result, options.root);
    log(
      `Deploy ${result.response.status ?? 'failed'} after ${seconds} s; nothing was saved (rollback on error).`
    );
    failures.forEach((line) => log(line));
    return { exitCode: 1, failures };
  }
  const count = Number(result.response.numberComponentsDeployed ?? 0);
  log(`${options.dryRun ? 'Validated' : 'Deployed'} ${count} components in ${seconds} s.`);
  if (options.dryRun) return { exitCode: 0, failures: [] };

  // Fields deployed through the Metadata API give nobody access, not even the admin: assign first.
  log(`Giving you (${options.connection.label}) access to what was deployed…`);
  const manual = await giveOperatorAccess(api, [ADMIN_PERMISSION_SET], false, log);
  if (manual.length > 0) {
    log('Left to do by hand:');
    manual.forEach((step) => log(`  - ${step}`));
  }
  if (!tests.after) return { exitCode: 0, failures: [] };
  log(`Running the Apex tests (${tests.after}) with the Salesforce CLI…`);
  const status = await (options.testRunner ?? sfApexTestRunner(options.root))({
    targetOrg: options.connection.label,
    testLevel: tests.after,
    tests: options.tests ?? [],
    log
  });
  if (status !== 0) {
    log(`Apex tests failed (sf apex run test exit status ${status}); the deploy itself is saved.`);
    return { exitCode: 1, failures: [`Apex tests failed (exit status ${status})`] };
  }
  log('Apex tests passed.');
  return { exitCode: 0, failures: [] };
}
