/**
 * The shared triage-model vectors are asserted by both engines: the TypeScript side reads
 * data/triage/vectors.json, the Apex TriageVectorsTest reads the TriageVectors static resource. The
 * resource must be an exact copy of the data file, or the two engines would be held to different
 * vectors.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../../scripts/lib/project';
import { VECTORS_PATH, VECTORS_RESOURCE_PATH } from '../../../scripts/triage-model/vectors';

const RESOURCE = VECTORS_RESOURCE_PATH;
const RESOURCE_META = 'force-app/routing-engine/staticresources/TriageVectors.resource-meta.xml';

describe('TriageVectors static resource', () => {
  it('is deployed unchanged from the shared vectors file the TypeScript engine asserts', () => {
    const root = repoRoot();
    const resource = readFileSync(path.join(root, RESOURCE), 'utf8');
    const data = readFileSync(path.join(root, VECTORS_PATH), 'utf8');
    if (resource !== data) {
      throw new Error(`${RESOURCE} differs from ${VECTORS_PATH}: npm run triage:train writes both`);
    }
  });

  it('is served as JSON, privately cached', () => {
    const meta = readFileSync(path.join(repoRoot(), RESOURCE_META), 'utf8');
    expect(meta).toContain('<contentType>application/json</contentType>');
    expect(meta).toContain('<cacheControl>Private</cacheControl>');
  });
});
