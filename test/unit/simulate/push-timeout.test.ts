/**
 * Push timeout, re-routing and fallbacks on scenarios small enough to compute by hand. Every
 * duration is fixed (accept 3 s, chat greeting 2 s, handling 600 s, automated chat response 1 s).
 */
import type { RoutingConfig } from '../../../scripts/routing/model';
import { MINUTE } from '../../../scripts/simulate/model';
import { Simulation } from '../../../scripts/simulate/simulation';
import { aRule, aSettings } from '../../builders/routing';
import {
  aChatOrg,
  aChatRep,
  aDay,
  aMessage,
  aQueue,
  aRoutingConfig,
  tinyInput
} from '../../fixtures/simulate/scenario-builder';

const SHIFT_END = 8 * 60 * MINUTE;

/** Anna signs in, then walks away from her desk at 1 min without changing status, back at 30 min. */
const annaAway = {
  anna: aDay(
    0,
    SHIFT_END,
    { at: 1 * MINUTE, kind: 'awayStart' },
    { at: 30 * MINUTE, kind: 'awayEnd' }
  )
};

describe('push timeout', () => {
  const scenario = () =>
    tinyInput({
      agents: [aChatRep('anna'), aChatRep('ben')],
      arrivals: [{ channel: 'chat', at: 5 * MINUTE }],
      days: annaAway
    });

  it('given a chat pushed to a rep who stepped away, when the 10 s push timeout passes, then the next rep gets it and answers at 15 s', () => {
    // 300 s: pushed to Anna (first of two equally free reps); she is away, nothing happens.
    // 310 s: push timeout -> Anna is set Away, the chat goes back to the queue and to Ben.
    // 313 s: Ben accepts (3 s); 315 s: Ben's first message (2 s). Handled until 913 s.
    const sim = new Simulation('routed', scenario());
    const result = sim.run();
    const figures = result.metrics.figures();

    expect(result.metrics.pushTimeouts).toBe(1);
    expect(figures.chat.humanFirstResponseP95Seconds).toBe(15);
    expect(figures.chat.firstResponseWithin10s).toBe(1); // the automated response at 1 s
    expect(figures.chat.abandonRate).toBe(0);
    expect(result.metrics.answered).toBe(1);
  });

  it('given the push timed out, when Anna is back at her desk, then her status was Away until she returned and is Available again', () => {
    const statuses: (string | null)[] = [];
    const input = scenario();
    const sim = new Simulation('routed', input);
    const anna = sim.agents.find((a) => a.spec.key === 'anna')!;
    const original = Object.getOwnPropertyDescriptor(anna, 'status')!;
    let value = original.value as string | null;
    Object.defineProperty(anna, 'status', {
      get: () => value,
      set: (next: string | null) => {
        statuses.push(next);
        value = next;
      }
    });
    sim.run();

    expect(statuses).toEqual(['Available_Chat', 'Away', 'Available_Chat', null]);
  });

  it('given the same contact under baseline (no push timeout, no automated response), when Anna is away, then the customer leaves after 10 s', () => {
    const result = new Simulation('baseline', scenario()).run();
    const figures = result.metrics.figures();

    expect(result.metrics.pushTimeouts).toBe(0);
    expect(figures.chat.abandonRate).toBe(1);
    expect(figures.chat.firstResponseWithin10s).toBe(0);
  });

  it('given a push timeout override of 20 s for chat, when the same chat arrives, then Ben answers at 25 s', () => {
    const input = scenario();
    input.overrides.pushTimeoutSeconds = { chat: 20 };
    const figures = new Simulation('routed', input).run().metrics.figures();

    expect(figures.chat.humanFirstResponseP95Seconds).toBe(25);
  });

  it('given no status on push timeout in the presence configuration, when the only rep walked away, then the chat is pushed to her every 10 s until the customer leaves', () => {
    // 300 s: pushed to Anna; every 10 s it times out, her status stays Available_Chat and the
    // chat is pushed to her again (310 ... 590 s: 29 timeouts). 600 s: the customer, who got the
    // automated response, runs out of patience (300 s) and leaves.
    const org = aChatOrg({
      presenceConfigs: new Map([
        ['Chat_Reps', { name: 'Chat_Reps', capacity: 1, statusOnPushTimeout: null }]
      ])
    });
    const input = tinyInput({
      org,
      agents: [aChatRep('anna')],
      arrivals: [{ channel: 'chat', at: 5 * MINUTE }],
      days: annaAway
    });
    const result = new Simulation('routed', input).run();

    expect(result.metrics.pushTimeouts).toBe(29);
    expect(result.metrics.figures().chat.abandonRate).toBe(1);
    expect(result.warnings).toContain(
      'presence configuration Chat_Reps sets no status on push timeout: a rep who walked away keeps receiving pushes'
    );
  });
});

describe('fallbacks', () => {
  const expertsOrg = () =>
    aChatOrg({
      skills: new Set(['AI_Portfolios', 'Channel_Chat']),
      queues: new Map([['Experts_Chat', aQueue('Experts_Chat', 'MessagingSession', 'Chat_Group')]]),
      routingConfigs: new Map([['Experts_Chat', aRoutingConfig('Experts_Chat')]])
    });
  const aiRouting = (): RoutingConfig => ({
    rules: [
      aRule({
        developerName: 'AI',
        team: 'EXPERTS',
        group: 'AI_PORTFOLIOS',
        targetKind: 'skills',
        skills: ['AI_Portfolios'],
        queues: { phone: 'Experts_Chat', email: 'Experts_Chat', chat: 'Experts_Chat' }
      })
    ],
    phrases: [],
    settings: aSettings({ triageQueue: 'Experts_Chat' })
  });
  const aiMessage = aMessage('chat', {
    input: { message: 'why did my robo portfolio sell' },
    truth: {
      topic: 'ai_portfolios',
      issueType: 'technical',
      aboutAccountManager: false,
      team: 'EXPERTS',
      group: 'AI_PORTFOLIOS'
    }
  });

  it('given a skills-based chat whose only skilled rep is on a break, when it arrives, then it falls back to the queue and its rep answers at 5 s', () => {
    // 600 s: Sam (AI_Portfolios) is on a break, so the request goes to Experts_Chat at once;
    // Mia accepts at 603 s and writes at 605 s.
    const input = tinyInput({
      org: expertsOrg(),
      routing: aiRouting(),
      messages: [aiMessage],
      agents: [
        aChatRep('sam', { team: 'EXPERTS', skills: ['AI_Portfolios', 'Channel_Chat'] }),
        aChatRep('mia', { team: 'EXPERTS', skills: ['Channel_Chat'] })
      ],
      arrivals: [{ channel: 'chat', at: 10 * MINUTE }],
      days: {
        sam: aDay(
          0,
          SHIFT_END,
          { at: 5 * MINUTE, kind: 'breakStart' },
          { at: 20 * MINUTE, kind: 'breakEnd' }
        )
      }
    });
    const result = new Simulation('routed', input).run();
    const figures = result.metrics.figures();

    expect(result.metrics.fallbacks).toBe(1);
    expect(figures.chat.humanFirstResponseP95Seconds).toBe(5);
    expect(figures.misrouteRate).toBe(0);
    expect(result.metrics.answered).toBe(1);
  });

  it('given the skilled rep is signed in, when the chat arrives, then it goes to her and not to the queue', () => {
    const input = tinyInput({
      org: expertsOrg(),
      routing: aiRouting(),
      messages: [aiMessage],
      agents: [
        aChatRep('mia', { team: 'EXPERTS', skills: ['Channel_Chat'] }),
        aChatRep('sam', { team: 'EXPERTS', skills: ['AI_Portfolios', 'Channel_Chat'] })
      ],
      arrivals: [{ channel: 'chat', at: 10 * MINUTE }]
    });
    const sim = new Simulation('routed', input);
    const pushedTo: string[] = [];
    const sam = sim.agents.find((a) => a.spec.key === 'sam')!;
    const mia = sim.agents.find((a) => a.spec.key === 'mia')!;
    const result = sim.run();
    if (sam.lastAssignedAt >= 0) pushedTo.push('sam');
    if (mia.lastAssignedAt >= 0) pushedTo.push('mia');

    expect(result.metrics.fallbacks).toBe(0);
    expect(pushedTo).toEqual(['sam']);
  });
});
