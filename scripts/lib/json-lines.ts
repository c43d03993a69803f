/**
 * JSON Lines files (one JSON value per line), read the one way every tool of the project reads
 * them: blank lines are skipped, and a line that is not JSON is reported as `file:line` with the
 * parser's message, so a hand-edited file points at the line to fix. What a line must contain is
 * the caller's business; it reports its own problems with the same `where`, in line order.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** One non-blank line: its parsed value, or why it is not JSON. */
export type JsonLine =
  | { line: number; where: string; ok: true; value: unknown }
  | { line: number; where: string; ok: false; problem: string };

/**
 * Reads `file` (relative to `root`, or absolute). Returns null when the file does not exist;
 * never throws for a bad line. `where` is `file:line`, with the file as the caller named it.
 */
export function readJsonLines(root: string, file: string): JsonLine[] | null {
  const absolute = path.resolve(root, file);
  if (!existsSync(absolute)) return null;
  const lines: JsonLine[] = [];
  readFileSync(absolute, 'utf8')
    .split('\n')
    .forEach((text, i) => {
      if (text.trim() === '') return;
      const where = `${file}:${i + 1}`;
      try {
        lines.push({ line: i + 1, where, ok: true, value: JSON.parse(text) as unknown });
      } catch (error) {
        lines.push({
          line: i + 1,
          where,
          ok: false,
          problem: `${where}: not valid JSON (${(error as Error).message})`
        });
      }
    });
  return lines;
}
