/**
 * Seed data folders for tests: a copy of the real data/ files in a temporary folder,
 * changed by the test, so each test states only what differs from the shipped data.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {
  CustomersFile,
  QuickTextsFile,
  SampleCasesFile,
  TeamsFile
} from '../../scripts/seed/data-model';

export const REAL_DATA_DIR = path.resolve(__dirname, '../../data');

export interface DataFiles {
  teams: TeamsFile;
  customers: CustomersFile;
  cases: SampleCasesFile;
  quickTexts: QuickTextsFile;
}

const FILES: Record<keyof DataFiles, string> = {
  teams: 'teams.json',
  customers: 'customers.json',
  cases: 'sample-cases.json',
  quickTexts: 'quick-texts.json'
};

export interface DataDir {
  dir: string;
  read(): DataFiles;
  /** Changes the parsed files and writes them back. */
  change(edit: (files: DataFiles) => void): void;
  /** Writes raw text into one file (for syntax errors). */
  writeRaw(name: keyof DataFiles, text: string): void;
  remove(): void;
}

export function copyOfRealData(): DataDir {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'omni-seed-data-'));
  for (const file of Object.values(FILES))
    cpSync(path.join(REAL_DATA_DIR, file), path.join(dir, file));
  const read = (): DataFiles =>
    Object.fromEntries(
      Object.entries(FILES).map(([name, file]) => [
        name,
        JSON.parse(readFileSync(path.join(dir, file), 'utf8'))
      ])
    ) as unknown as DataFiles;
  return {
    dir,
    read,
    change(edit) {
      const files = read();
      edit(files);
      for (const [name, file] of Object.entries(FILES))
        writeFileSync(
          path.join(dir, file),
          JSON.stringify(files[name as keyof DataFiles], null, 2)
        );
    },
    writeRaw(name, text) {
      writeFileSync(path.join(dir, FILES[name]), text);
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

/** Adds `count` sub-$1M client accounts, each with one contact with its own phone and email. */
export function addClients(files: DataFiles, count: number): void {
  for (let i = 0; i < count; i++) {
    const n = String(i).padStart(5, '0');
    files.customers.accounts.push({
      key: `acct-bulk-${n}`,
      name: `Bulk Client ${n}`,
      investableAssets: 10000 + i,
      accountManager: null,
      contacts: [
        {
          key: `ct-bulk-${n}`,
          firstName: 'Client',
          lastName: `Number ${n}`,
          email: `client.${n}@bulk.example.net`,
          phone: `+1 646 7${n}`
        }
      ]
    });
  }
}
