/**
 * Connecting to an org, the way every provisioning command does it:
 *  - the sf CLI's stored authorization (an alias or username, or the CLI's default target org),
 *    through @salesforce/core, so `npx sf org login web` is all a user needs;
 *  - or an access token and instance URL from the environment (CI jobs and the tests' fake API):
 *    OMNI_DESK_INSTANCE_URL and OMNI_DESK_ACCESS_TOKEN.
 * Libraries are loaded on demand: the offline paths never pay for them.
 */
import type { Connection as CoreConnection } from '@salesforce/core';
import { ToolError, UsageError } from '../lib/cli';
import { OrgApi, type RestTransport } from './org-api';

export const ENV_INSTANCE_URL = 'OMNI_DESK_INSTANCE_URL';
export const ENV_ACCESS_TOKEN = 'OMNI_DESK_ACCESS_TOKEN';

export interface OrgConnection {
  api: OrgApi;
  /** What the user would type to mean this org again (alias, username or instance URL). */
  label: string;
  instanceUrl: string;
  /** How the connection was made. */
  via: 'sf-cli' | 'access-token';
  /** The @salesforce/core connection (source-deploy-retrieve deploys through it). */
  core(): Promise<CoreConnection>;
}

export const HOW_TO_CONNECT = [
  'Connect an org with the Salesforce CLI (installed with this project):',
  '  npx sf org login web --alias my-org            # a sandbox: add --instance-url https://test.salesforce.com',
  'then pass it: --target-org my-org (or make it the default: npx sf config set target-org my-org).',
  'To create a scratch org instead, connect a Dev Hub and run npm start:',
  '  npx sf org login web --set-default-dev-hub --alias devhub'
].join('\n');

/** The org named on the command line, else the CLI's default target org; undefined when neither exists. */
async function resolveTargetOrg(flag: string | undefined): Promise<string | undefined> {
  if (flag) return flag;
  const { ConfigAggregator, OrgConfigProperties } = await import('@salesforce/core');
  const config = await ConfigAggregator.create();
  const value = config.getPropertyValue(OrgConfigProperties.TARGET_ORG);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/**
 * An instance URL the access token may be sent to: https, or http to this machine (a local fake
 * or proxy: the token never crosses a network). Anything else would send the token in clear text.
 */
export function checkInstanceUrl(value: string, source: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(
      `${source} is not a URL: "${value}" (expected e.g. https://mydomain.my.salesforce.com)`
    );
  }
  if (url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.test(url.hostname)))
    return value;
  throw new UsageError(
    `${source} must be an https:// URL, got "${value}": the access token would travel unencrypted ` +
      '(http is accepted only for localhost)'
  );
}

export function tokenFromEnvironment(
  env: NodeJS.ProcessEnv = process.env
): { instanceUrl: string; accessToken: string } | undefined {
  const instanceUrl = env[ENV_INSTANCE_URL];
  const accessToken = env[ENV_ACCESS_TOKEN];
  if (!instanceUrl && !accessToken) return undefined;
  if (!instanceUrl || !accessToken)
    throw new UsageError(`Set both ${ENV_INSTANCE_URL} and ${ENV_ACCESS_TOKEN}, or neither.`);
  return { instanceUrl: checkInstanceUrl(instanceUrl, ENV_INSTANCE_URL), accessToken };
}

/** A connection from an access token: jsforce directly, core only when a deploy needs it. */
export async function connectWithToken(
  instanceUrl: string,
  accessToken: string,
  apiVersion: string
): Promise<OrgConnection> {
  checkInstanceUrl(instanceUrl, 'the instance URL');
  const { Connection } = await import('jsforce');
  const conn = new Connection({ instanceUrl, accessToken, version: apiVersion });
  let core: CoreConnection | undefined;
  return {
    api: new OrgApi(conn as unknown as RestTransport, apiVersion),
    label: instanceUrl,
    instanceUrl,
    via: 'access-token',
    async core() {
      if (!core) {
        const { AuthInfo, Connection: Core } = await import('@salesforce/core');
        const authInfo = await AuthInfo.create({
          accessTokenOptions: { accessToken, instanceUrl, loginUrl: instanceUrl }
        });
        core = await Core.create({ authInfo, connectionOptions: { version: apiVersion } });
      }
      return core;
    }
  };
}

/** A connection from the sf CLI's stored authorization for an alias or username. */
export async function connectWithCli(
  aliasOrUsername: string,
  apiVersion: string
): Promise<OrgConnection> {
  const { Org } = await import('@salesforce/core');
  let org;
  try {
    org = await Org.create({ aliasOrUsername });
  } catch (error) {
    throw new ToolError(
      `No usable authorization for "${aliasOrUsername}" in the Salesforce CLI (${(error as Error).message}).\n` +
        `Log in again: npx sf org login web --alias ${aliasOrUsername}`,
      { cause: error }
    );
  }
  const connection = org.getConnection(apiVersion);
  checkInstanceUrl(
    connection.instanceUrl,
    `the instance URL the Salesforce CLI stored for "${aliasOrUsername}"`
  );
  return {
    api: new OrgApi(connection as unknown as RestTransport, apiVersion),
    label: aliasOrUsername,
    instanceUrl: connection.instanceUrl,
    via: 'sf-cli',
    core: async () => connection
  };
}

/**
 * Refuses an access token in the environment together with --target-org: they may name two orgs,
 * and writing to the token's org when the admin named another would be the worst guess.
 */
export function refuseTwoOrgs(
  token: { instanceUrl: string } | undefined,
  targetOrg: string | undefined
): void {
  if (token && targetOrg)
    throw new UsageError(
      `--target-org ${targetOrg} names one org and ${ENV_INSTANCE_URL} (${token.instanceUrl}) another: ` +
        `unset ${ENV_INSTANCE_URL} and ${ENV_ACCESS_TOKEN} to use ${targetOrg}, or drop --target-org to use the token's org.`
    );
}

/**
 * The org to work on: the environment's access token, else --target-org or the CLI default; both
 * at once is refused, since they may name two orgs.
 * Returns undefined when nothing is connected (callers decide whether that is an error).
 */
export async function connect(
  targetOrg: string | undefined,
  apiVersion: string,
  env: NodeJS.ProcessEnv = process.env
): Promise<OrgConnection | undefined> {
  const token = tokenFromEnvironment(env);
  refuseTwoOrgs(token, targetOrg);
  if (token) return connectWithToken(token.instanceUrl, token.accessToken, apiVersion);
  const target = await resolveTargetOrg(targetOrg);
  return target ? connectWithCli(target, apiVersion) : undefined;
}

/** Like connect, but no org is an error that says how to connect one. */
export async function requireConnection(
  targetOrg: string | undefined,
  apiVersion: string,
  env: NodeJS.ProcessEnv = process.env
): Promise<OrgConnection> {
  const connection = await connect(targetOrg, apiVersion, env);
  if (!connection)
    throw new UsageError(
      `No org is connected (no --target-org and no default org).\n${HOW_TO_CONNECT}`
    );
  return connection;
}
