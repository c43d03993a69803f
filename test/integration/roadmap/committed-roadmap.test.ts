/**
 * The committed files are what the metadata and the content generate: docs/roadmap from the metadata
 * under force-app, and the response records, templates and auto-response rule from
 * scripts/responses/content.ts. Fails when either is out of date.
 */
import path from 'node:path';
import { repoRoot } from '../../../scripts/lib/project';
import { generateRoadmap, roadmapDrift, ROADMAP_DIR } from '../../../scripts/roadmap/generate';
import { loadRoadmapInput } from '../../../scripts/roadmap/sources';
import { responseDrift, responseFiles } from '../../../scripts/responses/generate';
import { sourceApiVersion } from '../../../scripts/lib/project';

const root = repoRoot();

describe('the committed road map', () => {
  it('is up to date with the metadata (run `npm run roadmap` and commit docs/roadmap if this fails)', () => {
    const pages = generateRoadmap(loadRoadmapInput(root));
    expect(roadmapDrift(path.join(root, ROADMAP_DIR), pages)).toEqual({ changed: [], stale: [] });
  });

  it('shows no gaps: every team has both scripts on every channel and every channel answers automatically', () => {
    const pages = generateRoadmap(loadRoadmapInput(root));
    expect(pages.get('index.md')).toContain('## Gaps and problems\n\nNone:');
  });
});

describe('the committed response metadata', () => {
  it('is what scripts/responses/content.ts generates (run `npm run responses` if this fails)', () => {
    expect(responseDrift(root, responseFiles(undefined, sourceApiVersion(root)))).toEqual({
      changed: [],
      stale: []
    });
  });
});
