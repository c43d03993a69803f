import { parseArgs } from 'node:util';
import {
  helpText,
  interactivePrompt,
  joinNegativeValues,
  reportFailure,
  ToolError,
  UsageError
} from '../../../scripts/lib/cli';

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

describe('--verbose on every command', () => {
  const spec = {
    name: 'demo',
    summary: 'Does a thing.',
    options: { json: { type: 'boolean' as const } },
    descriptions: { json: 'Print JSON.' }
  };

  it('given a spec without --verbose, then --help lists it; given one that declares it, then its own words stay', () => {
    expect(helpText(spec)).toMatch(/--verbose +On failure, also print its cause and stack trace\./);
    const own = {
      ...spec,
      options: { verbose: { type: 'boolean' as const, short: 'v' } },
      descriptions: { verbose: 'List every warning.' }
    };
    const help = helpText(own);
    expect(help).toMatch(/-v, --verbose +List every warning\./);
    expect(help.match(/--verbose/g)).toHaveLength(1);
  });

  function report(error: unknown, verbose: boolean): { status: number; text: string } {
    let text = '';
    const status = reportFailure('demo', error, verbose, (t) => (text += t));
    return { status, text };
  }

  it('given a tool error with a cause, when not verbose, then only the message; when verbose, then the stack and the cause', () => {
    const error = new ToolError('cannot read force-app', { cause: new Error('EACCES: denied') });
    const quiet = report(error, false);
    expect(quiet).toEqual({ status: 1, text: 'demo: cannot read force-app\n' });
    const loud = report(error, true);
    expect(loud.status).toBe(1);
    expect(loud.text).toMatch(
      /^demo: cannot read force-app\nToolError: cannot read force-app\n\s+at /
    );
    expect(loud.text).toMatch(/caused by: Error: EACCES: denied\n\s+at /);
  });

  it('given a usage error, then its exit status whatever the verbosity; given a crash, then exit 2 with its stack', () => {
    expect(report(new UsageError('bad flag', 3), false)).toEqual({
      status: 3,
      text: 'demo: bad flag\n'
    });
    expect(report(new UsageError('bad flag', 3), true).status).toBe(3);
    const crash = report(new TypeError('x is undefined', { cause: 'a string cause' }), true);
    expect(crash.status).toBe(2);
    expect(crash.text).toMatch(/^demo: unexpected failure: TypeError: x is undefined\n\s+at /);
    expect(crash.text).toMatch(/caused by: a string cause\n$/);
  });
});
