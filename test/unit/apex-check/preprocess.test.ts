import { preprocessApex } from '../../../scripts/apex-check/preprocess';

describe('preprocessApex (syntax ApexLink 2.3.7 cannot parse)', () => {
  it('given SOQL with WITH USER_MODE over several lines, when preprocessed, then the clause is blanked and every line keeps its length', () => {
    const source = [
      'List<Case> cases = [',
      '    SELECT Id FROM Case',
      '    WHERE Id = :caseId',
      '    WITH',
      '        USER_MODE',
      '];'
    ].join('\n');

    const result = preprocessApex(source);

    expect(result.rewrites).toBe(1);
    expect(result.text).not.toMatch(/USER_MODE|WITH/);
    expect(result.text.split('\n').map((line) => line.length)).toEqual(
      source.split('\n').map((line) => line.length)
    );
  });

  it('given DML in user and system mode, when preprocessed, then plain DML remains with the record expression in place', () => {
    const source =
      'insert as user routing;\nupdate AS SYSTEM ready;\nDatabase.insert(rows, AccessLevel.USER_MODE);';

    const result = preprocessApex(source);

    expect(result.rewrites).toBe(2);
    expect(result.text).toBe(
      'insert         routing;\nupdate           ready;\nDatabase.insert(rows, AccessLevel.USER_MODE);'
    );
  });

  it('given code without user-mode syntax, when preprocessed, then it is unchanged', () => {
    const source = "String user = 'as user'; insert records; // with USER_MODEL";

    expect(preprocessApex(source)).toEqual({ text: source, rewrites: 0 });
  });
});
