/**
 * A fake of the Salesforce REST API on loopback, for the provisioning tests. It implements exactly
 * the resources the scripts use, and nothing else:
 *   GET    /services/oauth2/userinfo
 *   GET    /services/data/vXX.X/query?q=…            (and the query/<cursor> pages)
 *   POST   /services/data/vXX.X/composite/batch        (GET subrequests only, at most 25)
 *   POST   /services/data/vXX.X/composite/sobjects      (create, at most 200)
 *   PATCH  /services/data/vXX.X/composite/sobjects      (update by Id, at most 200)
 *   PATCH  /services/data/vXX.X/composite/sobjects/{Object}/{ExternalIdField} (upsert, at most 200)
 *   DELETE /services/data/vXX.X/composite/sobjects?ids=…
 *   GET    /services/data/vXX.X/sobjects/{Object}/describe
 *   PATCH  /services/data/vXX.X/sobjects/{Object}/{Id}
 *   any    /services/apexrest/{path}                   (only the Apex REST resources a test installs)
 * Any other request gets 404 NOT_FOUND (or 400 for a malformed one), so a script calling
 * something the fake does not know fails its test instead of passing by accident. Every HTTP
 * request is recorded.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiFault, FakeOrg } from './org';
import { SCHEMA } from './schema';

export interface RecordedRequest {
  method: string;
  /** Path without the query string, e.g. /services/data/v65.0/composite/sobjects/Account/SeedKey__c */
  path: string;
  search: URLSearchParams;
  body: unknown;
  status: number;
  /** composite/batch: the subrequests' URLs. */
  subrequests?: string[];
}

export interface FakeSalesforceOptions {
  accessToken?: string;
  /** Query page size (Salesforce: 2000). */
  pageSize?: number;
  /** The connected user's Id (default: the first user of the org). */
  userId?: string;
}

const COLLECTION_LIMIT = 200;
const BATCH_LIMIT = 25;

export type Reply = { status: number; body?: unknown };

/** An Apex REST resource the test installs (the deployed class's behaviour, e.g. the IVR intake). */
export type ApexRestHandler = (body: unknown) => Reply;

const fault = (status: number, errorCode: string, message: string): Reply => ({
  status,
  body: [{ errorCode, message }]
});

export class FakeSalesforce {
  readonly requests: RecordedRequest[] = [];
  private readonly cursors = new Map<string, unknown[]>();
  private readonly apexRest = new Map<string, ApexRestHandler>();
  private cursorCount = 0;
  private constructor(
    readonly org: FakeOrg,
    private readonly server: Server,
    readonly url: string,
    readonly accessToken: string,
    private readonly options: FakeSalesforceOptions
  ) {}

  static async start(org: FakeOrg, options: FakeSalesforceOptions = {}): Promise<FakeSalesforce> {
    const holder: { fake?: FakeSalesforce } = {};
    const server = createServer((req, res) => void holder.fake!.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    holder.fake = new FakeSalesforce(
      org,
      server,
      `http://127.0.0.1:${port}`,
      options.accessToken ?? '00DFAKE!token',
      options
    );
    return holder.fake;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve, reject) =>
      this.server.close((e) => (e ? reject(e) : resolve()))
    );
  }

  /** Requests that change data (everything but reads and read-only composite batches). */
  get writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET' && !r.path.endsWith('/composite/batch'));
  }

  /** Answers `method /services/apexrest/<path>` (path without a leading slash, e.g. `ivr/intake`). */
  onApexRest(method: string, path: string, handler: ApexRestHandler): void {
    this.apexRest.set(`${method} ${path}`, handler);
  }

  reset(): void {
    this.requests.length = 0;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const text = await new Promise<string>((resolve) => {
      let data = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (data += chunk));
      req.on('end', () => resolve(data));
    });
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      search: url.searchParams,
      body: undefined,
      status: 0
    };
    this.requests.push(recorded);
    let reply: Reply;
    if (req.headers.authorization !== `Bearer ${this.accessToken}`) {
      reply = fault(401, 'INVALID_SESSION_ID', 'Session expired or invalid');
    } else {
      try {
        recorded.body = text === '' ? undefined : JSON.parse(text);
        reply = this.route(recorded.method, url, recorded.body, recorded);
      } catch (error) {
        reply =
          error instanceof ApiFault
            ? fault(error.status, error.errorCode, error.message)
            : error instanceof SyntaxError
              ? fault(400, 'JSON_PARSER_ERROR', error.message)
              : fault(500, 'UNKNOWN_EXCEPTION', String((error as Error).stack ?? error));
      }
    }
    recorded.status = reply.status;
    if (reply.body === undefined) {
      res.writeHead(reply.status);
      res.end();
    } else {
      res.writeHead(reply.status, { 'content-type': 'application/json;charset=UTF-8' });
      res.end(JSON.stringify(reply.body));
    }
  }

  private route(method: string, url: URL, body: unknown, recorded?: RecordedRequest): Reply {
    const path = url.pathname;
    if (path === '/services/oauth2/userinfo' && method === 'GET') return this.userInfo();
    if (path.startsWith('/services/apexrest/')) {
      const handler = this.apexRest.get(`${method} ${path.slice('/services/apexrest/'.length)}`);
      if (!handler)
        return fault(
          404,
          'NOT_FOUND',
          `Could not find a match for URL ${path.slice('/services/apexrest'.length)}`
        );
      return handler(body);
    }
    const data = /^\/services\/data\/v(\d+\.\d)(\/.*)$/.exec(path);
    if (!data)
      return fault(404, 'NOT_FOUND', `The requested resource does not exist: ${method} ${path}`);
    const rest = data[2]!;
    const parts = rest.split('/').filter(Boolean);
    const prefix = `/services/data/v${data[1]}`;

    if (method === 'GET' && rest === '/query') {
      const q = url.searchParams.get('q');
      if (!q) return fault(400, 'MALFORMED_QUERY', 'q is required');
      return { status: 200, body: this.page(this.org.query(q), prefix) };
    }
    if (method === 'GET' && parts[0] === 'query' && parts.length === 2) {
      const remaining = this.cursors.get(parts[1]!);
      if (!remaining) return fault(400, 'INVALID_QUERY_LOCATOR', 'invalid query locator');
      this.cursors.delete(parts[1]!);
      return { status: 200, body: this.page(remaining, prefix) };
    }
    if (method === 'POST' && rest === '/composite/batch') return this.batch(body, recorded);
    if (method === 'POST' && rest === '/actions/standard/publishKnowledgeArticles')
      return this.publishKnowledge(body);
    if (parts[0] === 'composite' && parts[1] === 'sobjects')
      return this.collection(method, parts, url, body);
    if (
      method === 'GET' &&
      parts[0] === 'sobjects' &&
      parts.length === 3 &&
      parts[2] === 'describe'
    )
      return this.describe(parts[1]!);
    if (method === 'PATCH' && parts[0] === 'sobjects' && parts.length === 3) {
      if (!SCHEMA[parts[1]!] || !this.org.isAvailable(parts[1]!))
        return fault(404, 'NOT_FOUND', `The requested resource does not exist`);
      this.org.patchOne(parts[1]!, parts[2]!, asObject(body));
      return { status: 204 };
    }
    return fault(404, 'NOT_FOUND', `The fake Salesforce API does not implement ${method} ${path}`);
  }

  private userInfo(): Reply {
    const user = this.options.userId
      ? this.org.get('User', this.options.userId)
      : this.org.all('User')[0];
    if (!user) return fault(403, 'NO_USER', 'the fake org has no user to connect as');
    return {
      status: 200,
      body: {
        user_id: user.Id,
        organization_id: this.org.organizationId,
        preferred_username: user.Username
      }
    };
  }

  private page(rows: unknown[], prefix: string): unknown {
    const size = this.options.pageSize ?? 2000;
    const first = rows.slice(0, size);
    const rest = rows.slice(size);
    if (rest.length === 0) return { totalSize: rows.length, done: true, records: first };
    const cursor = `01gFAKE${++this.cursorCount}-${size}`;
    this.cursors.set(cursor, rest);
    return {
      totalSize: rows.length,
      done: false,
      nextRecordsUrl: `${prefix}/query/${cursor}`,
      records: first
    };
  }

  private batch(body: unknown, recorded?: RecordedRequest): Reply {
    const requests = (asObject(body).batchRequests ?? null) as
      { method?: string; url?: string }[] | null;
    if (!Array.isArray(requests))
      return fault(400, 'INVALID_BATCH_REQUEST', 'batchRequests is required');
    if (requests.length > BATCH_LIMIT)
      return fault(
        400,
        'INVALID_BATCH_REQUEST',
        `A batch can contain at most ${BATCH_LIMIT} subrequests`
      );
    if (recorded) recorded.subrequests = requests.map((r) => `${r.method} ${r.url}`);
    const results = requests.map((sub) => {
      if (sub.method !== 'GET' || typeof sub.url !== 'string')
        return {
          statusCode: 400,
          result: [
            { errorCode: 'INVALID_BATCH_REQUEST', message: 'the fake batches GET subrequests only' }
          ]
        };
      const url = new URL(
        `/services/data/${sub.url.replace(/^\/?(services\/data\/)?/, '')}`,
        this.url
      );
      let reply: Reply;
      try {
        reply = this.route('GET', url, undefined);
      } catch (error) {
        if (!(error instanceof ApiFault)) throw error;
        reply = fault(error.status, error.errorCode, error.message);
      }
      return { statusCode: reply.status, result: reply.body ?? null };
    });
    return { status: 200, body: { hasErrors: results.some((r) => r.statusCode >= 400), results } };
  }

  private collection(method: string, parts: string[], url: URL, body: unknown): Reply {
    if (method === 'DELETE' && parts.length === 2) {
      const ids = (url.searchParams.get('ids') ?? '').split(',').filter(Boolean);
      if (ids.length === 0) return fault(400, 'MISSING_ARGUMENT', 'ids is required');
      if (ids.length > COLLECTION_LIMIT)
        return fault(
          400,
          'EXCEEDED_ID_LIMIT',
          `record limit reached. cannot submit more than ${COLLECTION_LIMIT} records into this call`
        );
      return { status: 200, body: this.org.destroy(ids) };
    }
    const payload = asObject(body);
    const records = payload.records;
    if (!Array.isArray(records)) return fault(400, 'JSON_PARSER_ERROR', 'records is required');
    if (records.length > COLLECTION_LIMIT)
      return fault(
        400,
        'EXCEEDED_ID_LIMIT',
        `record limit reached. cannot submit more than ${COLLECTION_LIMIT} records into this call`
      );
    const allOrNone = payload.allOrNone === true;
    if (method === 'POST' && parts.length === 2)
      return { status: 200, body: this.org.collection('create', records, allOrNone) };
    if (method === 'PATCH' && parts.length === 2)
      return { status: 200, body: this.org.collection('update', records, allOrNone) };
    if (method === 'PATCH' && parts.length === 4) {
      const [, , object, field] = parts as [string, string, string, string];
      const def = SCHEMA[object];
      if (!def || !this.org.isAvailable(object))
        return fault(404, 'NOT_FOUND', `The requested resource does not exist`);
      const fieldDef = def.fields[field];
      if (!fieldDef || (!fieldDef.externalId && !fieldDef.idLookup))
        return fault(
          400,
          'INVALID_FIELD',
          `Field ${field} is not an external id field of ${object}`
        );
      if (
        records.some((r) => (r as { attributes?: { type?: string } }).attributes?.type !== object)
      )
        return fault(
          400,
          'INVALID_TYPE',
          `every record of an upsert to ${object} must be a ${object}`
        );
      return { status: 200, body: this.org.collection('upsert', records, allOrNone, field) };
    }
    return fault(
      404,
      'NOT_FOUND',
      `The fake Salesforce API does not implement ${method} ${url.pathname}`
    );
  }

  /** One input, as the seed sends it: {inputs: [{articleVersionIdList, pubAction}]}. */
  private publishKnowledge(body: unknown): Reply {
    if (!this.org.isAvailable('Knowledge__kav'))
      return fault(404, 'NOT_FOUND', 'The requested resource does not exist');
    const inputs = asObject(body).inputs as
      { articleVersionIdList?: unknown; pubAction?: unknown }[] | undefined;
    if (!Array.isArray(inputs) || inputs.length === 0)
      return fault(400, 'JSON_PARSER_ERROR', 'inputs is required');
    return {
      status: 200,
      body: inputs.map((input) => {
        const ids = input.articleVersionIdList;
        if (!Array.isArray(ids) || input.pubAction !== 'PUBLISH_ARTICLE')
          return {
            actionName: 'publishKnowledgeArticles',
            isSuccess: false,
            errors: [
              {
                statusCode: 'REQUIRED_FIELD_MISSING',
                message: 'articleVersionIdList and pubAction are required'
              }
            ],
            outputValues: null
          };
        const refused = this.org.publishArticles(ids as string[]);
        return refused.length === 0
          ? {
              actionName: 'publishKnowledgeArticles',
              isSuccess: true,
              errors: null,
              outputValues: Object.fromEntries(
                ids.map((id) => [String(id).slice(0, 15), 'Success'])
              )
            }
          : {
              actionName: 'publishKnowledgeArticles',
              isSuccess: false,
              errors: [
                {
                  statusCode: 'INVALID_ID_FIELD',
                  message: `not a draft article version: ${refused.join(', ')}`
                }
              ],
              outputValues: null
            };
      })
    };
  }

  private describe(object: string): Reply {
    const def = SCHEMA[object];
    if (!def || !this.org.isAvailable(object))
      return fault(404, 'NOT_FOUND', 'The requested resource does not exist');
    return {
      status: 200,
      body: {
        name: object,
        keyPrefix: def.keyPrefix,
        createable: def.createable !== false,
        fields: Object.entries(def.fields).map(([name, field]) => ({
          name,
          type: field.type,
          createable: field.createable === true,
          updateable: field.updateable === true,
          filterable: field.filterable !== false,
          externalId: field.externalId === true,
          unique: field.unique === true,
          nillable: !field.required,
          referenceTo: field.referenceTo ?? [],
          picklistValues: (field.values ?? []).map((value) => ({
            value,
            label: value,
            active: true
          }))
        }))
      }
    };
  }
}

function asObject(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new ApiFault(400, 'JSON_PARSER_ERROR', 'the request body must be a JSON object');
  return body as Record<string, unknown>;
}
