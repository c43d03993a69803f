/** ajv's errors turned into one clear line per problem. */
import Ajv from 'ajv';
import { describeSchemaErrors } from '../../../scripts/validate/project-schemas';

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
