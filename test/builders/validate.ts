/**
 * Builders for validator fixtures: a copy of the minimal valid project
 * (test/fixtures/validate/valid) in a temporary folder, mutated one file at a time so each test
 * shows exactly which change breaks validation.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Problem, ValidationReport } from '../../scripts/validate/report';
import { validateProject } from '../../scripts/validate/validate';

export const VALID_PROJECT = path.join(__dirname, '..', 'fixtures', 'validate', 'valid');
const REPO_ROOT = path.join(__dirname, '..', '..');

/** The source folder of the fixture project (its one package directory). */
export const SOURCE = 'force-app/main/default';

export class FixtureProject {
  private constructor(readonly root: string) {}

  /** A private copy of the valid fixture project. Call remove() when done. */
  static copyOfValid(): FixtureProject {
    const root = mkdtempSync(path.join(os.tmpdir(), 'validate-fixture-'));
    cpSync(VALID_PROJECT, root, { recursive: true });
    return new FixtureProject(root);
  }

  /** A private copy of this repository's own metadata (project file and source folders). */
  static copyOfShipped(): FixtureProject {
    const root = mkdtempSync(path.join(os.tmpdir(), 'validate-shipped-'));
    for (const entry of ['sfdx-project.json', '.forceignore', 'config', 'force-app', 'optional'])
      cpSync(path.join(REPO_ROOT, entry), path.join(root, entry), { recursive: true });
    return new FixtureProject(root);
  }

  path(relative: string): string {
    return path.join(this.root, relative);
  }

  /** A file of the package directory: `source('queues/Triage.queue-meta.xml')`. */
  source(relative: string): string {
    return `${SOURCE}/${relative}`;
  }

  read(relative: string): string {
    return readFileSync(this.path(relative), 'utf8');
  }

  write(relative: string, content: string): this {
    mkdirSync(path.dirname(this.path(relative)), { recursive: true });
    writeFileSync(this.path(relative), content);
    return this;
  }

  /** Replaces `from` with `to` in a file; throws when `from` is not there (so a test cannot pass vacuously). */
  replace(relative: string, from: string | RegExp, to: string): this {
    const before = this.read(relative);
    const after = before.replace(from, to);
    if (after === before) throw new Error(`${relative}: ${String(from)} not found`);
    return this.write(relative, after);
  }

  editJson(relative: string, edit: (json: Record<string, unknown>) => void): this {
    const json = JSON.parse(this.read(relative)) as Record<string, unknown>;
    edit(json);
    return this.write(relative, JSON.stringify(json, null, 2));
  }

  delete(relative: string): this {
    rmSync(this.path(relative), { recursive: true, force: true });
    return this;
  }

  validate(options: { convert?: boolean } = {}): Promise<ValidationReport> {
    return validateProject({ root: this.root, convert: options.convert ?? false });
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

/** Errors as `file:line: message [check]` lines, easy to read in a failing assertion. */
export function errorLines(report: ValidationReport): string[] {
  return report
    .sortedErrors()
    .map((e: Problem) => `${e.file}${e.line ? `:${e.line}` : ''}: ${e.message} [${e.check}]`);
}
