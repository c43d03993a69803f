import path from 'node:path';
import { loadScenario } from './scenario';
import { runScenario, contractJson } from './run';
const root = path.resolve(__dirname, '..', '..');
const t0 = Date.now();
const s = loadScenario({
  root,
  sourceDirs: [
    path.join(root, 'test/fixtures/simulate/service-org'),
    path.join(root, 'force-app/routing-engine')
  ],
  days: Number(process.argv[2] ?? 5),
  seed: 1,
  agentsScale: Number(process.argv[3] ?? 1),
  overrides: { pushTimeoutSeconds: {}, capacity: {} }
});
const out = runScenario(s);
console.log(contractJson(out));
console.log(JSON.stringify(out.audits));
console.log(
  JSON.stringify({
    b: {
      pt: out.details.baseline.pushTimeouts,
      fb: out.details.baseline.fallbacks,
      pc: out.details.baseline.perChannel
    },
    r: {
      pt: out.details.routed.pushTimeouts,
      fb: out.details.routed.fallbacks,
      pc: out.details.routed.perChannel
    }
  })
);
console.log('ms', Date.now() - t0);
