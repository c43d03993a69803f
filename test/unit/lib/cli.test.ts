import { parseArgs } from 'node:util';
import { interactivePrompt, joinNegativeValues } from '../../../scripts/lib/cli';

describe('joinNegativeValues', () => {
  const options = {
    days: { type: 'string' as const, short: 'd' },
    json: { type: 'boolean' as const }
  };

  it('given a negative number after a flag that takes a value, then it becomes the value, so the flag can say what is wrong with it', () => {
    expect(joinNegativeValues(['--days', '-3', '--json'], options)).toEqual([
      '--days=-3',
      '--json'
    ]);
    const short = joinNegativeValues(['-d', '-0.5'], options);
    expect(parseArgs({ args: short, options, strict: true }).values.days).toBe('-0.5');
  });

  it('given a flag after a flag, or a negative number after a boolean flag, then nothing changes', () => {
    expect(joinNegativeValues(['--days', '--json'], options)).toEqual(['--days', '--json']);
    expect(joinNegativeValues(['--json', '-3'], options)).toEqual(['--json', '-3']);
  });
});

describe('interactivePrompt', () => {
  it('given a terminal, then the message is shown; given a pipe or a file, then nothing', () => {
    expect(interactivePrompt({ isTTY: true }, 'type lines; Ctrl-D ends')).toBe(
      'type lines; Ctrl-D ends'
    );
    expect(interactivePrompt({ isTTY: false }, 'x')).toBeNull();
    expect(interactivePrompt({}, 'x')).toBeNull();
  });
});
