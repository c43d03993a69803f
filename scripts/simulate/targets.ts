/**
 * What the new routing promises against today's (the project's acceptance bar), checked on one run.
 * The CLI prints the checklist under the comparison table; the integration test asserts it on
 * the shipped configuration.
 */
import type { StrategyFigures } from './metrics';

export interface TargetCheck {
  name: string;
  met: boolean;
  /** The measured value, in the words of the target. */
  actual: string;
}

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

const TARGETS = {
  chatFirstResponseWithin10s: 0.99,
  maxMisrouteRate: 0.02,
  /** routed chat abandonment at most this share of baseline's. */
  chatAbandonmentVsBaseline: 0.5
} as const;

export function checkTargets(baseline: StrategyFigures, routed: StrategyFigures): TargetCheck[] {
  return [
    { name: 'loses no contact', met: routed.lost === 0, actual: `${routed.lost} lost` },
    {
      name: 'sends no complaint to the accused account manager',
      met: routed.hnw.complaintsToAccusedManager === 0,
      actual: `${routed.hnw.complaintsToAccusedManager} sent`
    },
    {
      name: `gives ${percent(TARGETS.chatFirstResponseWithin10s)} of chats a first response within 10 s`,
      met: routed.chat.firstResponseWithin10s >= TARGETS.chatFirstResponseWithin10s,
      actual: percent(routed.chat.firstResponseWithin10s)
    },
    {
      name: `misroutes at most ${percent(TARGETS.maxMisrouteRate)} of contacts`,
      met: routed.misrouteRate <= TARGETS.maxMisrouteRate,
      actual: percent(routed.misrouteRate)
    },
    {
      name: 'at least halves chat abandonment',
      met: routed.chat.abandonRate <= baseline.chat.abandonRate * TARGETS.chatAbandonmentVsBaseline,
      actual: `${percent(routed.chat.abandonRate)} vs ${percent(baseline.chat.abandonRate)}`
    }
  ];
}
