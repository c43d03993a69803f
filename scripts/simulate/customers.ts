/**
 * The firm's clients, read from data/customers.json (the accounts the seed script provisions):
 * investable assets and account manager. Contacts of the simulated traffic belong to them, so the
 * routing engine sees the same segment and manager the org would.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../lib/cli';

export interface Customer {
  key: string;
  investableAssets: number | null;
  /** The account manager's name or key as the data gives it (matched against teams). */
  accountManager: string | null;
}

export const DEFAULT_CUSTOMERS_PATH = 'data/customers.json';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function managerOf(value: unknown): string | null {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (isObject(value)) {
    for (const key of ['key', 'name', 'externalId', 'username']) {
      const v = value[key];
      if (typeof v === 'string' && v.trim() !== '') return v.trim();
    }
  }
  return null;
}

function assetsOf(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value.replace(/[,_\s$]/g, ''));
    return Number.isFinite(parsed) ? parsed : null;
  }
  return null;
}

/** Reads `{customers|accounts:[…]}` or a plain array of accounts. */
export function readCustomers(file: string, root: string): Customer[] {
  const absolute = path.resolve(root, file);
  if (!existsSync(absolute)) throw new UsageError(`customers file not found: ${file}`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(absolute, 'utf8'));
  } catch (error) {
    throw new UsageError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  const list = Array.isArray(json)
    ? json
    : isObject(json)
      ? ((json.customers ?? json.accounts) as unknown)
      : undefined;
  if (!Array.isArray(list) || list.length === 0) throw new UsageError(`${file} lists no customers`);
  return list.filter(isObject).map((account, i) => ({
    key: String(account.key ?? account.externalId ?? account.id ?? account.name ?? `#${i + 1}`),
    investableAssets: assetsOf(account.investableAssets ?? account.InvestableAssets__c),
    accountManager: managerOf(account.accountManager ?? account.AccountManager__c)
  }));
}
