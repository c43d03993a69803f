/**
 * The glossary (data/triage/glossary.json, docs/triage-model.md section 3.5): Spanish, French and
 * German words customers write, under the English word they mean. Training compiles it into the
 * model's `translations` table (`language:stem` -> English stem), so a message in another language
 * gives the features its English equivalent would, and what the model learned from English
 * messages carries over.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compareText } from '../routing/phrases';
import { LANGUAGES, modelSentences, stem } from './features';

export const GLOSSARY_PATH = 'data/triage/glossary.json';

export class GlossaryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GlossaryError';
  }
}

/** The one token a glossary word reads as (normalised like a message), or null if it is not one word. */
function oneToken(word: string): string | null {
  const tokens = modelSentences(word).flat();
  return tokens.length === 1 ? tokens[0]! : null;
}

/**
 * Compiles the glossary: for each English headword (in file order) and each of its Spanish, French
 * and German words, `language:stem of the word` -> stem of the headword. A stem equal to its
 * headword's is left out (nothing to translate); a stem listed under two headwords keeps the first.
 * Throws GlossaryError naming the headword for anything that is not the documented shape.
 */
export function compileGlossary(raw: unknown, file = GLOSSARY_PATH): Map<string, string> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    throw new GlossaryError(`${file}: must be an object of English words`);
  const translations = new Map<string, string>();
  for (const [headword, entry] of Object.entries(raw as Record<string, unknown>)) {
    const english = oneToken(headword);
    if (english === null || english !== headword)
      throw new GlossaryError(`${file}: "${headword}" must be one lower-case English word`);
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry))
      throw new GlossaryError(`${file}: "${headword}" must map languages to lists of words`);
    const target = stem(english);
    for (const [language, words] of Object.entries(entry as Record<string, unknown>)) {
      if (language === 'en' || !(LANGUAGES as readonly string[]).includes(language))
        throw new GlossaryError(
          `${file}: "${headword}" has language "${language}"; use ${LANGUAGES.filter((l) => l !== 'en').join(', ')}`
        );
      if (!Array.isArray(words) || !words.every((w) => typeof w === 'string'))
        throw new GlossaryError(`${file}: "${headword}".${language} must be a list of words`);
      for (const word of words as string[]) {
        const token = oneToken(word);
        if (token === null)
          throw new GlossaryError(
            `${file}: "${headword}".${language} has "${word}", which is not one word`
          );
        const source = stem(token);
        const key = `${language}:${source}`;
        if (source !== target && !translations.has(key)) translations.set(key, target);
      }
    }
  }
  return new Map([...translations.entries()].sort(([a], [b]) => compareText(a, b)));
}

/** Reads and compiles the project's glossary; a missing file is an empty glossary. */
export function readGlossary(root: string): Map<string, string> {
  const file = path.join(root, GLOSSARY_PATH);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw error;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new GlossaryError(`${GLOSSARY_PATH}: not valid JSON (${(error as Error).message})`);
  }
  return compileGlossary(raw);
}
