import { chooseThreshold, type CurvePoint } from '../../../scripts/triage-model/evaluate';

/** A curve point: threshold, complaint recall, routine HNW to the director. */
const point = (threshold: number, recall: number, toDirector: number): CurvePoint => ({
  threshold,
  hnwComplaintRecall: recall,
  routineHnwToDirector: toDirector,
  rightTeamAndGroup: 0.9
});

describe('chooseThreshold', () => {
  it('takes the highest threshold that meets both targets', () => {
    const choice = chooseThreshold([
      point(0.1, 0.995, 0.2),
      point(0.2, 0.992, 0.09),
      point(0.3, 0.99, 0.07),
      point(0.4, 0.98, 0.05)
    ]);
    expect(choice.threshold).toBeCloseTo(0.3, 9);
    expect(choice.why).toContain('recall >= 99.0% and routine HNW to the director <= 10.0%');
  });

  it('keeps 99% complaint recall when no threshold also keeps routine detours within 10%', () => {
    const choice = chooseThreshold([
      point(0.1, 0.995, 0.19),
      point(0.15, 0.99, 0.136),
      point(0.22, 0.985, 0.097),
      point(0.3, 0.979, 0.072)
    ]);
    expect(choice.threshold).toBeCloseTo(0.15, 9);
    expect(choice.why).toContain('complaints first');
  });

  it('takes the best recall, then the highest threshold, when none reaches 99%', () => {
    const choice = chooseThreshold([
      point(0.1, 0.97, 0.3),
      point(0.2, 0.98, 0.2),
      point(0.3, 0.98, 0.1),
      point(0.4, 0.95, 0.05)
    ]);
    expect(choice.threshold).toBeCloseTo(0.3, 9);
    expect(choice.why).toContain('the best recall');
  });
});
