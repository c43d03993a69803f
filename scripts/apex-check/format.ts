/**
 * Formatting: every Apex file must be as Prettier with prettier-plugin-apex prints it, with the
 * project's .prettierrc (printWidth 120, tabWidth 4 for Apex). A file the plugin cannot parse is
 * an error too.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import type { Finding } from './findings';

export interface FormatRun {
  findings: Finding[];
  files: number;
}

/**
 * The Prettier options for a file: the project's config (or, for a project without one, the
 * tool's own), with plugin names resolved from the tool's node_modules.
 */
async function optionsFor(file: string, root: string, toolRoot: string): Promise<prettier.Options> {
  const ownConfig = path.join(root, '.prettierrc');
  const config = existsSync(ownConfig) ? ownConfig : path.join(toolRoot, '.prettierrc');
  const resolved = (await prettier.resolveConfig(file, { config })) ?? {};
  const plugins = (resolved.plugins ?? ['prettier-plugin-apex']).map((plugin) =>
    typeof plugin === 'string' ? require.resolve(plugin, { paths: [toolRoot] }) : plugin
  );
  return { ...resolved, plugins, filepath: file };
}

export async function runFormatCheck(
  files: string[],
  root: string,
  toolRoot: string
): Promise<FormatRun> {
  const findings: Finding[] = [];
  const ignorePath = path.join(root, '.prettierignore');
  let checked = 0;
  for (const file of files) {
    const options = await optionsFor(file, root, toolRoot);
    if (existsSync(ignorePath)) {
      const info = await prettier.getFileInfo(file, { ignorePath, plugins: options.plugins ?? [] });
      if (info.ignored) continue;
    }
    checked++;
    try {
      const source = readFileSync(file, 'utf8');
      if (!(await prettier.check(source, options)))
        findings.push({
          check: 'format',
          severity: 'error',
          file,
          message: 'not formatted as Prettier prints it: run `npx prettier --write` on it',
          rule: 'prettier'
        });
    } catch (error) {
      const loc = (error as { loc?: { start?: { line?: number; column?: number } } }).loc?.start;
      findings.push({
        check: 'format',
        severity: 'error',
        file,
        ...(loc?.line ? { line: loc.line } : {}),
        ...(loc?.column ? { column: loc.column } : {}),
        message: `prettier-plugin-apex cannot parse it: ${(error as Error).message.split('\n')[0]}`,
        rule: 'prettier'
      });
    }
  }
  return { findings, files: checked };
}
