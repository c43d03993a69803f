/** What the simulator reads: the lead's overrides, the traffic profile, the teams, the corpus. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UsageError } from '../../../scripts/lib/cli';
import { repoRoot } from '../../../scripts/lib/project';
import { readCorpus } from '../../../scripts/simulate/corpus';
import { parseCapacity, parsePushTimeout } from '../../../scripts/simulate/overrides';
import { loadTrafficProfile } from '../../../scripts/simulate/profile';
import { readAgents, scaleAgents } from '../../../scripts/simulate/staff';

const root = repoRoot();

describe('overrides', () => {
  it('given one number, when parsing --push-timeout, then every channel gets it', () => {
    expect(parsePushTimeout('30')).toEqual({ phone: 30, email: 30, chat: 30 });
  });

  it('given channel=seconds pairs, when parsing --push-timeout, then only those channels change', () => {
    expect(parsePushTimeout('chat=15, Phone=0')).toEqual({ chat: 15, phone: 0 });
  });

  it('given an unknown channel or a negative number, when parsing --push-timeout, then a usage error names it', () => {
    expect(() => parsePushTimeout('sms=10')).toThrow(/unknown channel "sms"/);
    expect(() => parsePushTimeout('-1')).toThrow(UsageError);
  });

  it('given a presence configuration the metadata lacks, when parsing --capacity, then the error lists the known ones', () => {
    expect(parseCapacity('Chat_Reps=4', ['Chat_Reps', 'Email_Reps'])).toEqual({ Chat_Reps: 4 });
    expect(parseCapacity('3')).toEqual({ '*': 3 });
    expect(() => parseCapacity('Chat_Rep=4', ['Chat_Reps'])).toThrow(/known: Chat_Reps/);
    expect(() => parseCapacity('2.5')).toThrow(/whole number/);
  });
});

describe('traffic profile', () => {
  it('given the shipped profile, when loaded, then it passes its schema and checks', () => {
    const profile = loadTrafficProfile('data/traffic-profile.json', root);
    expect(profile.patience.chatWithoutResponseSeconds).toBe(10);
    expect(profile.baseline.standardMisrouteRate).toBe(0.6);
  });

  it('given a profile with a wrong field and a shift ending before it starts, when loaded, then every problem names its path', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'profile-'));
    const profile = JSON.parse(readFileSync(path.join(root, 'data/traffic-profile.json'), 'utf8'));
    profile.hnwShare.chat = 2;
    const broken = path.join(dir, 'broken.json');
    writeFileSync(broken, JSON.stringify(profile));
    expect(() => loadTrafficProfile(broken, root)).toThrow(/\/hnwShare\/chat must be <= 1/);

    profile.hnwShare.chat = 0.1;
    profile.staff.rep.shifts = [{ start: '17:00', end: '09:00' }];
    writeFileSync(broken, JSON.stringify(profile));
    expect(() => loadTrafficProfile(broken, root)).toThrow(
      /\/staff\/rep\/shifts\/0 must end after it starts/
    );
  });
});

describe('teams', () => {
  const agents = readAgents('data/teams.json', root);

  it('given data/teams.json, when read, then every person has a role, and reps a team and a channel', () => {
    const roles = agents.map((a) => a.role);
    expect(roles.filter((r) => r === 'director')).toHaveLength(1);
    expect(roles.filter((r) => r === 'accountManager').length).toBeGreaterThan(0);
    for (const rep of agents.filter((a) => a.role === 'rep')) {
      expect(rep.team).not.toBeNull();
      expect(rep.channel).not.toBeNull();
    }
  });

  it('given a scale of 2.5, when scaling, then reps and leads per group grow, every original stays, and managers are not cloned', () => {
    const scaled = scaleAgents(agents, 2.5);
    const keys = new Set(scaled.map((a) => a.key));
    for (const a of agents) expect(keys.has(a.key)).toBe(true);
    const count = (list: typeof agents, role: string) => list.filter((a) => a.role === role).length;
    expect(count(scaled, 'rep')).toBeGreaterThan(2 * count(agents, 'rep'));
    expect(count(scaled, 'accountManager')).toBe(count(agents, 'accountManager'));
    expect(count(scaled, 'director')).toBe(1);
    const smaller = new Set(scaleAgents(agents, 1.5).map((a) => a.key));
    for (const key of smaller) expect(keys.has(key)).toBe(true);
  });
});

describe('corpus reader', () => {
  it('given a line with an unknown team, when read, then the error names the file and line', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'corpus-'));
    const file = path.join(dir, 'bad.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({
          id: 'a',
          channel: 'chat',
          message: 'hi',
          truth: { topic: null, issueType: 'technical', team: 'TRIAGE' }
        }),
        JSON.stringify({
          id: 'b',
          channel: 'chat',
          message: 'hi',
          truth: { topic: null, issueType: 'technical', team: 'SALES' }
        })
      ].join('\n')
    );
    expect(() => readCorpus(file, root)).toThrow(/bad\.jsonl:2: truth\.team "SALES" is not one of/);
  });
});
