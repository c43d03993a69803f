/**
 * The second reader (data/triage/README.md): a sample of labelled messages labelled again, blind,
 * by readers who saw only the business description and one line per topic, never the writer's
 * labels, the phrases or the model. How often the two agree bounds what any triage can be measured to reach on these labels;
 * how the model does on the messages both agree on says whether its misses are the labels' or
 * its own. `npm run triage:agreement` prints both.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compareText } from '../routing/phrases';
import {
  destinationOf,
  LabelledDataError,
  LineProblem,
  truthOf,
  type LabelledMessage,
  type LabelledTruth
} from './dataset';
import { teamAndGroupKey } from './evaluate';

export const SECOND_READER_FILE = 'data/triage/second-reader.jsonl';

export interface SecondReading {
  id: string;
  reader: string;
  /** file:line */
  where: string;
  truth: LabelledTruth;
}

/**
 * Reads the second readings of labelled messages. Every line names a known message once, its
 * reader and a full label (`truth`, as in a writer's file); each bad line is a problem named by
 * file:line, and any problem throws LabelledDataError.
 */
export function readSecondReadings(
  root: string,
  messages: ReadonlyMap<string, LabelledMessage>,
  file = SECOND_READER_FILE
): SecondReading[] {
  const absolute = path.join(root, file);
  if (!existsSync(absolute)) throw new LabelledDataError([`${file}: not found`]);
  const readings: SecondReading[] = [];
  const problems: string[] = [];
  const seen = new Map<string, string>();
  readFileSync(absolute, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      const where = `${file}:${i + 1}`;
      try {
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch (error) {
          throw new LineProblem(`not valid JSON (${(error as Error).message})`);
        }
        if (typeof value !== 'object' || value === null || Array.isArray(value))
          throw new LineProblem('a line must be a JSON object');
        const { id, reader, truth } = value as Record<string, unknown>;
        if (typeof id !== 'string' || id.trim() === '')
          throw new LineProblem('"id" is required (a non-empty string)');
        if (typeof reader !== 'string' || reader.trim() === '')
          throw new LineProblem('"reader" is required (a non-empty string)');
        const message = messages.get(id);
        if (!message) throw new LineProblem(`"${id}" is not the id of a labelled message`);
        const first = seen.get(id);
        if (first) throw new LineProblem(`duplicate id "${id}" (first at ${first})`);
        const read = truthOf(truth, true);
        if (read.aboutAccountManager === true && message.segment !== 'HNW')
          throw new LineProblem('"truth.aboutAccountManager" is true but the segment is not HNW');
        seen.set(id, where);
        readings.push({
          id,
          reader,
          where,
          truth: {
            ...read,
            aboutAccountManager: read.issueType === 'technical' ? false : read.aboutAccountManager
          }
        });
      } catch (error) {
        if (!(error instanceof LineProblem)) throw error;
        problems.push(`${where}: ${error.message}`);
      }
    });
  if (problems.length > 0) throw new LabelledDataError(problems);
  return readings;
}

/** A count and what it is out of. */
interface Share {
  count: number;
  of: number;
}

interface ModelAgreement {
  /** Routed to the writer's team and group (the figure triage:eval reports). */
  rightByWriter: Share;
  /** Routed to the second reader's team and group. */
  rightByReader: Share;
  /** Right on the messages whose team and group writer and reader agree on. */
  rightWhereBothAgree: Share;
  /** HNW complaints about the manager (both say so) that reach the director. */
  complaintRecallWhereBothAgree: Share;
  /** Routine HNW contacts (both say so) sent to the director. */
  routineToDirectorWhereBothAgree: Share;
}

export interface AgreementFigures {
  messages: number;
  teamAndGroup: Share;
  topic: Share;
  issueType: Share;
  /** HNW complaints about the manager by the writer that the reader also reads as one. */
  writerComplaintsReaderAgrees: Share;
  /** HNW complaints about the manager by the reader that the writer also labelled one. */
  readerComplaintsWriterAgrees: Share;
  /** Routine HNW contacts by the writer that the reader reads as a complaint about the manager. */
  writerRoutineReaderComplaint: Share;
  /** Team and group disagreements, "writer -> reader", most frequent first. */
  disagreements: { writer: string; reader: string; count: number }[];
  /** Present when the model's routing of every message was given. */
  model: ModelAgreement | null;
}

const destinationKey = (m: LabelledMessage, truth: LabelledTruth) =>
  teamAndGroupKey(destinationOf(m.segment, truth));
const isComplaint = (m: LabelledMessage, t: LabelledTruth) =>
  m.segment === 'HNW' && t.issueType === 'staff' && t.aboutAccountManager === true;
const isRoutine = (m: LabelledMessage, t: LabelledTruth) =>
  m.segment === 'HNW' && t.issueType === 'technical';
const DIRECTOR = 'HNW/DIRECTOR';

function share<T>(items: readonly T[], test: (item: T) => boolean): Share {
  return { count: items.filter(test).length, of: items.length };
}

/**
 * Writer against second reader on each read message, and, given where the model routed each
 * message ("TEAM/GROUP" or "TEAM/-" by id), the model against both.
 */
export function agreementOf(
  messages: ReadonlyMap<string, LabelledMessage>,
  readings: readonly SecondReading[],
  routed?: ReadonlyMap<string, string>
): AgreementFigures {
  const pairs = readings.map((r) => {
    const m = messages.get(r.id);
    if (!m) throw new Error(`${r.where}: "${r.id}" is not the id of a labelled message`);
    const route = routed?.get(r.id);
    if (routed && route === undefined) throw new Error(`no routing given for "${r.id}"`);
    return {
      m,
      writer: m.truth,
      reader: r.truth,
      w: destinationKey(m, m.truth),
      r: destinationKey(m, r.truth),
      route
    };
  });
  const counts = new Map<string, number>();
  for (const p of pairs)
    if (p.w !== p.r) counts.set(`${p.w}\n${p.r}`, (counts.get(`${p.w}\n${p.r}`) ?? 0) + 1);
  const disagreements = [...counts]
    .map(([k, count]) => {
      const [writer, reader] = k.split('\n') as [string, string];
      return { writer, reader, count };
    })
    .sort(
      (a, b) =>
        b.count - a.count || compareText(a.writer, b.writer) || compareText(a.reader, b.reader)
    );
  const writerComplaints = pairs.filter((p) => isComplaint(p.m, p.writer));
  const readerComplaints = pairs.filter((p) => isComplaint(p.m, p.reader));
  const writerRoutine = pairs.filter((p) => isRoutine(p.m, p.writer));
  let model: ModelAgreement | null = null;
  if (routed) {
    const agreed = pairs.filter((p) => p.w === p.r);
    model = {
      rightByWriter: share(pairs, (p) => p.route === p.w),
      rightByReader: share(pairs, (p) => p.route === p.r),
      rightWhereBothAgree: share(agreed, (p) => p.route === p.w),
      complaintRecallWhereBothAgree: share(
        pairs.filter((p) => isComplaint(p.m, p.writer) && isComplaint(p.m, p.reader)),
        (p) => p.route === DIRECTOR
      ),
      routineToDirectorWhereBothAgree: share(
        pairs.filter((p) => isRoutine(p.m, p.writer) && isRoutine(p.m, p.reader)),
        (p) => p.route === DIRECTOR
      )
    };
  }
  return {
    messages: pairs.length,
    teamAndGroup: share(pairs, (p) => p.w === p.r),
    topic: share(pairs, (p) => p.writer.topic === p.reader.topic),
    issueType: share(pairs, (p) => p.writer.issueType === p.reader.issueType),
    writerComplaintsReaderAgrees: share(writerComplaints, (p) => isComplaint(p.m, p.reader)),
    readerComplaintsWriterAgrees: share(readerComplaints, (p) => isComplaint(p.m, p.writer)),
    writerRoutineReaderComplaint: share(writerRoutine, (p) => isComplaint(p.m, p.reader)),
    disagreements,
    model
  };
}

function percent(s: Share): string {
  return s.of === 0 ? 'n/a' : `${((100 * s.count) / s.of).toFixed(1)}% (${s.count} of ${s.of})`;
}

/** The lines `npm run triage:agreement` prints for one set of messages. */
export function formatAgreement(title: string, f: AgreementFigures): string[] {
  const lines = [
    title,
    `  messages read twice                          ${f.messages}`,
    `  writer and reader agree on team and group    ${percent(f.teamAndGroup)}`,
    `  ... on the topic                             ${percent(f.topic)}`,
    `  ... on the issue type                        ${percent(f.issueType)}`,
    `  writer's HNW complaints the reader confirms  ${percent(f.writerComplaintsReaderAgrees)}`,
    `  reader's HNW complaints the writer labelled  ${percent(f.readerComplaintsWriterAgrees)}`,
    `  writer's routine HNW read as a complaint     ${percent(f.writerRoutineReaderComplaint)}`
  ];
  if (f.model) {
    lines.push(
      `  model right by the writer's labels           ${percent(f.model.rightByWriter)}`,
      `  model right by the reader's labels           ${percent(f.model.rightByReader)}`,
      `  model right where both agree                 ${percent(f.model.rightWhereBothAgree)}`,
      `  complaint recall where both agree            ${percent(f.model.complaintRecallWhereBothAgree)}`,
      `  routine HNW to director where both agree     ${percent(f.model.routineToDirectorWhereBothAgree)}`
    );
  }
  lines.push(
    f.disagreements.length === 0
      ? '  team and group disagreements: none'
      : '  team and group disagreements (writer -> reader):'
  );
  for (const d of f.disagreements) lines.push(`    ${d.writer} -> ${d.reader}: ${d.count}`);
  return lines;
}
