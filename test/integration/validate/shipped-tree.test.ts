/** The project's own metadata passes the gate `npm test` and `npm run check` run. */
import { errorLines } from '../../builders/validate';
import { validateProject } from '../../../scripts/validate/validate';

jest.setTimeout(60_000);

describe('the shipped metadata', () => {
  it('given force-app and optional/voice as committed, when validated with conversion, then there are no errors', async () => {
    const report = await validateProject({ convert: true });
    expect(errorLines(report)).toEqual([]);
    expect(report.counts.components).toBeGreaterThan(100);
    expect(report.referencesByKind.get('routing rule → queue')).toBeGreaterThan(0);
  });
});
