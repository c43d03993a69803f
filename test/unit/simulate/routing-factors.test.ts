/**
 * The routing factors in the simulator, on scenarios small enough to compute by hand (accept 3 s,
 * chat greeting 2 s, handling 600 s, automated chat response 1 s): a language as an additional
 * skill that Omni-Channel drops after its timeout, and boosted work ahead in its line.
 */
import type { RoutingFactor } from '../../../scripts/routing/factors';
import { RoutingEngine } from '../../../scripts/routing/engine';
import type { RoutingConfig } from '../../../scripts/routing/model';
import { Line, MINUTE, type Work } from '../../../scripts/simulate/model';
import { Simulation } from '../../../scripts/simulate/simulation';
import { aRule, aSettings } from '../../builders/routing';
import {
  aChatOrg,
  aChatRep,
  aDay,
  aMessage,
  aProfile,
  aQueue,
  aRoutingConfig,
  tinyInput
} from '../../fixtures/simulate/scenario-builder';

const SHIFT_END = 8 * 60 * MINUTE;

const spanish: RoutingFactor = {
  developerName: 'Language_Spanish',
  factor: 'language',
  value: 'es',
  signals: [],
  priorityBoost: 0,
  skill: 'Language_Spanish',
  dropTimeoutSeconds: { phone: 45, email: 3600, chat: 30 },
  active: true
};

/** One phone queue Experts_Phone on the Case_Work channel; phone reps take one call at a time. */
const expertsOrg = () =>
  aChatOrg({
    skills: new Set(['AI_Portfolios', 'Channel_Phone', 'Language_Spanish']),
    queues: new Map([['Experts_Phone', aQueue('Experts_Phone', 'Case', 'Phone_Group')]]),
    routingConfigs: new Map([['Experts_Phone', aRoutingConfig('Experts_Phone')]]),
    presenceConfigs: new Map([
      ['Phone_Reps', { name: 'Phone_Reps', capacity: 1, statusOnPushTimeout: 'Away' }]
    ]),
    statuses: new Map([
      ['Available_Phone', ['Case_Work']],
      ['Away', []],
      ['Break', []]
    ]),
    serviceChannels: new Map([['Case_Work', 'Case']])
  });

const aPhoneRep = (key: string, skills: string[]) =>
  aChatRep(key, {
    team: 'EXPERTS',
    channel: 'phone',
    publicGroups: ['Phone_Group'],
    presenceConfig: 'Phone_Reps',
    status: 'Available_Phone',
    skills
  });

const aiRouting = (): RoutingConfig => ({
  rules: [
    aRule({
      developerName: 'AI',
      team: 'EXPERTS',
      group: 'AI_PORTFOLIOS',
      targetKind: 'skills',
      skills: ['AI_Portfolios'],
      queues: { phone: 'Experts_Phone', email: 'Experts_Phone', chat: 'Experts_Phone' }
    })
  ],
  phrases: [],
  settings: aSettings({ triageQueue: 'Experts_Phone' }),
  factors: [spanish]
});

const aiMessage = aMessage('phone', {
  input: { transcript: 'why did my robo portfolio sell' },
  truth: {
    topic: 'ai_portfolios',
    issueType: 'technical',
    aboutAccountManager: false,
    team: 'EXPERTS',
    group: 'AI_PORTFOLIOS'
  }
});

/** A Spanish-speaking AI Portfolios call at 10 min; Sam speaks Spanish, Mia does not. */
function spanishCall(samSignsInAt: number, factors = true) {
  const routing = aiRouting();
  const input = tinyInput({
    org: expertsOrg(),
    routing,
    profile: aProfile({ languages: { es: 1 } }),
    messages: [aiMessage],
    agents: [
      aPhoneRep('mia', ['AI_Portfolios', 'Channel_Phone']),
      aPhoneRep('sam', ['AI_Portfolios', 'Channel_Phone', 'Language_Spanish'])
    ],
    arrivals: [{ channel: 'phone', at: 10 * MINUTE }],
    days: { sam: aDay(samSignsInAt, SHIFT_END) }
  });
  return { ...input, engine: new RoutingEngine(routing, { factors }) };
}

describe('a language as an additional skill', () => {
  it('given the Spanish speaker is signed in, when a Spanish call arrives, then he answers it at 3 s', () => {
    const result = new Simulation('routed', spanishCall(0)).run();
    const factors = result.metrics.details().factors;

    expect(result.metrics.figures().phone.answerP95Seconds).toBe(3);
    expect(factors.nonEnglish.contacts).toBe(1);
    expect(factors.nonEnglish.servedInLanguage).toBe(1);
  });

  it('given no Spanish speaker is signed in, when a Spanish call arrives, then it waits the 45 s drop timeout and Mia answers at 48 s', () => {
    // 600 s: no agent holds all three skills on line; Omni-Channel waits for the timeout.
    // 645 s: the additional skill is dropped; Mia (AI_Portfolios, Channel_Phone) gets it and
    // accepts at 648 s.
    const result = new Simulation('routed', spanishCall(20 * MINUTE)).run();
    const factors = result.metrics.details().factors;

    expect(result.metrics.figures().phone.answerP95Seconds).toBe(48);
    expect(factors.nonEnglish.servedInLanguage).toBe(0);
    expect(result.metrics.fallbacks).toBe(0);
    expect(result.metrics.answered).toBe(1);
  });

  it('given the factors are off, when the same call arrives, then Mia answers at 3 s without waiting for a speaker', () => {
    const result = new Simulation('routed', spanishCall(20 * MINUTE, false)).run();

    expect(result.metrics.figures().phone.answerP95Seconds).toBe(3);
    expect(result.metrics.details().factors.nonEnglish.servedInLanguage).toBe(0);
  });

  it('given the language skill is not in the metadata, when a Spanish call arrives, then it is routed without it at once', () => {
    const input = spanishCall(20 * MINUTE);
    input.org.skills.delete('Language_Spanish');
    const result = new Simulation('routed', input).run();

    expect(result.metrics.figures().phone.answerP95Seconds).toBe(3);
  });

  /** The Spanish AI Portfolios chat at 10 min; Sam (Spanish) signs in at 20 min, Mia at once. */
  const spanishChat = (targetKind: 'skills' | 'queue') => {
    const routing = aiRouting();
    routing.rules = [{ ...routing.rules[0]!, targetKind }];
    return tinyInput({
      org: aChatOrg({
        skills: new Set(['AI_Portfolios', 'Channel_Chat', 'Language_Spanish']),
        queues: new Map([
          ['Experts_Phone', aQueue('Experts_Phone', 'MessagingSession', 'Chat_Group')]
        ]),
        routingConfigs: new Map([['Experts_Phone', aRoutingConfig('Experts_Phone')]])
      }),
      routing,
      profile: aProfile({ languages: { es: 1 } }),
      messages: [
        {
          ...aiMessage,
          id: 'chat-ai',
          channel: 'chat',
          input: { message: 'why did my robo portfolio sell' }
        }
      ],
      agents: [
        aChatRep('mia', {
          team: 'EXPERTS',
          skills: ['AI_Portfolios', 'Channel_Chat'],
          publicGroups: ['Chat_Group']
        }),
        aChatRep('sam', {
          team: 'EXPERTS',
          skills: ['AI_Portfolios', 'Channel_Chat', 'Language_Spanish'],
          publicGroups: ['Chat_Group']
        })
      ],
      arrivals: [{ channel: 'chat', at: 10 * MINUTE }],
      days: { sam: aDay(20 * MINUTE, SHIFT_END) }
    });
  };

  it('given a Spanish chat routed by skills and no speaker signed in, when it arrives, then it waits the 30 s chat drop timeout (Route Work takes the additional skill) and Mia writes at 35 s', () => {
    const result = new Simulation('routed', spanishChat('skills')).run();

    // 600 s: nobody holds the three skills; 630 s: the language is dropped; Mia accepts at 633 s
    // and writes at 635 s.
    expect(result.metrics.figures().chat.humanFirstResponseP95Seconds).toBe(35);
    expect(result.metrics.details().factors.nonEnglish.servedInLanguage).toBe(0);
  });

  it('given a Spanish chat routed to a queue, when it arrives, then it is routed without the language (a queue takes no skills) and Mia writes at 5 s', () => {
    const result = new Simulation('routed', spanishChat('queue')).run();

    expect(result.metrics.figures().chat.humanFirstResponseP95Seconds).toBe(5);
  });
});

describe('priority boost in a line', () => {
  const work = (seq: number, enqueuedAt: number, priorityBoost: number) =>
    ({ seq, enqueuedAt, priorityBoost, state: 'waiting' }) as unknown as Work;
  const line = (mode: Line['boostMode'], priority = 4) => {
    const l = new Line(
      'k',
      mode === 'priority' ? 'skills' : 'queue',
      'Q',
      'Case_Work',
      {
        priority,
        model: 'MOST_AVAILABLE',
        pushTimeoutMs: 0,
        capacityWeight: 1,
        capacityPercentage: null,
        routable: true
      },
      null
    );
    l.boostMode = mode;
    return l;
  };

  it.each(['priority', 'secondary'] as const)(
    'given a %s line, when a calm case waits and an angry one arrives later, then the angry one is served first',
    (mode) => {
      const l = line(mode);
      const calm = work(1, 1000, 0);
      const angry = work(2, 5000, 1);
      l.add(calm);
      l.add(angry);
      expect(l.take()).toBe(angry);
      expect(l.take()).toBe(calm);
    }
  );

  it('given a chat queue (no secondary priority), when the same two wait, then the older one is served first', () => {
    const l = line('none');
    const calm = work(1, 1000, 0);
    const angry = work(2, 5000, 1);
    l.add(calm);
    l.add(angry);
    expect(l.take()).toBe(calm);
  });

  it('gives boosted work on a pending routing a lower routing priority number, never 1 (the escalations), and queues none', () => {
    expect(line('priority', 5).priorityOf(work(1, 0, 2))).toBe(3);
    expect(line('priority', 4).priorityOf(work(1, 0, 3))).toBe(2);
    expect(line('priority', 2).priorityOf(work(1, 0, 3))).toBe(2);
    expect(line('priority', 1).priorityOf(work(1, 0, 3))).toBe(1);
    expect(line('secondary', 4).priorityOf(work(1, 0, 2))).toBe(4);
    expect(line('none', 3).priorityOf(work(1, 0, 2))).toBe(3);
  });
});
