import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  compileGlossary,
  GLOSSARY_PATH,
  GlossaryError,
  readGlossary
} from '../../../scripts/triage-model/glossary';
import { repoRoot } from '../../../scripts/lib/project';

describe('compileGlossary', () => {
  it('maps each language stem to the English stem, normalised and stemmed like a message', () => {
    const table = compileGlossary({
      account: { es: ['Cuenta', 'cuentas'], fr: ['compte'], de: ['Kontoauszüge'] },
      sell: { es: ['vendió', 'vender'] }
    });
    expect(table.get('es:cuent')).toBe('account');
    expect(table.get('fr:compt')).toBe('account');
    expect(table.get('de:kontoauszug')).toBe('account');
    expect(table.get('es:vendi')).toBe('sell');
    expect([...table.keys()]).toEqual([...table.keys()].sort());
  });

  it('leaves out a word whose stem is already the English one, and keeps the first headword of a shared stem', () => {
    const table = compileGlossary({
      portfolio: { fr: ['portfolio'], es: ['carteras'] },
      wallet: { es: ['carteras'] }
    });
    expect(table.has('fr:portfoli')).toBe(false);
    expect(table.get('es:carter')).toBe('portfoli');
  });

  it.each([
    [[], 'must be an object of English words'],
    [{ 'two words': { es: ['x'] } }, '"two words" must be one lower-case English word'],
    [{ Account: { es: ['cuenta'] } }, '"Account" must be one lower-case English word'],
    [{ account: ['cuenta'] }, '"account" must map languages to lists of words'],
    [{ account: { it: ['conto'] } }, 'has language "it"; use es, fr, de'],
    [{ account: { en: ['account'] } }, 'has language "en"'],
    [{ account: { es: 'cuenta' } }, '"account".es must be a list of words'],
    [{ account: { es: ['cuenta bancaria'] } }, 'has "cuenta bancaria", which is not one word']
  ])('given a malformed glossary, then it names the entry (%#)', (raw, message) => {
    expect(() => compileGlossary(raw)).toThrow(GlossaryError);
    expect(() => compileGlossary(raw)).toThrow(message);
  });
});

describe('readGlossary', () => {
  const root = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'glossary-'));
    mkdirSync(path.join(dir, path.dirname(GLOSSARY_PATH)), { recursive: true });
    return dir;
  };

  it('reads a missing glossary as none', () => {
    expect(readGlossary(root()).size).toBe(0);
  });

  it('names the file of a glossary that is not JSON', () => {
    const dir = root();
    writeFileSync(path.join(dir, GLOSSARY_PATH), '{"account": ');
    expect(() => readGlossary(dir)).toThrow(`${GLOSSARY_PATH}: not valid JSON`);
  });

  it('compiles the shipped glossary', () => {
    const table = readGlossary(repoRoot());
    expect(table.size).toBeGreaterThan(1000);
    expect(table.get('es:cuent')).toBe('account');
    expect(table.get('de:kont')).toBe('account');
  });
});
