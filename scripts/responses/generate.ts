/**
 * Generates the response metadata from the content in content.ts: the ResponseScript and
 * ResponseScriptStep records, the acknowledgement email templates and their folder, and the Case
 * auto-response rule. Deterministic: the same content always gives the same bytes, so a test can
 * prove the committed files are what the content says.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DESKS } from './content';
import type { Desk, ScriptRecord } from './model';
import { buildScripts } from './scripts';
import {
  AUTO_RESPONSE_RULE,
  EMAIL_FOLDER,
  EMAIL_FOLDER_LABEL,
  autoResponseEntries,
  deskTemplate,
  staffConcernTemplate
} from './email';
import {
  autoResponseRulesXml,
  customMetadataXml,
  emailFolderXml,
  emailTemplateMetaXml
} from './metadata-xml';

/** Where the generated files live, relative to the repository root. */
const AGENT_EXPERIENCE = 'force-app/agent-experience';
const CUSTOM_METADATA_DIR = `${AGENT_EXPERIENCE}/customMetadata`;
const EMAIL_DIR = `${AGENT_EXPERIENCE}/email`;
const AUTO_RESPONSE_FILE = `${AGENT_EXPERIENCE}/autoResponseRules/Case.autoResponseRules-meta.xml`;

/** File name prefixes this generator owns inside customMetadata (other types are left alone). */
const OWNED_RECORD_PREFIXES = ['ResponseScript.', 'ResponseScriptStep.'];

export function scriptRecordXml(script: ScriptRecord): string {
  return customMetadataXml(script.label, [
    ['Team__c', script.team],
    ['Group__c', script.group],
    ['Channel__c', script.channel],
    ['IssueType__c', script.issueType],
    ['ExpectedResponseTime__c', script.expectedResponseTime],
    ['IsActive__c', script.active]
  ]);
}

export function stepRecordXml(script: ScriptRecord, step: ScriptRecord['steps'][number]): string {
  return customMetadataXml(step.label, [
    ['Script__c', script.developerName],
    ['Order__c', step.order],
    ['StepType__c', step.type],
    ['Text__c', step.text],
    ['Link__c', step.link],
    ['KnowledgeArticle__c', step.knowledgeArticle]
  ]);
}

/** Every generated file: path relative to the repository root → content. Sorted by path. */
export function responseFiles(
  desks: readonly Desk[] = DESKS,
  apiVersion = '65.0'
): Map<string, string> {
  const files = new Map<string, string>();
  for (const script of buildScripts(desks)) {
    files.set(
      `${CUSTOM_METADATA_DIR}/ResponseScript.${script.developerName}.md-meta.xml`,
      scriptRecordXml(script)
    );
    for (const step of script.steps) {
      files.set(
        `${CUSTOM_METADATA_DIR}/ResponseScriptStep.${step.developerName}.md-meta.xml`,
        stepRecordXml(script, step)
      );
    }
  }
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
  const metadataDir = path.join(root, CUSTOM_METADATA_DIR);
  if (existsSync(metadataDir)) {
    for (const entry of readdirSync(metadataDir)) {
      if (OWNED_RECORD_PREFIXES.some((prefix) => entry.startsWith(prefix)))
        found.push(`${CUSTOM_METADATA_DIR}/${entry}`);
    }
  }
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
