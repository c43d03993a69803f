/**
 * PMD's Recommended rules for Apex through Salesforce Code Analyzer's engine packages (their Node
 * API; the `sf code-analyzer` plugin does not install from this registry). Severity 1–2 (Critical,
 * High) are errors, 3–5 warnings. PMD reports a file it cannot parse only as an engine log
 * message, not as a violation: those messages are errors too, or a broken file would pass.
 */
import {
  CodeAnalyzer,
  CodeAnalyzerConfig,
  EventType,
  LogLevel
} from '@salesforce/code-analyzer-core';
import type { EngineLogEvent, Violation } from '@salesforce/code-analyzer-core';
import { createEnginePlugin } from '@salesforce/code-analyzer-pmd-engine';
import path from 'node:path';
import { shortenParserMessage, type Finding } from './findings';

export const PMD_SELECTOR = 'pmd:Recommended';
/** Severities at or below this number fail the check (1 Critical, 2 High). */
const PMD_ERROR_SEVERITY = 2;

export interface PmdRun {
  findings: Finding[];
  rules: number;
  files: number;
}

function violationFinding(violation: Violation): Finding {
  const rule = violation.getRule();
  const location = violation.getPrimaryLocation();
  const severity = rule.getSeverityLevel();
  const line = location.getStartLine();
  const column = location.getStartColumn();
  return {
    check: 'pmd',
    severity: severity <= PMD_ERROR_SEVERITY ? 'error' : 'warning',
    file: location.getFile() ?? '',
    ...(line !== undefined ? { line } : {}),
    ...(column !== undefined ? { column } : {}),
    message: `${violation.getMessage().trim()} (severity ${severity})`,
    rule: rule.getName()
  };
}

/** PMD's processing errors name the file and the parser's complaint; keep the file for the report. */
function parseErrorFindings(message: string, files: string[]): Finding[] {
  const mentioned = files.filter(
    (file) => message.includes(file) || message.includes(path.basename(file))
  );
  const syntax = /Syntax error at (\d+):(\d+): (.*)/.exec(message);
  const text = shortenParserMessage(syntax?.[3] ?? message)
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 400);
  const targets = mentioned.length > 0 ? mentioned : [''];
  return targets.map((file) => ({
    check: 'pmd' as const,
    severity: 'error' as const,
    file,
    ...(syntax ? { line: Number(syntax[1]), column: Number(syntax[2]) + 1 } : {}),
    message: `PMD cannot parse this file: ${text}`,
    rule: 'ProcessingError'
  }));
}

/** Runs PMD on the given Apex source folders. */
export async function runPmd(dirs: string[], apexFiles: string[]): Promise<PmdRun> {
  const analyzer = new CodeAnalyzer(CodeAnalyzerConfig.withDefaults());
  const processingErrors: string[] = [];
  analyzer.onEvent(EventType.EngineLogEvent, (event: EngineLogEvent) => {
    if (event.engineName === 'pmd' && event.logLevel <= LogLevel.Error)
      processingErrors.push(event.message);
  });
  await analyzer.addEnginePlugin(createEnginePlugin());
  const workspace = await analyzer.createWorkspace(dirs);
  const selection = await analyzer.selectRules([PMD_SELECTOR], { workspace });
  const results = await analyzer.run(selection, { workspace });
  const findings = results.getViolations().map(violationFinding);
  for (const message of processingErrors) findings.push(...parseErrorFindings(message, apexFiles));
  return { findings, rules: selection.getCount(), files: apexFiles.length };
}
