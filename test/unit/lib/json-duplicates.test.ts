import { duplicateKeys } from '../../../scripts/lib/json-duplicates';

describe('duplicateKeys', () => {
  it('given JSON without repeated keys, then nothing is reported, whatever the strings hold', () => {
    expect(
      duplicateKeys('{"a": "x\\" , \\"a\\": {", "b": [{"a": 1}, {"a": 2}], "c": {"a": {}}}')
    ).toEqual([]);
  });

  it('given repeated keys at several depths, then each names its object and line', () => {
    const text = [
      '{',
      '  "users": [',
      '    { "key": "a" },',
      '    { "key": "b", "role": "X",',
      '      "role": "Y" }',
      '  ],',
      '  "odd key": { "n": 1, "n": 2 },',
      '  "users": []',
      '}'
    ].join('\n');
    expect(duplicateKeys(text)).toEqual([
      { path: '$.users[1]', key: 'role', line: 5 },
      { path: '$["odd key"]', key: 'n', line: 7 },
      { path: '$', key: 'users', line: 8 }
    ]);
  });
});
