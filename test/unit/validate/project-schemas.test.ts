/** ajv's errors turned into one clear line per problem. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import {
  checkFeatureQuantities,
  describeSchemaErrors
} from '../../../scripts/validate/project-schemas';

const ajv = new Ajv({ strict: false, allErrors: true });
const validate = ajv.compile({
  type: 'object',
  additionalProperties: false,
  properties: {
    edition: { enum: ['Developer', 'Enterprise'] },
    features: {
      type: 'array',
      items: { anyOf: [{ const: 'ServiceCloud' }, { type: 'string', pattern: '^Add:[0-9]+$' }] }
    }
  }
});

describe('describeSchemaErrors', () => {
  it('given an unknown key, a bad enum and a value matching no anyOf branch, when described, then one line each', () => {
    const data = { edition: 'Ultimate', features: ['ServiceCloud', 'Bogus'], extra: 1 };
    expect(validate(data)).toBe(false);
    expect(describeSchemaErrors(validate.errors ?? [], data)).toEqual([
      '/: unknown key "extra"',
      '/edition: "Ultimate" is not one of "Developer", "Enterprise"',
      '/features/1: "Bogus" matches none of the allowed values'
    ]);
  });
});

describe('checkFeatureQuantities', () => {
  const features = (list: string[]) => checkFeatureQuantities(list);

  it('given Partner Telephony without a quantity, when checked, then it names the documented range', () => {
    const { problems, forSchema } = features(['ServiceCloud', 'ServiceCloudVoicePartnerTelephony']);
    expect(problems).toEqual([
      expect.stringMatching(
        /^\/features\/1: "ServiceCloudVoicePartnerTelephony" needs a quantity, .*1 to 50/
      )
    ]);
    expect(forSchema).toEqual(['ServiceCloud', 'ServiceCloudVoicePartnerTelephony']);
  });

  it.each(['0', '51', 'ten', '2.5', ''])(
    'given the quantity "%s", when checked, then it is refused',
    (quantity) => {
      const { problems } = features([`ServiceCloudVoicePartnerTelephony:${quantity}`]);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toContain(`has quantity "${quantity}"`);
    }
  );

  it('given a quantity in range in any case, when checked, then no problem and the schema sees the bare name', () => {
    const { problems, forSchema } = features([
      'servicecloudvoicepartnertelephony:50',
      'Knowledge',
      'AddCustomApps:3'
    ]);
    expect(problems).toEqual([]);
    expect(forSchema).toEqual([
      'ServiceCloudVoicePartnerTelephony',
      'Knowledge',
      'AddCustomApps:3'
    ]);
  });

  it('given the shipped voice scratch definition, then it licenses every seeded user who takes phone work, the admin in the phone groups too', () => {
    const root = path.resolve(__dirname, '../../..');
    const read = (file: string) =>
      JSON.parse(readFileSync(path.join(root, file), 'utf8')) as unknown;
    const voice = read('config/project-scratch-def.voice.json') as {
      features: string[];
      settings: Record<string, unknown>;
    };
    // Partner Telephony's switch; enableServiceCloudVoice is Amazon Connect's, which the feature does not license.
    expect(voice.settings.serviceCloudVoiceSettings).toEqual({ enableSCVExternalTelephony: true });
    expect(checkFeatureQuantities(voice.features).problems).toEqual([]);
    const feature = voice.features.find((f) => /^ServiceCloudVoicePartnerTelephony:/i.test(f));
    const teams = read('data/teams.json') as {
      operator: { publicGroups: string[] };
      users: { channels: string[]; publicGroups: string[] }[];
    };
    // A member of a phone reps group is a member of that team's voice queue, the admin (operator) too.
    const takesCalls = (u: { channels?: string[]; publicGroups: string[] }) =>
      (u.channels ?? []).includes('phone') || u.publicGroups.some((g) => g.endsWith('_Phone_Reps'));
    const phoneUsers = teams.users.filter(takesCalls).length + (takesCalls(teams.operator) ? 1 : 0);
    expect(phoneUsers).toBeGreaterThan(1);
    expect(Number(feature?.split(':')[1])).toBeGreaterThanOrEqual(phoneUsers);
  });
});
