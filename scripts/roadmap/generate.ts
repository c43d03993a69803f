/**
 * The road map as files: generation from the metadata, comparison with what is committed (`--check`)
 * and writing. Output is deterministic (no dates, sorted inputs) so a test can tell when the committed
 * pages are out of date.
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs';
import path from 'node:path';
import { CHANNELS } from '../routing/model';
import { channelJourney } from './journey';
import type { RoadmapInput } from './model';
import { GENERATED_NOTE, pageFile, renderChannelPage, renderIndex } from './render';

export const ROADMAP_DIR = 'docs/roadmap';

/** File name → content, in a stable order. */
export function generateRoadmap(input: RoadmapInput): Map<string, string> {
  const journeys = CHANNELS.map((channel) => channelJourney(input, channel));
  const files = new Map<string, string>();
  files.set('index.md', renderIndex(input, journeys));
  for (const journey of journeys) files.set(pageFile(journey.channel), renderChannelPage(journey));
  return files;
}

export interface RoadmapDrift {
  changed: string[];
  stale: string[];
}

/**
 * Which generated files differ from `dir`, and which pages there this tool generated once but would
 * not generate now (they carry its note). A page it did not write is never stale: `--out` may name
 * a folder that holds other documents.
 */
export function roadmapDrift(dir: string, files: Map<string, string>): RoadmapDrift {
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new Error(`${dir} is not a folder`);
  const changed = [...files.entries()]
    .filter(([name, content]) => {
      const full = path.join(dir, name);
      return !existsSync(full) || readFileSync(full, 'utf8') !== content;
    })
    .map(([name]) => name);
  const stale = existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith('.md') && !files.has(name))
        .filter((name) => readFileSync(path.join(dir, name), 'utf8').includes(GENERATED_NOTE))
        .sort()
    : [];
  return { changed, stale };
}

/** Writes the pages into `dir` and removes stale Markdown files; returns what changed. */
export function writeRoadmap(dir: string, files: Map<string, string>): RoadmapDrift {
  const drift = roadmapDrift(dir, files);
  mkdirSync(dir, { recursive: true });
  for (const name of drift.changed) writeFileSync(path.join(dir, name), files.get(name) ?? '');
  for (const name of drift.stale) rmSync(path.join(dir, name));
  return drift;
}
