import { contactFromJson, parseContactLine } from '../../../scripts/routing/input';

describe('parseContactLine', () => {
  it('reads a full contract line', () => {
    const parsed = parseContactLine(
      JSON.stringify({
        id: 'c1',
        channel: 'email',
        subject: 'S',
        body: 'B',
        intake: { topic: 'ai_portfolios', aboutStaff: false },
        customer: {
          investableAssets: 2500000,
          accountManager: { name: 'Daniel Brooks', active: true }
        }
      }),
      1
    );
    expect(parsed).toEqual({
      ok: true,
      inputId: 'c1',
      contact: {
        id: 'c1',
        channel: 'email',
        subject: 'S',
        body: 'B',
        transcript: null,
        intake: { topic: 'ai_portfolios', aboutStaff: false },
        customer: {
          investableAssets: 2500000,
          accountManager: { name: 'Daniel Brooks', active: true }
        }
      }
    });
  });

  it('accepts absent or null optional parts', () => {
    const parsed = parseContactLine(
      '{"id":"x","channel":"chat","intake":null,"customer":null,"subject":null}',
      1
    );
    expect(parsed.ok && parsed.contact).toMatchObject({
      intake: null,
      customer: null,
      subject: null,
      body: null
    });
  });

  it('explains invalid JSON with the line number and no id', () => {
    const parsed = parseContactLine('{"id":"x",', 7);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error.id).toBeNull();
    expect(!parsed.ok && parsed.error.error).toMatch(/^line 7 is not valid JSON/);
  });

  it.each([
    [{ id: 'a', channel: 'fax' }, 'unknown channel "fax"'],
    [{ id: 'a' }, 'missing "channel"'],
    [{ id: 'a', channel: 7 }, 'unknown channel 7'],
    [
      { id: 'a', channel: 'email', customer: { investableAssets: 'lots' } },
      '"customer.investableAssets" must be a number'
    ],
    [{ id: 'a', channel: 'email', intake: 'ai' }, '"intake" must be an object'],
    [{ id: 'a', channel: 'email', body: { text: 'x' } }, '"body" must be a string'],
    [{ id: 'a', channel: 'email', body: 42 }, '"body" must be a string or null, got 42'],
    [{ id: 'a', channel: 'email', subject: true }, '"subject" must be a string or null, got true'],
    [
      { id: 'a', channel: 'email', customer: { investableAssets: -1 } },
      '"customer.investableAssets" must be 0 or more, got -1'
    ],
    [
      { id: 'a', channel: 'email', customer: { investableAssets: '-$5' } },
      '"customer.investableAssets" must be 0 or more, got "-$5"'
    ]
  ])('rejects %j with a clear message and keeps the id', (value, message) => {
    const parsed = contactFromJson(value);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error.id).toBe('a');
    expect(!parsed.ok && parsed.error.error).toContain(message);
  });

  it('rejects a line that is JSON but not an object, naming the line', () => {
    expect(parseContactLine('[1,2]', 4)).toEqual({
      ok: false,
      error: {
        id: null,
        error: 'line 4: each line must be a JSON object describing one contact, got an array'
      }
    });
    expect(parseContactLine('"text"', 9)).toMatchObject({
      ok: false,
      error: { error: 'line 9: each line must be a JSON object describing one contact, got "text"' }
    });
  });

  it('names the line in every other problem too', () => {
    expect(parseContactLine('{"id":"x","channel":"fax"}', 12)).toMatchObject({
      ok: false,
      error: { id: 'x', error: expect.stringMatching(/^line 12: unknown channel "fax"/) }
    });
  });

  it('is lenient where the meaning is plain', () => {
    const parsed = contactFromJson({
      id: 42,
      channel: ' Phone ',
      intake: { topic: 'Trading_Platform', aboutStaff: 'true' },
      customer: { investableAssets: '$1,500,000', accountManager: { name: 'A B' } },
      transcript: 'hello'
    });
    expect(parsed.ok && parsed.inputId).toBe(42);
    expect(parsed.ok && parsed.contact).toMatchObject({
      id: '42',
      channel: 'phone',
      transcript: 'hello',
      intake: { topic: 'trading_platform', aboutStaff: true },
      customer: { investableAssets: 1500000, accountManager: { name: 'A B', active: true } }
    });
  });

  it('keeps an unknown intake topic aside instead of guessing', () => {
    const parsed = contactFromJson({ id: 'a', channel: 'chat', intake: { topic: 'loans' } });
    expect(parsed.ok && parsed.contact.intake).toEqual({
      topic: null,
      aboutStaff: null,
      unknownTopic: 'loans'
    });
  });
});
