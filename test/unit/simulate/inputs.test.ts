/** What the simulator reads: the lead's overrides, the traffic profile, the teams, the corpus. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UsageError } from '../../../scripts/lib/cli';
import { repoRoot } from '../../../scripts/lib/project';
import { readCorpus } from '../../../scripts/simulate/corpus';
import { DEFAULT_JOURNEY } from '../../../scripts/simulate/journey';
import { parseCapacity, parsePushTimeout } from '../../../scripts/simulate/overrides';
import { loadTrafficProfile } from '../../../scripts/simulate/profile';
import { dayPlan } from '../../../scripts/simulate/schedule';
import { fullTimeEquivalents, readAgents, scaleAgents } from '../../../scripts/simulate/staff';

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

  it('given a profile stating the journey assumptions, when loaded, then they are read; a share above 1 or a missing rating part is refused with its path', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'profile-'));
    const profile = JSON.parse(readFileSync(path.join(root, 'data/traffic-profile.json'), 'utf8'));
    profile.journey = JSON.parse(JSON.stringify(DEFAULT_JOURNEY));
    profile.journey.knowledge.articleUse = 0.25;
    const file = path.join(dir, 'journey.json');
    writeFileSync(file, JSON.stringify(profile));
    expect(loadTrafficProfile(file, root).journey?.knowledge.articleUse).toBe(0.25);

    profile.journey.knowledge.articleUse = 1.5;
    writeFileSync(file, JSON.stringify(profile));
    expect(() => loadTrafficProfile(file, root)).toThrow(
      /\/journey\/knowledge\/articleUse must be <= 1/
    );
    profile.journey.knowledge.articleUse = 0.5;
    delete profile.journey.survey.rating.perTransfer;
    writeFileSync(file, JSON.stringify(profile));
    expect(() => loadTrafficProfile(file, root)).toThrow(
      /\/journey\/survey\/rating must have required property 'perTransfer'/
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

  it('given one rep per desk, when scaled by 0.5, then each desk keeps its rep for half the shift: half the working hours, not the same team', () => {
    const reps = agents.filter((a) => a.role === 'rep');
    const half = scaleAgents(agents, 0.5).filter((a) => a.role === 'rep');
    expect(half.map((a) => a.key)).toEqual(reps.map((a) => a.key));
    expect(half.every((a) => a.shiftShare === 0.5)).toBe(true);
    expect(fullTimeEquivalents(half)).toBe(reps.length / 2);
    expect(fullTimeEquivalents(scaleAgents(agents, 1.5).filter((a) => a.role === 'rep'))).toBe(
      reps.length * 1.5
    );
  });

  it('given growing scales, when scaling, then every agent of a smaller scale is kept and works at least as long', () => {
    const scales = [0, 0.1, 0.25, 0.5, 0.75, 1, 1.3, 2, 2.5];
    const share = (list: typeof agents) =>
      new Map(list.map((a) => [a.key, a.shiftShare ?? 1] as const));
    for (let i = 1; i < scales.length; i++) {
      const fewer = share(scaleAgents(agents, scales[i - 1]!));
      const more = share(scaleAgents(agents, scales[i]!));
      for (const [key, hours] of fewer) expect(more.get(key)).toBeGreaterThanOrEqual(hours);
    }
  });

  it('given a part-time share, when the day is planned, then the shift ends after that share and no break falls after it', () => {
    const rep = JSON.parse(readFileSync(path.join(root, 'data/traffic-profile.json'), 'utf8')).staff
      .rep;
    const full = dayPlan(rep, 0, 1, 'x', 0);
    const half = dayPlan(rep, 0, 1, 'x', 0, 0.5);
    const at = (plan: typeof full, kind: string) => plan.find((e) => e.kind === kind)!.at;
    expect(at(full, 'shiftEnd') - at(full, 'shiftStart')).toBe(9 * 3600_000);
    expect(at(half, 'shiftEnd') - at(half, 'shiftStart')).toBe(4.5 * 3600_000);
    expect(half.every((e) => e.at <= at(half, 'shiftEnd'))).toBe(true);
    expect(dayPlan(rep, 0, 1, 'x', 0, 0)).toEqual([]);
  });
});

describe('corpus reader (--misroutes)', () => {
  it('given a line that is not JSON and a line with an unknown topic, when read, then the error names each file and line, as the trainer does', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'corpus-'));
    const file = path.join(dir, 'bad.jsonl');
    const message = (id: string, topic: string | null) =>
      JSON.stringify({
        id,
        channel: 'chat',
        segment: 'STANDARD',
        message: 'hi',
        truth: { topic, issueType: 'technical' }
      });
    writeFileSync(file, [message('a', null), '{"id": "b",', message('c', 'sales')].join('\n'));
    expect(() => readCorpus(file, root)).toThrow(UsageError);
    expect(() => readCorpus(file, root)).toThrow(/bad\.jsonl:2: not valid JSON/);
    expect(() => readCorpus(file, root)).toThrow(
      /bad\.jsonl:3: "truth\.topic" "sales" is not one of/
    );
  });

  it('given the frozen held-out split, when asked to list its misroutes, then it refuses: tuning on it would spoil it', () => {
    expect(() => readCorpus('data/triage/frozen/w3.jsonl', root)).toThrow(/frozen held-out split/);
  });
});
