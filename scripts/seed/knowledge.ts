/**
 * The seeded Knowledge articles (data/knowledge-articles.json): each team's common technical
 * issues and workarounds, created in Lightning Knowledge and published, so the case and chat pages
 * have articles to suggest from the first login.
 *
 * Articles are versioned records (Knowledge__kav), so the seed is not an upsert: it finds each
 * article by SeedKey__c among the published and draft versions, then
 *  - creates the missing ones as drafts, with their data category (Knowledge__DataCategorySelection),
 *    and publishes them in one request (standard action publishKnowledgeArticles);
 *  - brings a draft it left behind (a run that stopped before publishing) up to date and publishes it;
 *  - leaves a published article as it is, and reports when its text differs from the data: once
 *    published, an article belongs to the knowledge authors, who edit it in the org.
 * A run against an org that already holds every article reads once and writes nothing.
 *
 * Sources: Object Reference, Knowledge__kav (create/update of draft versions, PublishStatus filter);
 * Actions Developer Guide, Knowledge Actions (publishKnowledgeArticles: articleVersionIdList, pubAction).
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ToolError } from '../lib/cli';
import { SalesforceApiError, soqlList, type OrgApi, type SaveResult } from '../provision/org-api';
import { DataError, schemaProblems, type DataProblem } from './data-files';
import { SEED_SCHEMA_DIR } from './data-model';

export const KNOWLEDGE_FILE = 'knowledge-articles.json';
const KNOWLEDGE_SCHEMA = path.join(SEED_SCHEMA_DIR, 'knowledge-articles.schema.json');

const ARTICLE_OBJECT = 'Knowledge__kav';
const CATEGORY_SELECTION_OBJECT = 'Knowledge__DataCategorySelection';
/** The data category group of force-app/service-org/dataCategoryGroups. */
export const CATEGORY_GROUP = 'Service_Topics';

export type KnowledgeTopic =
  | 'ecommerce_platform'
  | 'financial_advising'
  | 'ai_portfolios'
  | 'trading_platform'
  | 'investment_portfolio';

/** The Service_Topics category of each routing topic. */
export const CATEGORY_OF_TOPIC: Readonly<Record<KnowledgeTopic, string>> = {
  ecommerce_platform: 'Ecommerce_Platform',
  financial_advising: 'Financial_Advising',
  ai_portfolios: 'AI_Portfolios',
  trading_platform: 'Trading_Platform',
  investment_portfolio: 'Investment_Portfolio'
};

export interface KnowledgeArticle {
  key: string;
  title: string;
  urlName: string;
  topic: KnowledgeTopic;
  team: 'ECOMMERCE' | 'ADVISORY' | 'HNW' | 'EXPERTS';
  summary: string;
  answer: string;
}

export interface KnowledgeFile {
  description?: string;
  articles: KnowledgeArticle[];
}

/**
 * Reads and validates data/knowledge-articles.json; undefined when the folder has no such file
 * (a data folder of an older layout seeds everything else).
 */
export function loadKnowledgeArticles(
  dataDir: string,
  displayDir = 'data'
): KnowledgeArticle[] | undefined {
  const file = path.join(dataDir, KNOWLEDGE_FILE);
  if (!statSync(file, { throwIfNoEntry: false })?.isFile()) return undefined;
  const display = `${displayDir}/${KNOWLEDGE_FILE}`;
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new DataError([
      { file: display, path: '$', message: `not valid JSON: ${(error as Error).message}` }
    ]);
  }
  const problems = schemaProblems(value, KNOWLEDGE_SCHEMA, display);
  if (problems.length === 0)
    problems.push(...duplicates((value as KnowledgeFile).articles, display));
  if (problems.length > 0) throw new DataError(problems);
  return (value as KnowledgeFile).articles;
}

function duplicates(articles: KnowledgeArticle[], file: string): DataProblem[] {
  const problems: DataProblem[] = [];
  for (const field of ['key', 'urlName', 'title'] as const) {
    const seen = new Map<string, number>();
    articles.forEach((article, i) => {
      const first = seen.get(article[field]);
      if (first !== undefined)
        problems.push({
          file,
          path: `$.articles[${i}].${field}`,
          message: `"${article[field]}" is already used by $.articles[${first}]`
        });
      else seen.set(article[field], i);
    });
  }
  return problems;
}

/** The fields the seed writes on a version, from one article of the data. */
function articleFields(article: KnowledgeArticle): Record<string, string> {
  return {
    Title: article.title,
    UrlName: article.urlName,
    Summary: article.summary,
    Answer__c: article.answer,
    Topic__c: article.topic,
    SeedKey__c: article.key
  };
}

interface VersionRow {
  Id: string;
  KnowledgeArticleId: string;
  SeedKey__c: string;
  PublishStatus: string;
  [field: string]: unknown;
}

interface KnowledgePlan {
  create: KnowledgeArticle[];
  /** Drafts left by an earlier run: brought up to date and published. */
  finishDrafts: { article: KnowledgeArticle; versionId: string; changed: boolean }[];
  unchanged: number;
  /** Published articles whose text differs from the data (left as they are). */
  differs: KnowledgeArticle[];
}

export interface KnowledgeOutcome {
  plan?: KnowledgePlan;
  created: number;
  published: number;
  failures: string[];
  /** Why nothing was done (Knowledge not enabled, no file). */
  skipped?: string;
}

const COMPARED = ['Title', 'UrlName', 'Summary', 'Answer__c', 'Topic__c'] as const;

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' '
};

/**
 * Rich text as Salesforce may store it: it re-encodes what it saves (an apostrophe as `&#39;`, a
 * quote as `&quot;`) and may respace between tags, so the seed compares the text, not the bytes.
 */
function richTextKey(html: string): string {
  return html
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
      if (!name.startsWith('#')) return ENTITIES[name.toLowerCase()] ?? whole;
      const code = /^#x/i.test(name) ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    })
    .replace(
      /<(\/?)([a-z0-9]+)/gi,
      (_, slash: string, tag: string) => `<${slash}${tag.toLowerCase()}`
    )
    .replace(/>\s+</g, '><')
    .replace(/\s+/g, ' ')
    .trim();
}

function differsFrom(row: VersionRow, article: KnowledgeArticle): boolean {
  const wanted = articleFields(article);
  return COMPARED.some((field) =>
    field === 'Answer__c'
      ? richTextKey(String(row[field] ?? '')) !== richTextKey(String(wanted[field] ?? ''))
      : (row[field] ?? '') !== wanted[field]
  );
}

/** What the seed would do, from the versions the org holds. */
function planKnowledge(
  articles: readonly KnowledgeArticle[],
  online: readonly VersionRow[],
  drafts: readonly VersionRow[]
): KnowledgePlan {
  const onlineByKey = new Map(online.map((row) => [row.SeedKey__c, row]));
  const draftByKey = new Map(drafts.map((row) => [row.SeedKey__c, row]));
  const plan: KnowledgePlan = { create: [], finishDrafts: [], unchanged: 0, differs: [] };
  for (const article of articles) {
    const published = onlineByKey.get(article.key);
    const draft = draftByKey.get(article.key);
    if (published) {
      // A draft of a published article is an author's edit in progress: never published by the seed.
      if (differsFrom(published, article)) plan.differs.push(article);
      else plan.unchanged++;
    } else if (draft) {
      plan.finishDrafts.push({
        article,
        versionId: draft.Id,
        changed: differsFrom(draft, article)
      });
    } else {
      plan.create.push(article);
    }
  }
  return plan;
}

function versionQuery(status: 'Online' | 'Draft', keys: string[]): string {
  return (
    `SELECT Id, KnowledgeArticleId, SeedKey__c, PublishStatus, ${COMPARED.join(', ')} ` +
    `FROM ${ARTICLE_OBJECT} WHERE PublishStatus = '${status}' AND SeedKey__c IN ${soqlList(keys)}`
  );
}

function failureText(result: SaveResult): string {
  return result.errors.map((e) => `${e.statusCode}: ${e.message}`).join('; ');
}

/**
 * Creates, categorises and publishes the seeded articles. With dryRun, reads and reports only.
 * When the org has no Lightning Knowledge (the object is unknown), says so and writes nothing.
 */
export async function seedKnowledge(
  api: OrgApi,
  articles: readonly KnowledgeArticle[],
  options: { dryRun: boolean; log: (line: string) => void }
): Promise<KnowledgeOutcome> {
  const { log } = options;
  const keys = articles.map((a) => a.key);
  let online: VersionRow[];
  let drafts: VersionRow[];
  try {
    [online, drafts] = (await api.queryMany<VersionRow>([
      versionQuery('Online', keys),
      versionQuery('Draft', keys)
    ])) as [VersionRow[], VersionRow[]];
  } catch (error) {
    if (error instanceof SalesforceApiError && error.errorCode === 'INVALID_TYPE') {
      const skipped =
        'Knowledge__kav is unknown to you: Lightning Knowledge is not enabled in this org, or you are not a ' +
        'Knowledge user (npm run deploy sets that flag when a seat is free). The knowledge articles were not ' +
        'seeded. Enable Knowledge or set the flag (README, Knowledge) and run npm run seed again.';
      log(skipped);
      return { created: 0, published: 0, failures: [], skipped };
    }
    throw error;
  }
  const plan = planKnowledge(articles, online, drafts);
  log(
    `Knowledge articles: ${plan.create.length} to create and publish, ${plan.finishDrafts.length} ` +
      `draft(s) to publish, ${plan.unchanged} published and unchanged` +
      (plan.differs.length > 0 ? `, ${plan.differs.length} published and edited in the org` : '') +
      '.'
  );
  for (const article of plan.differs)
    log(
      `  ${article.key}: the published article differs from data/${KNOWLEDGE_FILE}; left as it is ` +
        '(edit it in the org, or archive it and seed again to replace it).'
    );
  if (options.dryRun || (plan.create.length === 0 && plan.finishDrafts.length === 0))
    return { plan, created: 0, published: 0, failures: [] };

  const failures: string[] = [];
  const toPublish: { key: string; versionId: string }[] = [];

  const changedDrafts = plan.finishDrafts.filter((d) => d.changed);
  if (changedDrafts.length > 0) {
    const results = await api.update(
      ARTICLE_OBJECT,
      changedDrafts.map((d) => ({ Id: d.versionId, ...articleFields(d.article) }))
    );
    results.forEach((result, i) => {
      if (!result.success)
        failures.push(`${changedDrafts[i]!.article.key}: ${failureText(result)}`);
    });
  }
  for (const draft of plan.finishDrafts)
    if (!failures.some((f) => f.startsWith(`${draft.article.key}:`)))
      toPublish.push({ key: draft.article.key, versionId: draft.versionId });

  let created = 0;
  const newDrafts: { article: KnowledgeArticle; versionId: string }[] = [];
  if (plan.create.length > 0) {
    const results = await api.create(ARTICLE_OBJECT, plan.create.map(articleFields));
    results.forEach((result, i) => {
      const article = plan.create[i]!;
      if (result.success && result.id) {
        created++;
        newDrafts.push({ article, versionId: result.id });
        toPublish.push({ key: article.key, versionId: result.id });
      } else failures.push(`${article.key}: ${failureText(result)}`);
    });
  }
  await categorise(api, [...newDrafts, ...plan.finishDrafts], failures);

  const published = toPublish.length > 0 ? await publish(api, toPublish, failures) : 0;
  log(
    `Knowledge articles: ${created} created, ${published} published` +
      (failures.length > 0 ? `, ${failures.length} failed:` : '.')
  );
  failures.forEach((f) => log(`  ${f}`));
  return { plan, created, published, failures };
}

/** Gives each draft the Service_Topics category of its topic, unless it already has it. */
async function categorise(
  api: OrgApi,
  drafts: readonly { article: KnowledgeArticle; versionId: string }[],
  failures: string[]
): Promise<void> {
  if (drafts.length === 0) return;
  const existing = await api.query<{ ParentId: string; DataCategoryName: string }>(
    `SELECT ParentId, DataCategoryName FROM ${CATEGORY_SELECTION_OBJECT} ` +
      `WHERE DataCategoryGroupName = '${CATEGORY_GROUP}' AND ParentId IN ${soqlList(drafts.map((d) => d.versionId))}`
  );
  const has = new Set(existing.map((s) => `${s.ParentId}|${s.DataCategoryName}`));
  const missing = drafts.filter(
    (d) => !has.has(`${d.versionId}|${CATEGORY_OF_TOPIC[d.article.topic]}`)
  );
  if (missing.length === 0) return;
  const results = await api.create(
    CATEGORY_SELECTION_OBJECT,
    missing.map((d) => ({
      ParentId: d.versionId,
      DataCategoryGroupName: CATEGORY_GROUP,
      DataCategoryName: CATEGORY_OF_TOPIC[d.article.topic]
    }))
  );
  results.forEach((result, i) => {
    if (!result.success)
      failures.push(`${missing[i]!.article.key} (data category): ${failureText(result)}`);
  });
}

interface ActionResult {
  isSuccess?: boolean;
  errors?: { message?: string; statusCode?: string }[] | null;
  outputValues?: Record<string, unknown> | null;
}

/** Publishes the drafts in one request of the standard action publishKnowledgeArticles. */
async function publish(
  api: OrgApi,
  drafts: readonly { key: string; versionId: string }[],
  failures: string[]
): Promise<number> {
  const answer = await api.send<ActionResult[]>(
    'POST',
    `${api.dataPath}/actions/standard/publishKnowledgeArticles`,
    {
      inputs: [
        { articleVersionIdList: drafts.map((d) => d.versionId), pubAction: 'PUBLISH_ARTICLE' }
      ]
    }
  );
  const result = Array.isArray(answer) ? answer[0] : undefined;
  if (!result) throw new ToolError('publishKnowledgeArticles answered nothing.');
  if (!result.isSuccess) {
    const why = (result.errors ?? []).map((e) => e.message ?? e.statusCode).join('; ');
    failures.push(`publishing ${drafts.length} article(s): ${why || 'refused'}`);
    return 0;
  }
  return drafts.length;
}
