/**
 * The one way every command-line script starts, parses flags, reports failure and exits.
 * CLIs in scripts/cli stay thin: they declare their flags and call a library function.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** An error the user can act on: printed without a stack trace, exit status 1 (or `exitCode`). */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A failure with its cause kept, so `--verbose` or a test can show where it came from. */
export class ToolError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ToolError';
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;

export interface CliSpec<O extends Options> {
  /** `npm run <name>` */
  name: string;
  /** One paragraph: what the command does. */
  summary: string;
  /** Flag definitions (node:util parseArgs) with a description for --help. */
  options: O;
  descriptions: { [K in keyof O]: string };
  /** Extra help text: examples, exit codes. */
  epilog?: string;
  allowPositionals?: boolean;
}

/**
 * Every command takes --verbose: a failure then shows its cause and stack trace. A command that
 * has more to say (apex-check lists every warning) declares the flag itself with its own words.
 */
const VERBOSE_FLAG = { verbose: { type: 'boolean' } } satisfies Options;
const VERBOSE_DESCRIPTION = 'On failure, also print its cause and stack trace.';

/** The spec's flags plus --verbose when the spec does not declare it. */
function optionsOf(spec: CliSpec<Options>): Options {
  return { ...spec.options, ...('verbose' in spec.options ? {} : VERBOSE_FLAG) };
}

export function helpText<O extends Options>(spec: CliSpec<O>): string {
  const lines = [`Usage: npm run ${spec.name} -- [flags]`, '', spec.summary, '', 'Flags:'];
  const descriptions: Record<string, string> = {
    verbose: VERBOSE_DESCRIPTION,
    ...spec.descriptions
  };
  const entries = Object.entries(optionsOf(spec)).map(([flag, def]) => {
    const short = def.short ? `-${def.short}, ` : '    ';
    const value = def.type === 'string' ? ' <value>' : '';
    return [`  ${short}--${flag}${value}`, descriptions[flag] ?? ''] as const;
  });
  entries.push(['  -h, --help', 'Show this help and exit.']);
  const width = Math.max(...entries.map(([left]) => left.length)) + 2;
  for (const [left, text] of entries) lines.push(left.padEnd(width) + text);
  if (spec.epilog) lines.push('', spec.epilog);
  return lines.join('\n');
}

/**
 * `--days -3` as `--days=-3`: node's parser reads a value starting with a dash as a flag and says
 * the option is "ambiguous"; a negative number is plainly the value, so the flag's own check can
 * say what is wrong with it.
 */
export function joinNegativeValues(argv: string[], options: Options): string[] {
  const takesValue = (arg: string) => {
    const name = arg.startsWith('--') ? arg.slice(2) : undefined;
    if (name !== undefined) return options[name]?.type === 'string';
    const short = arg.length === 2 && arg.startsWith('-') ? arg.slice(1) : undefined;
    return Object.values(options).some((o) => o.short === short && o.type === 'string');
  };
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = argv[i + 1];
    if (next !== undefined && /^-\d/.test(next) && takesValue(arg)) {
      out.push(arg.startsWith('--') ? `${arg}=${next}` : `${arg}${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

export type Parsed<O extends Options> = ReturnType<
  typeof parseArgs<{ options: O; allowPositionals: boolean; strict: true }>
>;

/**
 * Parses argv against the spec, prints help on --help, and runs `main`.
 * Exit status: what main returns (default 0); 1 on a UsageError or ToolError; 2 on an unexpected crash.
 */
export function runCli<O extends Options>(
  spec: CliSpec<O>,
  main: (args: Parsed<O>) => Promise<number | void> | number | void,
  argv: string[] = process.argv.slice(2)
): void {
  let parsed: Parsed<O>;
  const options = optionsOf(spec);
  quietOnClosedPipe();
  try {
    if (argv.includes('--help') || argv.includes('-h')) {
      process.stdout.write(helpText(spec) + '\n');
      return;
    }
    parsed = parseArgs({
      args: joinNegativeValues(argv, options),
      options,
      allowPositionals: spec.allowPositionals ?? false,
      strict: true
    }) as Parsed<O>;
  } catch (error) {
    process.stderr.write(
      `${spec.name}: ${(error as Error).message}\nRun with --help to see the flags.\n`
    );
    process.exitCode = 1;
    return;
  }
  Promise.resolve()
    .then(() => main(parsed))
    .then((code) => {
      process.exitCode = typeof code === 'number' ? code : 0;
    })
    .catch((error: unknown) => {
      if (isClosedPipe(error)) return;
      const verbose = (parsed.values as { verbose?: unknown }).verbose === true;
      process.exitCode = reportFailure(spec.name, error, verbose);
    });
}

/** A write to a reader that went away (`| head -1`): the output nobody reads, not a failure. */
const isClosedPipe = (error: unknown): boolean =>
  (error as NodeJS.ErrnoException | null)?.code === 'EPIPE';

/**
 * Ends quietly when the reader of stdout or stderr goes away, with the status so far: a pipe into
 * `head` is not a crash with a stack trace.
 */
function quietOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    if (stream.listenerCount('error') > 0) continue;
    stream.on('error', (error: unknown) => {
      if (isClosedPipe(error)) process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
}

/**
 * What a CLI reading stdin says when a person is typing at a terminal (nothing when input is
 * piped): otherwise it would sit waiting without a word.
 */
export function interactivePrompt(stdin: { isTTY?: boolean }, message: string): string | null {
  return stdin.isTTY === true ? message : null;
}

/**
 * Prints a failure for a human and returns the exit status to use. With `verbose`, an error the
 * user can act on also shows where it came from: its stack and the chain of causes.
 */
export function reportFailure(
  name: string,
  error: unknown,
  verbose = false,
  write: (text: string) => void = (text) => process.stderr.write(text)
): number {
  if (error instanceof UsageError || error instanceof ToolError) {
    write(`${name}: ${error.message}\n`);
    if (verbose) write(causeChain(error));
    return error instanceof UsageError ? error.exitCode : 1;
  }
  const err = error as Error;
  write(`${name}: unexpected failure: ${err?.stack ?? String(error)}\n`);
  if (verbose && err instanceof Error && err.cause !== undefined)
    write(`caused by: ${causeChain(err.cause)}`);
  return 2;
}

/** Each error's stack, then its cause's (`caused by:`), and so on. */
function causeChain(error: unknown): string {
  let text = '';
  let current = error;
  for (let depth = 0; current !== undefined && depth < 10; depth++) {
    const detail = current instanceof Error ? (current.stack ?? current.message) : String(current);
    text += `${depth === 0 ? '' : 'caused by: '}${detail}\n`;
    current = current instanceof Error ? current.cause : undefined;
  }
  return text;
}
