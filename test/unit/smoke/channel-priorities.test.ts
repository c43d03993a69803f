import { shippedSecondaryPriorities } from '../../../scripts/smoke/channel-priorities';

describe('shippedSecondaryPriorities (what the smoke test expects on a pending routing)', () => {
  it('given the shipped Case_Work channel, when read, then Case.Priority High, Medium and Low map to 1, 2 and 3', () => {
    expect([...shippedSecondaryPriorities('Case_Work')]).toEqual([
      ['High', 1],
      ['Medium', 2],
      ['Low', 3]
    ]);
  });

  it('given a channel the project does not ship, or none, when read, then nothing is expected', () => {
    expect(shippedSecondaryPriorities('No_Such_Channel').size).toBe(0);
    expect(shippedSecondaryPriorities(null).size).toBe(0);
  });
});
