import { interactivePrompt, runCli } from '../lib/cli';
import { loadRoutingConfig } from '../routing/config';
import { RoutingEngine } from '../routing/engine';
import { routeStream } from '../routing/route-stream';

runCli(
  {
    name: 'route',
    summary:
      'Routes contacts offline with the routing rules, triage phrases and settings under force-app (the same custom metadata the org uses). ' +
      'Reads JSON Lines on stdin (one contact per line) and writes one JSON line per contact, in order, to stdout. ' +
      'Use `npm run --silent route` so npm prints nothing else.',
    options: {},
    descriptions: {},
    epilog: [
      'Input:  {"id":"c1","channel":"email","subject":"...","body":"...","intake":{"topic":"ai_portfolios","aboutStaff":false},',
      '         "customer":{"investableAssets":2500000,"accountManager":{"name":"Daniel Brooks","active":true}}}',
      'Output: {"id":"c1","team":"HNW","group":"ACCOUNT_MANAGER","channel":"email","segment":"HNW","topic":"...","issueType":"technical",',
      '         "target":{"kind":"user","user":"accountManager","fallbackQueue":"HNW_Account_Managers"},"rule":"...","reasons":["..."]}',
      'A line that is not valid JSON, not an object, has an unknown channel or a field of the wrong type (text that is not a',
      'string, negative assets) yields {"id":...,"error":"line N: ..."}; the rest is still routed.',
      'Typed at a terminal, it waits for lines until Ctrl-D (it says so on stderr).',
      'Exit status: 0 when every line routed, 1 when any line was an error, 2 when the configuration cannot be read.',
      'Example: echo \'{"id":"1","channel":"chat","body":"I cannot log in to the app"}\' | npm run --silent route'
    ].join('\n')
  },
  async () => {
    let engine: RoutingEngine;
    try {
      engine = new RoutingEngine(loadRoutingConfig());
    } catch (error) {
      process.stderr.write(`route: ${(error as Error).message}\n`);
      return 2;
    }
    const prompt = interactivePrompt(
      process.stdin,
      'route: type or paste contacts, one JSON object per line; Ctrl-D ends (or pipe a file: npm run --silent route < contacts.jsonl)'
    );
    if (prompt) process.stderr.write(`${prompt}\n`);
    const summary = await routeStream(engine, process.stdin, process.stdout);
    return summary.errors > 0 ? 1 : 0;
  }
);
