import { readFileSync } from 'node:fs';
import { allSourceDirectories } from '../lib/project';
import { buildRoutingConfig, loadRoutingConfig, readRoutingRecords } from '../routing/config';
import { RoutingEngine } from '../routing/engine';
import { contactFromJson } from '../routing/input';
import { applyRecordEdits } from '../routing/record-edits';
const root = process.cwd();
const dirs = allSourceDirectories(root);
const file = JSON.parse(readFileSync('data/routing-scenarios.json', 'utf8'));
const shipped = new RoutingEngine(loadRoutingConfig(root));
for (const s of file.scenarios) {
  const engine = s.configuration ? new RoutingEngine(buildRoutingConfig(applyRecordEdits(readRoutingRecords(dirs), s.configuration), root, dirs)) : shipped;
  const p = contactFromJson(s.input); if (!p.ok) throw new Error('x');
  const r = engine.route(p.contact) as any;
  const diff = Object.keys(s.expected).filter((k) => JSON.stringify(r[k]) !== JSON.stringify(s.expected[k]));
  if (diff.length) console.log(s.input.id, diff.join(','), diff.map((k) => `${k}: ${JSON.stringify(s.expected[k])} -> ${JSON.stringify(r[k])}`).join(' ; '), '| est', r.managerConcernProbability, '|', s.name);
}
