/**
 * The shipped entitlement processes, milestone types and workflow alerts (force-app) pass the
 * offline service-level checks; a broken copy of them is reported.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { packageDirectories, repoRoot } from '../../../scripts/lib/project';
import {
  lintServiceLevels,
  MilestoneTargets,
  readServiceLevelMetadata
} from '../../../scripts/service-levels/targets';

const root = repoRoot();

describe('shipped service levels', () => {
  const metadata = readServiceLevelMetadata(packageDirectories(root));

  it('Given the shipped metadata, then every check passes', () => {
    expect(metadata.processes.map((p) => p.name).sort()).toEqual([
      'HNW_Chat',
      'HNW_Email',
      'HNW_Phone',
      'Standard_Chat',
      'Standard_Email',
      'Standard_Phone'
    ]);
    expect(lintServiceLevels(metadata)).toEqual([]);
  });

  it('Then HNW is tighter than standard wherever a whole minute allows', () => {
    const targets = new MilestoneTargets(metadata);
    for (const channel of ['phone', 'email', 'chat'] as const) {
      const hnw = targets.minutes('HNW', channel, 'HNW', 'Resolution')!;
      const standard = targets.minutes('STANDARD', channel, 'ECOMMERCE', 'Resolution')!;
      expect(hnw).toBeLessThan(standard);
    }
    // Chat: one minute is the smallest unit an entitlement process has, for both segments.
    expect(targets.minutes('HNW', 'chat', 'HNW', 'First_Response')).toBe(1);
    expect(targets.minutes('STANDARD', 'chat', 'TRIAGE', 'First_Response')).toBe(1);
  });

  it('When an HNW escalation is pointed at the account manager, then the check refuses it', () => {
    const copy = mkdtempSync(path.join(os.tmpdir(), 'service-levels-'));
    cpSync(path.join(root, 'force-app/service-org'), copy, { recursive: true });
    const workflow = path.join(copy, 'workflows/Case.workflow-meta.xml');
    writeFileSync(
      workflow,
      readFileSync(workflow, 'utf8').replace(
        '<recipient>Department_Director</recipient>\n            <type>role</type>',
        '<recipient>Account_Manager</recipient>\n            <type>role</type>'
      )
    );
    const process = path.join(copy, 'entitlementProcesses/hnw_email.entitlementProcess-meta.xml');
    writeFileSync(
      process,
      readFileSync(process, 'utf8').replace('<minutesToComplete>120<', '<minutesToComplete>900<')
    );
    const problems = lintServiceLevels(readServiceLevelMetadata([copy])).join('\n');
    expect(problems).toContain('can reach the account manager (role Account_Manager)');
    expect(problems).toContain('an HNW violation must escalate to the director');
    expect(problems).toContain(
      'HNW_Email First_Response ECOMMERCE: 900 minutes is looser than standard (480)'
    );
  });
});
