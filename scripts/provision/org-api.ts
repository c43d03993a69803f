/**
 * The few Salesforce REST resources provisioning uses, over any jsforce-style connection
 * (jsforce's own Connection in tests, @salesforce/core's Connection from the sf CLI's auth).
 * Every HTTP request goes through `send`, which counts it: the seed reports the count and the tests
 * assert it. Batching limits are the platform's: 25 subrequests per composite batch, 200 records per
 * sObject collection.
 */
import { ToolError } from '../lib/cli';

/** What a connection must offer: jsforce's `request` (relative URLs resolve on the instance URL). */
export interface RestTransport {
  request(request: {
    method: string;
    url: string;
    body?: string;
    headers?: Record<string, string>;
  }): Promise<unknown>;
}

const COLLECTION_LIMIT = 200;
const BATCH_LIMIT = 25;

interface RecordError {
  statusCode: string;
  message: string;
  fields?: string[];
}

/** One row of an sObject collection response, in request order. */
export interface SaveResult {
  id?: string | null;
  success: boolean;
  created?: boolean;
  errors: RecordError[];
}

export interface QueryResult<T> {
  totalSize: number;
  done: boolean;
  records: T[];
  nextRecordsUrl?: string;
}

export interface SubResult {
  statusCode: number;
  result: unknown;
}

export interface SObjectRecord {
  Id: string;
  [field: string]: unknown;
}

/** A REST call Salesforce answered with an error: the code (INVALID_TYPE, …) tells what to say. */
export class SalesforceApiError extends ToolError {
  constructor(
    readonly errorCode: string,
    message: string,
    readonly request: string
  ) {
    super(`${request}: ${errorCode}: ${message}`);
    this.name = 'SalesforceApiError';
  }
}

/** Salesforce answers errors as `[{errorCode, message}]`; jsforce raises them with `errorCode`. */
function apiErrorFrom(error: unknown, request: string): SalesforceApiError {
  const err = error as { errorCode?: unknown; message?: unknown; name?: unknown };
  const code =
    typeof err?.errorCode === 'string'
      ? err.errorCode
      : typeof err?.name === 'string'
        ? err.name
        : 'ERROR';
  const message = typeof err?.message === 'string' ? err.message : String(error);
  return new SalesforceApiError(code, message, request);
}

/** An error inside a composite batch result: `[{errorCode, message}]`. */
function subrequestError(sub: SubResult, request: string): SalesforceApiError {
  const first = Array.isArray(sub.result) ? (sub.result[0] as Record<string, unknown>) : undefined;
  return new SalesforceApiError(
    typeof first?.errorCode === 'string' ? first.errorCode : `HTTP_${sub.statusCode}`,
    typeof first?.message === 'string' ? first.message : JSON.stringify(sub.result),
    request
  );
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** A SOQL string literal: quotes and backslashes escaped. */
export function soqlString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

export function soqlList(values: Iterable<string>): string {
  const list = [...new Set(values)].map(soqlString);
  return list.length === 0 ? "('')" : `(${list.join(', ')})`;
}

export interface UserInfo {
  userId: string;
  orgId: string;
  username: string;
}

export class OrgApi {
  /** Every HTTP request sent, in order: `METHOD path`. */
  readonly sent: string[] = [];

  constructor(
    private readonly transport: RestTransport,
    readonly apiVersion: string
  ) {}

  get requestCount(): number {
    return this.sent.length;
  }

  get dataPath(): string {
    return `/services/data/v${this.apiVersion}`;
  }

  /** One HTTP request, counted; failures become SalesforceApiError. */
  async send<T>(method: string, url: string, body?: unknown): Promise<T> {
    const label = `${method} ${url.split('?')[0]}`;
    this.sent.push(label);
    try {
      return (await this.transport.request({
        method,
        url,
        ...(body === undefined
          ? {}
          : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } })
      })) as T;
    } catch (error) {
      throw apiErrorFrom(error, label);
    }
  }

  /** The running user and org (OAuth userinfo). */
  async userInfo(): Promise<UserInfo> {
    const info = await this.send<{
      user_id?: string;
      organization_id?: string;
      preferred_username?: string;
    }>('GET', '/services/oauth2/userinfo');
    if (!info?.user_id || !info.organization_id) {
      throw new ToolError('The org did not say who is connected (oauth2/userinfo had no user_id).');
    }
    return {
      userId: info.user_id,
      orgId: info.organization_id,
      username: info.preferred_username ?? ''
    };
  }

  /** All records of a SOQL query, following nextRecordsUrl. */
  async query<T = SObjectRecord>(soql: string): Promise<T[]> {
    const first = await this.send<QueryResult<T>>(
      'GET',
      `${this.dataPath}/query?q=${encodeURIComponent(soql)}`
    );
    return this.rest(first);
  }

  /** The remaining pages of a query whose first page is already here. */
  async rest<T>(page: QueryResult<T>): Promise<T[]> {
    const records = [...page.records];
    let next = page.done ? undefined : page.nextRecordsUrl;
    while (next) {
      const more: QueryResult<T> = await this.send('GET', next);
      records.push(...more.records);
      next = more.done ? undefined : more.nextRecordsUrl;
    }
    return records;
  }

  /**
   * Independent GETs (queries, describes) in composite batches of 25: one request per 25.
   * `urls` are relative to /services/data, e.g. `v65.0/query?q=…`. Results come back in order.
   */
  async batch(urls: string[]): Promise<SubResult[]> {
    const results: SubResult[] = [];
    for (const part of chunks(urls, BATCH_LIMIT)) {
      const response = await this.send<{ results: SubResult[] }>(
        'POST',
        `${this.dataPath}/composite/batch`,
        { haltOnError: false, batchRequests: part.map((url) => ({ method: 'GET', url })) }
      );
      if (!response || !Array.isArray(response.results) || response.results.length !== part.length)
        throw new ToolError('The composite batch answer did not match its requests.');
      results.push(...response.results);
    }
    return results;
  }

  /** Several queries in composite batches; each query's remaining pages are fetched after. */
  async queryMany<T = SObjectRecord>(soqls: string[]): Promise<T[][]> {
    const subs = await this.batch(
      soqls.map((soql) => `v${this.apiVersion}/query?q=${encodeURIComponent(soql)}`)
    );
    const out: T[][] = [];
    for (const [i, sub] of subs.entries()) {
      if (sub.statusCode >= 300) throw subrequestError(sub, `query ${soqls[i]}`);
      out.push(await this.rest(sub.result as QueryResult<T>));
    }
    return out;
  }

  /** Upserts one object's records by an external id field: one request per 200. */
  async upsert(
    sobject: string,
    externalIdField: string,
    records: Record<string, unknown>[]
  ): Promise<SaveResult[]> {
    return this.collections(records, (part) =>
      this.send<SaveResult[]>(
        'PATCH',
        `${this.dataPath}/composite/sobjects/${sobject}/${externalIdField}`,
        {
          allOrNone: false,
          records: part.map((r) => ({ attributes: { type: sobject }, ...r }))
        }
      )
    );
  }

  async create(sobject: string, records: Record<string, unknown>[]): Promise<SaveResult[]> {
    return this.collections(records, (part) =>
      this.send<SaveResult[]>('POST', `${this.dataPath}/composite/sobjects`, {
        allOrNone: false,
        records: part.map((r) => ({ attributes: { type: sobject }, ...r }))
      })
    );
  }

  /** Updates records by Id (each record carries `Id`). */
  async update(sobject: string, records: Record<string, unknown>[]): Promise<SaveResult[]> {
    return this.collections(records, (part) =>
      this.send<SaveResult[]>('PATCH', `${this.dataPath}/composite/sobjects`, {
        allOrNone: false,
        records: part.map((r) => ({ attributes: { type: sobject }, ...r }))
      })
    );
  }

  async destroy(ids: string[]): Promise<SaveResult[]> {
    return this.collections(ids, (part) =>
      this.send<SaveResult[]>(
        'DELETE',
        `${this.dataPath}/composite/sobjects?ids=${part.join(',')}&allOrNone=false`
      )
    );
  }

  /** Updates one record (the few single-record writes, such as activating a channel). */
  async patch(sobject: string, id: string, fields: Record<string, unknown>): Promise<void> {
    await this.send('PATCH', `${this.dataPath}/sobjects/${sobject}/${id}`, fields);
  }

  async describe(sobject: string): Promise<DescribeResult> {
    return this.send<DescribeResult>('GET', `${this.dataPath}/sobjects/${sobject}/describe`);
  }

  private async collections<T>(
    items: T[],
    write: (part: T[]) => Promise<SaveResult[]>
  ): Promise<SaveResult[]> {
    const results: SaveResult[] = [];
    for (const part of chunks(items, COLLECTION_LIMIT)) {
      const answer = await write(part);
      if (!Array.isArray(answer) || answer.length !== part.length)
        throw new ToolError('The sObject collection answer did not match its records.');
      results.push(...answer);
    }
    return results;
  }
}

interface DescribeField {
  name: string;
  type: string;
  externalId?: boolean;
  unique?: boolean;
  createable?: boolean;
  updateable?: boolean;
  picklistValues?: { value: string; active: boolean }[];
}

export interface DescribeResult {
  name: string;
  fields: DescribeField[];
}
