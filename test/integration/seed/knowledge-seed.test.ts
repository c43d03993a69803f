/**
 * The knowledge articles of `npm run seed` against the fake Salesforce REST API: created as drafts
 * with their topic and data category, published in one request, found again by SeedKey__c so a
 * re-run writes nothing, a draft left behind finished, an article edited in the org left alone, and
 * an org without Lightning Knowledge told so without failing the rest of the seed.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runSeed, type SeedOutcome } from '../../../scripts/seed/seed';
import {
  CATEGORY_GROUP,
  CATEGORY_OF_TOPIC,
  KNOWLEDGE_FILE,
  type KnowledgeFile
} from '../../../scripts/seed/knowledge';
import { DataError } from '../../../scripts/seed/data-files';
import { copyOfRealData, REAL_DATA_DIR, type DataDir } from '../../fakes/seed-data';
import { apiFor } from '../../fakes/salesforce/connect';
import { FakeSalesforce } from '../../fakes/salesforce/server';
import { serviceOrg, type ServiceOrgOptions } from '../../fakes/salesforce/service-org';

const SHIPPED = JSON.parse(
  readFileSync(path.join(REAL_DATA_DIR, KNOWLEDGE_FILE), 'utf8')
) as KnowledgeFile;

let fake: FakeSalesforce;
let data: DataDir;
let log: string[];

async function startOrg(options: ServiceOrgOptions = {}): Promise<void> {
  fake = await FakeSalesforce.start(serviceOrg(options).org);
}

function withArticles(edit?: (file: KnowledgeFile) => void): void {
  data = copyOfRealData();
  const target = path.join(data.dir, KNOWLEDGE_FILE);
  cpSync(path.join(REAL_DATA_DIR, KNOWLEDGE_FILE), target);
  if (edit) {
    const file = JSON.parse(readFileSync(target, 'utf8')) as KnowledgeFile;
    edit(file);
    writeFileSync(target, JSON.stringify(file, null, 2));
  }
}

function seed(dryRun = false): Promise<SeedOutcome> {
  log = [];
  return runSeed({
    api: apiFor(fake),
    dataDir: data.dir,
    dryRun,
    allowProduction: false,
    log: (line) => log.push(line)
  });
}

const articles = () => fake.org.all('Knowledge__kav');
const knowledgeWrites = () =>
  fake.writes.filter(
    (r) =>
      r.path.includes('publishKnowledgeArticles') ||
      JSON.stringify(r.body ?? '').includes('Knowledge__')
  );

afterEach(async () => {
  await fake?.close();
  data?.remove();
});

describe('given a scratch org with Lightning Knowledge where the project is deployed', () => {
  beforeEach(async () => {
    await startOrg();
  });

  it('when seeding, then every article of the data is published once with its topic and its Service_Topics category', async () => {
    withArticles();

    const outcome = await seed();

    expect(outcome.exitCode).toBe(0);
    expect(outcome.knowledge).toMatchObject({
      created: SHIPPED.articles.length,
      published: SHIPPED.articles.length,
      failures: []
    });
    const rows = articles();
    expect(rows).toHaveLength(SHIPPED.articles.length);
    for (const article of SHIPPED.articles) {
      const row = rows.find((r) => r.SeedKey__c === article.key)!;
      expect(row).toMatchObject({
        PublishStatus: 'Online',
        Title: article.title,
        UrlName: article.urlName,
        Topic__c: article.topic,
        Summary: article.summary,
        Answer__c: article.answer
      });
      const categories = fake.org
        .all('Knowledge__DataCategorySelection')
        .filter((s) => s.ParentId === row.Id);
      expect(categories.map((c) => [c.DataCategoryGroupName, c.DataCategoryName])).toEqual([
        [CATEGORY_GROUP, CATEGORY_OF_TOPIC[article.topic]]
      ]);
    }
    // Drafts in one collection, categories in one, publishing in one action request.
    expect(fake.requests.filter((r) => r.path.includes('publishKnowledgeArticles'))).toHaveLength(
      1
    );
    expect(knowledgeWrites()).toHaveLength(3);
    expect(log).toContain(
      `Knowledge articles: ${SHIPPED.articles.length} created, ${SHIPPED.articles.length} published.`
    );
  });

  it('when seeding twice, then the second run finds every article by its seed key and writes no article', async () => {
    withArticles();
    await seed();
    fake.reset();

    const second = await seed();

    expect(second.exitCode).toBe(0);
    expect(knowledgeWrites()).toEqual([]);
    expect(second.knowledge!.plan).toMatchObject({
      create: [],
      finishDrafts: [],
      unchanged: SHIPPED.articles.length,
      differs: []
    });
    expect(articles()).toHaveLength(SHIPPED.articles.length);
  });

  it('when the org stored the answers re-encoded, then the seed still finds them unchanged, but a changed word is a change', async () => {
    withArticles();
    await seed();
    // Salesforce re-encodes rich text it saves: apostrophes and quotes as entities, tags respaced.
    const reencode = (html: string) =>
      html
        .replace(/'/g, '&#39;')
        .replace(/"/g, '&quot;')
        .replace(/<\/p><ol>/g, '</P>\n<OL>');
    for (const row of articles())
      fake.org.assign('Knowledge__kav', row.Id, { Answer__c: reencode(String(row.Answer__c)) });
    const withApostrophe = SHIPPED.articles.find((a) => a.answer.includes("'"))!;
    expect(withApostrophe).toBeDefined();
    fake.reset();

    const second = await seed();

    expect(second.knowledge!.plan).toMatchObject({
      unchanged: SHIPPED.articles.length,
      differs: []
    });
    const row = articles().find((r) => r.SeedKey__c === withApostrophe.key)!;
    fake.org.assign('Knowledge__kav', row.Id, {
      Answer__c: String(row.Answer__c).replace('&#39;', '&#39;s own')
    });
    fake.reset();
    expect((await seed()).knowledge!.plan!.differs.map((a) => a.key)).toEqual([withApostrophe.key]);
  });

  it('when an earlier run stopped before publishing, then the draft is brought up to date and published, not duplicated', async () => {
    withArticles();
    const first = SHIPPED.articles[0]!;
    const draftId = fake.org.add('Knowledge__kav', {
      PublishStatus: 'Draft',
      KnowledgeArticleId: 'kA0000000000001AAA',
      SeedKey__c: first.key,
      Title: 'Old title',
      UrlName: first.urlName,
      Topic__c: first.topic
    });

    const outcome = await seed();

    expect(outcome.exitCode).toBe(0);
    expect(outcome.knowledge!.plan!.finishDrafts).toEqual([
      { article: first, versionId: draftId, changed: true }
    ]);
    expect(articles()).toHaveLength(SHIPPED.articles.length);
    expect(fake.org.get('Knowledge__kav', draftId)).toMatchObject({
      PublishStatus: 'Online',
      Title: first.title,
      Summary: first.summary
    });
  });

  it('when a published article was edited in the org, then the seed leaves it alone and says so', async () => {
    withArticles();
    await seed();
    const edited = articles().find((r) => r.SeedKey__c === SHIPPED.articles[1]!.key)!;
    fake.org.assign('Knowledge__kav', edited.Id, { Title: 'Retitled by a knowledge author' });
    fake.reset();

    const outcome = await seed();

    expect(outcome.exitCode).toBe(0);
    expect(knowledgeWrites()).toEqual([]);
    expect(fake.org.get('Knowledge__kav', edited.Id)!.Title).toBe('Retitled by a knowledge author');
    expect(outcome.knowledge!.plan!.differs.map((a) => a.key)).toEqual([SHIPPED.articles[1]!.key]);
    expect(
      log.some((l) => l.includes(`${SHIPPED.articles[1]!.key}: the published article differs`))
    ).toBe(true);
  });

  it('when a dry run, then it reads the articles, plans them and writes nothing', async () => {
    withArticles();

    const outcome = await seed(true);

    expect(outcome.exitCode).toBe(0);
    expect(fake.writes).toEqual([]);
    expect(outcome.knowledge!.plan!.create).toHaveLength(SHIPPED.articles.length);
  });

  it('when publishing is refused, then the seed fails with the reason and the drafts stay drafts', async () => {
    withArticles((file) => {
      file.articles = file.articles.slice(0, 2);
    });
    // The action refuses its input (as Salesforce does for a version it cannot publish).
    fake.org.publishArticles = (ids: string[]) => ids.slice(0, 1);

    const outcome = await seed();

    expect(outcome.exitCode).toBe(1);
    expect(outcome.knowledge!.published).toBe(0);
    expect(outcome.knowledge!.failures[0]).toMatch(/^publishing 2 article\(s\): not a draft/);
    expect(articles().every((r) => r.PublishStatus === 'Draft')).toBe(true);
  });
});

describe('given an org without Lightning Knowledge', () => {
  beforeEach(async () => {
    await startOrg({ knowledge: false });
  });

  it('when seeding, then everything else is seeded and the log says how to get the articles', async () => {
    withArticles();

    const outcome = await seed();

    expect(outcome.exitCode).toBe(0);
    expect(outcome.knowledge!.skipped).toMatch(/Lightning Knowledge is not enabled in this org/);
    expect(fake.org.all('Account').length).toBeGreaterThan(0);
  });
});

describe('given invalid knowledge data', () => {
  beforeEach(async () => {
    await startOrg();
  });

  it('when two articles share a URL name or a topic is unknown, then nothing is sent and each problem names its path', async () => {
    withArticles((file) => {
      file.articles[1]!.urlName = file.articles[0]!.urlName;
      (file.articles[2] as { topic: string }).topic = 'crypto';
    });

    const attempt = seed();

    await expect(attempt).rejects.toThrow(DataError);
    await expect(attempt).rejects.toThrow(
      /data\/knowledge-articles.json: \$\.articles\[2\]\.topic: must be one of/
    );
    expect(fake.requests).toEqual([]);
  });

  it('when the file is valid but keys repeat, then the duplicate is named', async () => {
    withArticles((file) => {
      file.articles[3]!.key = file.articles[0]!.key;
    });

    await expect(seed()).rejects.toThrow(
      `data/knowledge-articles.json: $.articles[3].key: "${SHIPPED.articles[0]!.key}" is already used by $.articles[0]`
    );
  });
});
