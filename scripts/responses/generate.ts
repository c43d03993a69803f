/**
 * Generates the acknowledgement emails from the content in content.ts: the Classic email templates and
 * their folder, and the Case auto-response rule. Code owns these files (edit content.ts, run
 * `npm run responses`, commit). Deterministic: the same content always gives the same bytes, so a
 * test can prove the committed files are what the content says. The response scripts are records
 * leads own in Setup: this generator never writes them (scripts.ts checks them).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DESKS } from './content';
import type { Desk } from './model';
import {
  AUTO_RESPONSE_RULE,
  EMAIL_FOLDER,
  EMAIL_FOLDER_LABEL,
  autoResponseEntries,
  deskTemplate,
  staffConcernTemplate
} from './email';
import { autoResponseRulesXml, emailFolderXml, emailTemplateMetaXml } from './metadata-xml';

/** Where the generated files live, relative to the repository root. */
const AGENT_EXPERIENCE = 'force-app/agent-experience';
const EMAIL_DIR = `${AGENT_EXPERIENCE}/email`;
const AUTO_RESPONSE_FILE = `${AGENT_EXPERIENCE}/autoResponseRules/Case.autoResponseRules-meta.xml`;

/** Every generated file: path relative to the repository root → content. Sorted by path. */
export function responseFiles(
  desks: readonly Desk[] = DESKS,
  apiVersion = '65.0'
): Map<string, string> {
  const files = new Map<string, string>();
  files.set(
    `${EMAIL_DIR}/${EMAIL_FOLDER}.emailFolder-meta.xml`,
    emailFolderXml(EMAIL_FOLDER_LABEL)
  );
  for (const template of [...desks.map(deskTemplate), staffConcernTemplate()]) {
    const base = `${EMAIL_DIR}/${EMAIL_FOLDER}/${template.developerName}`;
    files.set(`${base}.email`, template.body);
    files.set(`${base}.email-meta.xml`, emailTemplateMetaXml(template, apiVersion));
  }
  files.set(
    AUTO_RESPONSE_FILE,
    autoResponseRulesXml(AUTO_RESPONSE_RULE, autoResponseEntries(desks))
  );
  return new Map([...files.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

/** Files in the generator's territory that exist under `root` but would not be generated. */
function ownedFilesOnDisk(root: string): string[] {
  const found: string[] = [];
  const templateDir = path.join(root, EMAIL_DIR, EMAIL_FOLDER);
  if (existsSync(templateDir)) {
    for (const entry of readdirSync(templateDir))
      found.push(`${EMAIL_DIR}/${EMAIL_FOLDER}/${entry}`);
  }
  return found;
}

export interface Drift {
  /** Generated files that are missing or differ on disk. */
  changed: string[];
  /** Files on disk in the generator's territory that it would not write. */
  stale: string[];
}

/** Compares the generated files with what is on disk under `root`. */
export function responseDrift(root: string, files: Map<string, string>): Drift {
  const changed: string[] = [];
  for (const [relative, content] of files) {
    const full = path.join(root, relative);
    if (!existsSync(full) || readFileSync(full, 'utf8') !== content) changed.push(relative);
  }
  const stale = ownedFilesOnDisk(root).filter((relative) => !files.has(relative));
  return { changed, stale: stale.sort() };
}

/** Writes the files under `root` and removes stale ones; returns what changed. */
export function writeResponseFiles(root: string, files: Map<string, string>): Drift {
  const drift = responseDrift(root, files);
  for (const relative of drift.changed) {
    const full = path.join(root, relative);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, files.get(relative) ?? '');
  }
  for (const relative of drift.stale) rmSync(path.join(root, relative));
  return drift;
}
