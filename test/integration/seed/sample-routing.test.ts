/**
 * Every sample case and chat in data/sample-cases.json reaches the team its `expect` names when
 * routed with the shipped routing metadata, as the org will route it once seeded.
 */
import { loadRoutingConfig } from '../../../scripts/routing/config';
import { RoutingEngine } from '../../../scripts/routing/engine';
import { CHANNELS } from '../../../scripts/routing/model';
import { loadSeedData } from '../../../scripts/seed/data-files';
import { allSamples } from '../../../scripts/seed/sample-contacts';
import { REAL_DATA_DIR } from '../../fakes/seed-data';

const data = loadSeedData(REAL_DATA_DIR);
const engine = new RoutingEngine(loadRoutingConfig());
const samples = allSamples(data);

describe('the sample contacts of data/sample-cases.json', () => {
  it.each(samples.map((s) => [s.key, s] as const))(
    'given sample %s, when routed offline, then it reaches the expected team and group',
    (_key, sample) => {
      const routed = engine.route(sample.contact);
      expect({ team: routed.team, group: routed.group }).toEqual({
        team: sample.expect.team,
        group: sample.expect.group
      });
    }
  );

  it('given all samples, when counted, then every channel and every team is exercised', () => {
    expect(new Set(samples.map((s) => s.contact.channel))).toEqual(new Set(CHANNELS));
    expect(new Set(samples.map((s) => s.expect.team))).toEqual(
      new Set(['ECOMMERCE', 'ADVISORY', 'HNW', 'EXPERTS', 'TRIAGE'])
    );
  });
});
