import { formatLabel } from 'c/labelFormat';

describe('c/labelFormat formatLabel', () => {
  it('fills numbered placeholders in any order, as often as they appear', () => {
    expect(formatLabel('Step {0} of {1}: {2} ({0})', 2, 5, 'Verify identity')).toBe(
      'Step 2 of 5: Verify identity (2)'
    );
  });

  it('leaves a placeholder without a value as it is', () => {
    expect(formatLabel('Sent to {0}. Transfers: {1}.', 'Triage desk')).toBe(
      'Sent to Triage desk. Transfers: {1}.'
    );
    expect(formatLabel('{0}', null)).toBe('{0}');
  });

  it('prints zero and false', () => {
    expect(formatLabel('{0} / {1}', 0, false)).toBe('0 / false');
  });

  it('returns an empty text for a missing label', () => {
    expect(formatLabel(undefined, 'x')).toBe('');
  });
});
