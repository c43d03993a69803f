import { definitionRows, formatLabel, reasonItems } from 'c/labelFormat';

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

describe('c/labelFormat definitionRows and reasonItems', () => {
  it('keeps the visible rows, in order, with their keys and classes', () => {
    expect(
      definitionRows([
        { key: 'team', label: 'Team', value: 'HNW' },
        { key: 'error', label: 'Problem', value: 'x', hidden: true },
        { key: 'topic', label: 'Topic', value: 'Fees', help: 'chosen at intake' }
      ])
    ).toEqual([
      {
        key: 'team',
        label: 'Team',
        value: 'HNW',
        labelKey: 'team-label',
        valueKey: 'team-value',
        valueClass: 'slds-item_detail team'
      },
      {
        key: 'topic',
        label: 'Topic',
        value: 'Fees',
        help: 'chosen at intake',
        labelKey: 'topic-label',
        valueKey: 'topic-value',
        valueClass: 'slds-item_detail topic'
      }
    ]);
  });

  it('keys each reason by its position and accepts no reasons', () => {
    expect(reasonItems(['segment HNW', 'rule X'])).toEqual([
      { key: 'reason-0', text: 'segment HNW' },
      { key: 'reason-1', text: 'rule X' }
    ]);
    expect(reasonItems(undefined)).toEqual([]);
  });
});
