/**
 * `npm run deploy` as a library: pre-flight (org kind, Omni-Channel, Enhanced Chat), then the
 * package directories (and optional/voice on request) through source-deploy-retrieve, with
 * progress while the org works and readable failures at the end. The deployer is injectable so
 * the steps around it are tested without an org.
 */
import { ToolError, UsageError } from '../lib/cli';
import type { OrgConnection } from '../provision/connection';
import { runPreflight } from '../provision/preflight';
import {
  formatFailures,
  progressLine,
  succeeded,
  type DeployResultLike,
  type DeployStatusLike
} from './report';
import { ACK_SENDER_ENV, resolveAckSender } from './ack-sender';
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
    return (await deploy.pollStatus(3000, 60 * 60)) as unknown as DeployResultLike;
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
}

export interface DeployOutcome {
  exitCode: number;
  failures: string[];
}

export async function runDeploy(options: DeployOptions): Promise<DeployOutcome> {
  const { log } = options;
  const dirs = deploySourceDirs(options.root, options.withVoice);
  const shipped = shippedFacts(dirs);
  log(`Pre-flight checks on ${options.connection.label}…`);
  await runPreflight(options.connection.api, {
    allowProduction: options.allowProduction,
    what: options.dryRun ? 'validate a deploy to' : 'deploy to',
    sourceEnables: {
      omniChannel: shipped.enablesOmniChannel,
      enhancedChat: shipped.enablesMessaging
    },
    log
  });
  const sender = await resolveAckSender(
    options.connection.api,
    options.ackSender ?? process.env[ACK_SENDER_ENV],
    log
  );
  const started = Date.now();
  let last = '';
  log(
    `${options.dryRun ? 'Validating (check only, nothing is saved)' : 'Deploying'} ${dirs
      .map((d) => d.slice(options.root.length + 1))
      .join(', ')}` +
      (options.testLevel ? ` with ${options.testLevel}` : '') +
      '…'
  );
  let result: DeployResultLike;
  try {
    result = await (options.deployer ?? sourceDeployRetrieve)({
      dirs,
      projectDirectory: options.root,
      environment: { [ACK_SENDER_ENV]: sender.address },
      testLevel: options.testLevel,
      tests: options.tests ?? [],
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
    throw new ToolError(`The deploy could not run: ${(error as Error).message}`, { cause: error });
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  if (succeeded(result)) {
    const count = Number(result.response.numberComponentsDeployed ?? 0);
    log(`${options.dryRun ? 'Validated' : 'Deployed'} ${count} components in ${seconds} s.`);
    return { exitCode: 0, failures: [] };
  }
  const failures = formatFailures(result, options.root);
  log(
    `Deploy ${result.response.status ?? 'failed'} after ${seconds} s; nothing was saved (rollback on error).`
  );
  failures.forEach((line) => log(line));
  return { exitCode: 1, failures };
}
