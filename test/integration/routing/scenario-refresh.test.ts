/**
 * The refresh of the shared scenarios' reasons (npm run scenarios) on copies of the committed
 * RoutingScenarios static resource in a temporary folder: stale reasons are found and rewritten
 * to exactly the committed bytes, and a scenario whose decision changed is refused by name with
 * nothing written.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ToolError } from '../../../scripts/lib/cli';
import { allSourceDirectories, repoRoot } from '../../../scripts/lib/project';
import { refreshScenarios, runScenarioRefresh } from '../../../scripts/routing/scenario-refresh';
import type { RoutingScenarioFile } from '../../../scripts/routing/scenarios';

const root = repoRoot();
const sourceDirs = allSourceDirectories(root);
const committedPath = path.join(
  root,
  'force-app/routing-engine/staticresources/RoutingScenarios.json'
);
const committed = readFileSync(committedPath, 'utf8');

type Content = Omit<RoutingScenarioFile, 'file'>;

let dir: string;
let copy: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'omni-scenarios-'));
  mkdirSync(path.join(dir, 'staticresources'));
  copy = path.join(dir, 'staticresources', 'RoutingScenarios.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Writes the committed scenarios with `edit` applied to the temporary copy. */
function writeCopy(edit: (content: Content) => void): void {
  const content = JSON.parse(committed) as Content;
  edit(content);
  writeFileSync(copy, `${JSON.stringify(content, null, 2)}\n`);
}

const options = () => ({ root, sourceDirs, scenarioDirs: [dir] });
const scenario = (content: Content, id: string) => {
  const found = content.scenarios.find((s) => s.input.id === id);
  if (!found) throw new Error(`no scenario ${id}`);
  return found;
};
const transfer = (content: Content, id: string) => {
  const found = content.transfers.find((t) => t.input.id === id);
  if (!found) throw new Error(`no transfer ${id}`);
  return found;
};
/** An older model's version in place of the committed one, as the reasons read before a retraining. */
const olderModel = (reasons: unknown): string[] =>
  (reasons as string[]).map((r) => r.replace(/^triage model \w+:/, 'triage model 000000000000:'));

describe('npm run scenarios (refresh of the shared scenarios reasons)', () => {
  it('given the committed file, then nothing is stale and the refreshed text is the same bytes', () => {
    writeFileSync(copy, committed);
    const refresh = refreshScenarios(options());
    expect(refresh).toMatchObject({ stale: [], refused: [] });
    expect(refresh.text).toBe(committed);
    expect(runScenarioRefresh('check', options())).toMatch(/up to date$/);
  });

  it('given reasons from an older model, when checked, then it names them and fails; when refreshed, then it writes the committed bytes', () => {
    writeCopy((content) => {
      const s001 = scenario(content, 's001');
      s001.expected.reasons = olderModel(s001.expected.reasons);
      transfer(content, 't002').expected!.reasons = ['transferred somewhere else'];
    });
    expect(refreshScenarios(options())).toMatchObject({ stale: ['s001', 't002'], refused: [] });
    expect(() => runScenarioRefresh('check', options())).toThrow(
      /is stale: the reasons of s001, t002 changed/
    );
    expect(readFileSync(copy, 'utf8')).not.toBe(committed);

    expect(runScenarioRefresh('refresh', options())).toMatch(
      /^refreshed .*: the reasons of s001, t002 changed$/
    );
    expect(readFileSync(copy, 'utf8')).toBe(committed);
    expect(runScenarioRefresh('check', options())).toMatch(/up to date$/);
  });

  it('given a scenario whose team, group and target the engine no longer gives, then it is refused by name and nothing is written', () => {
    writeCopy((content) => {
      const s001 = scenario(content, 's001');
      s001.expected.reasons = olderModel(s001.expected.reasons);
      const s002 = scenario(content, 's002');
      s002.expected.team = 'ADVISORY';
      s002.expected.group = null;
      s002.expected.target = { kind: 'queue', queue: 'Advisory_Email' };
      transfer(content, 't010').expected = {
        team: 'EXPERTS',
        group: null,
        rule: 'AI_Portfolios_Experts'
      };
    });
    const before = readFileSync(copy, 'utf8');
    const refresh = refreshScenarios(options());
    expect(refresh.stale).toEqual(['s001']);
    expect(refresh.refused).toHaveLength(2);
    expect(refresh.refused[0]).toMatch(
      /^s002 \(.+\): team "ADVISORY" would become "HNW"; group null would become "/
    );
    expect(refresh.refused[0]).toContain(
      'target {"kind":"queue","queue":"Advisory_Email"} would become'
    );
    expect(refresh.refused[1]).toMatch(
      /^t010 \(.+\): rule "AI_Portfolios_Experts" would become none$/
    );

    for (const mode of ['refresh', 'check'] as const) {
      let error: unknown;
      try {
        runScenarioRefresh(mode, options());
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ToolError);
      expect((error as Error).message).toMatch(/2 scenario\(s\) expect.*nothing is written/);
      expect((error as Error).message).toContain('\n  s002 (');
      expect(readFileSync(copy, 'utf8')).toBe(before);
    }
  });

  it('given a transfer expected to find no rule that now finds one, then it is refused', () => {
    writeCopy((content) => {
      transfer(content, 't001').expected = null;
    });
    expect(refreshScenarios(options()).refused).toEqual([
      expect.stringMatching(/^t001 \(.+\): no decision would become rule Financial_Advising$/)
    ]);
  });
});
