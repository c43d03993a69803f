/**
 * The labelled corpus (data/corpus/messages.jsonl): generated from the situations, labelled by
 * the business rules, and varied the way customers really write.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../../scripts/lib/project';
import { readCorpus } from '../../../scripts/simulate/corpus';
import {
  ACCOUNT_MANAGERS,
  buildCorpus,
  corpusJsonl,
  CORPUS_FILE,
  destinationOf,
  type CorpusLine
} from '../../../scripts/simulate/corpus-build';

const root = repoRoot();
const lines: CorpusLine[] = readFileSync(path.join(root, CORPUS_FILE), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as CorpusLine);

describe('corpus', () => {
  it('given the situations, when the corpus is built, then the committed file is exactly its output (run `npm run corpus` after editing them)', () => {
    expect(readFileSync(path.join(root, CORPUS_FILE), 'utf8')).toBe(corpusJsonl(buildCorpus()));
  });

  it('has at least 400 messages with unique ids, readable by the simulator', () => {
    expect(lines.length).toBeGreaterThanOrEqual(400);
    expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length);
    expect(readCorpus(CORPUS_FILE, root)).toHaveLength(lines.length);
  });

  it('labels every message with the team and group the business rules give its true segment, topic and issue type', () => {
    for (const line of lines) {
      const { team, group } = destinationOf(line.segment, line.truth.topic, line.truth.issueType);
      expect({ id: line.id, team: line.truth.team, group: line.truth.group }).toEqual({
        id: line.id,
        team,
        group
      });
    }
  });

  it('covers every destination on every channel, for both segments', () => {
    const seen = new Set(lines.map((l) => `${l.channel}|${l.truth.team}/${l.truth.group ?? ''}`));
    for (const channel of ['phone', 'email', 'chat'])
      for (const destination of [
        'ECOMMERCE/',
        'ADVISORY/',
        'EXPERTS/AI_PORTFOLIOS',
        'EXPERTS/TRADING_PLATFORM',
        'HNW/ACCOUNT_MANAGER',
        'HNW/DIRECTOR',
        'TRIAGE/'
      ])
        expect(seen).toContain(`${channel}|${destination}`);
    expect(lines.filter((l) => l.segment === 'HNW').length).toBeGreaterThan(100);
  });

  it('tells HNW complaints about the manager from mentions of the manager and from complaints about someone else', () => {
    const hnw = lines.filter((l) => l.segment === 'HNW');
    const names = (l: CorpusLine) =>
      ACCOUNT_MANAGERS.some((m) => JSON.stringify(l).includes(m.first));
    const complaints = hnw.filter((l) => l.truth.aboutAccountManager);
    const mentions = hnw.filter((l) => l.truth.issueType === 'technical' && names(l));
    const others = hnw.filter((l) => l.truth.issueType === 'staff' && !l.truth.aboutAccountManager);
    expect(complaints.length).toBeGreaterThan(30);
    expect(mentions.length).toBeGreaterThan(30);
    expect(others.length).toBeGreaterThan(5);
    for (const line of hnw)
      expect(ACCOUNT_MANAGERS.map((m) => m.full)).toContain(line.accountManager);
  });

  it('is written the ways customers write: HTML, replies over quoted history, forwards, typos, speech-to-text, with and without intake choices', () => {
    const forms = new Set(lines.map((l) => l.form));
    for (const form of [
      'email',
      'email-html',
      'email-reply',
      'email-forward',
      'email-hurried',
      'chat',
      'chat-pasted',
      'phone',
      'phone-asr'
    ])
      expect(forms).toContain(form);
    expect(lines.some((l) => /<html>/.test(l.body ?? ''))).toBe(true);
    expect(lines.some((l) => /^re: /i.test(l.subject ?? ''))).toBe(true);
    expect(lines.some((l) => l.channel === 'phone' && l.intake?.topic)).toBe(true);
    expect(lines.some((l) => l.channel === 'phone' && l.intake?.aboutStaff)).toBe(true);
    expect(lines.some((l) => l.channel === 'chat' && !l.intake)).toBe(true);
    expect(lines.some((l) => l.id.startsWith('email-multi-'))).toBe(true);
  });
});
