/**
 * `npm run triage:eval` as a library: k-fold cross-validation on the training messages, each
 * writer in one fold and the folds stratified as far as that allows, and the frozen held-out split
 * scored with the committed model. Every figure is on messages, and writers, the model being
 * measured was not trained on.
 */
import { RoutingEngine } from '../routing/engine';
import type { Group, RoutingConfig, Team } from '../routing/model';
import { compareText, PhraseMatcher } from '../routing/phrases';
import type { Triage } from '../routing/triage';
import { destinationOf, type LabelledMessage } from './dataset';
import { checkModel, TOPIC_CLASSES, type TriageModel } from './model';
import { exampleOf } from './pipeline';
import { DEFAULT_TRAINING, trainModel, type TrainingOptions } from './train';

export const FOLDS = 5;
/** The Manager Concern Threshold values the trade-off curve tries (the setting allows 0 < t <= 0.5). */
const THRESHOLDS = Array.from({ length: 50 }, (_, i) => (i + 1) / 100);
/** What the default threshold must achieve on cross-validation (issue acceptance). */
const TARGET_COMPLAINT_RECALL = 0.99;
const MAX_ROUTINE_TO_DIRECTOR = 0.1;

export interface Prediction {
  message: LabelledMessage;
  facts: Triage;
}

/** The stratum of a message: its topic, issue type and (HNW staff) whom it is about. */
function stratumOf(m: LabelledMessage): string {
  return `${m.segment}|${m.truth.topic ?? 'none'}|${m.truth.issueType}|${String(m.truth.aboutAccountManager)}`;
}

/** Who wrote a message: its writer, or for a corpus file (no writer field) the file. */
function authorOf(m: LabelledMessage): string {
  return m.writer ?? m.file;
}

/**
 * Fold of every message, by message id. Each writer's messages stay in one fold, so every fold's
 * model is measured on writers it never read, as the firm's customers will be (a writer's style
 * in both training and test flatters the figures); variants of one corpus message share a file,
 * so they stay together too. Stratified as far as whole writers allow: writers are dealt largest
 * first (ties by name) to the fold where the sum of squares of all folds' stratum counts grows
 * least (ties to the lower fold), which spreads every stratum evenly.
 */
export function assignFolds(
  messages: readonly LabelledMessage[],
  folds = FOLDS
): Map<string, number> {
  const byAuthor = new Map<string, Map<string, number>>();
  for (const m of messages) {
    const author = authorOf(m);
    const strata = byAuthor.get(author) ?? new Map<string, number>();
    const stratum = stratumOf(m);
    strata.set(stratum, (strata.get(stratum) ?? 0) + 1);
    byAuthor.set(author, strata);
  }
  const size = (author: string) => [...byAuthor.get(author)!.values()].reduce((a, b) => a + b, 0);
  const authors = [...byAuthor.keys()].sort((a, b) => size(b) - size(a) || compareText(a, b));
  const counts = Array.from({ length: folds }, () => new Map<string, number>());
  const foldOfAuthor = new Map<string, number>();
  for (const author of authors) {
    const strata = byAuthor.get(author)!;
    let best = 0;
    let bestCost = Infinity;
    counts.forEach((count, k) => {
      // The growth of the sum of squares over all folds: sum of 2 x count x n (n^2 is the same anywhere).
      let cost = 0;
      for (const [stratum, n] of strata) cost += (count.get(stratum) ?? 0) * n;
      if (cost < bestCost) {
        bestCost = cost;
        best = k;
      }
    });
    for (const [stratum, n] of strata)
      counts[best]!.set(stratum, (counts[best]!.get(stratum) ?? 0) + n);
    foldOfAuthor.set(author, best);
  }
  return new Map(messages.map((m) => [m.id, foldOfAuthor.get(authorOf(m))!]));
}

export function predict(engine: RoutingEngine, messages: readonly LabelledMessage[]): Prediction[] {
  return messages.map((message) => ({ message, facts: engine.triage(message.contact) }));
}

/** Out-of-fold predictions: each message is triaged by a model trained without its fold. */
export function crossValidate(
  messages: readonly LabelledMessage[],
  config: RoutingConfig,
  translations: ReadonlyMap<string, string>,
  options: TrainingOptions = DEFAULT_TRAINING,
  progress: (message: string) => void = () => {},
  folds = FOLDS
): Prediction[] {
  const index = new PhraseMatcher(config.phrases);
  const examples = messages.map((m) => exampleOf(m, config, index, translations));
  const glossary = Object.fromEntries(translations);
  const fold = assignFolds(messages, folds);
  const predictions = new Map<string, Prediction>();
  for (let k = 0; k < folds; k++) {
    progress(`cross-validation fold ${k + 1} of ${folds}`);
    const train = examples.filter((_, i) => fold.get(messages[i]!.id) !== k);
    const model = checkModel({
      ...trainModel(train, `cv-${k + 1}`, options),
      translations: glossary
    });
    const engine = engineWith(config, model);
    const held = messages.filter((m) => fold.get(m.id) === k);
    for (const p of predict(engine, held)) predictions.set(p.message.id, p);
  }
  return messages.map((m) => predictions.get(m.id)!);
}

export function engineWith(config: RoutingConfig, model: TriageModel): RoutingEngine {
  return new RoutingEngine({ ...config, triageModel: { model, problem: null } });
}

export interface Routed {
  team: Team;
  group: Group | null;
}

/** A team and group as one text, "TEAM/GROUP" or "TEAM/-" (the confusion matrices' labels). */
export const teamAndGroupKey = (d: Routed) => `${d.team}/${d.group ?? '-'}`;

interface ClassFigures {
  label: string;
  support: number;
  precision: number;
  recall: number;
}

export interface SetFigures {
  messages: number;
  rightTeamAndGroup: number;
  /** HNW concerns about the client's own manager (truth). */
  hnwComplaints: number;
  hnwComplaintRecall: number;
  /** HNW complaints about the manager routed to that manager (team HNW, group ACCOUNT_MANAGER). */
  complaintsToManager: number;
  hnwRoutine: number;
  routineHnwToDirector: number;
  topic: ClassFigures[];
  topicConfusion: number[][];
  staff: ClassFigures;
  aboutManager: ClassFigures;
  destinations: string[];
  destinationConfusion: number[][];
  /** Right team and group by language and by channel. */
  byLanguage: Record<string, { messages: number; right: number }>;
  byChannel: Record<string, { messages: number; right: number }>;
}

export interface CurvePoint {
  threshold: number;
  hnwComplaintRecall: number;
  routineHnwToDirector: number;
  rightTeamAndGroup: number;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

function classFigures(label: string, truth: boolean[], predicted: boolean[]): ClassFigures {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  truth.forEach((t, i) => {
    const p = predicted[i]!;
    if (t && p) tp++;
    else if (p) fp++;
    else if (t) fn++;
  });
  return { label, support: tp + fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) };
}

/** Where each prediction is routed at this threshold. */
export function routeAll(
  engine: RoutingEngine,
  predictions: readonly Prediction[],
  threshold: number
): Routed[] {
  const settings = { ...engine.config.settings, managerConcernThreshold: threshold };
  return predictions.map(({ message, facts }) => {
    const r = engine.routeWith(message.contact, facts, settings);
    return { team: r.team, group: r.group };
  });
}

const isHnwComplaint = (m: LabelledMessage) =>
  m.segment === 'HNW' && m.truth.issueType === 'staff' && m.truth.aboutAccountManager === true;
const isHnwRoutine = (m: LabelledMessage) =>
  m.segment === 'HNW' && m.truth.issueType === 'technical';
const toDirector = (r: Routed) => r.team === 'HNW' && r.group === 'DIRECTOR';

export function figures(predictions: readonly Prediction[], routed: readonly Routed[]): SetFigures {
  const truths = predictions.map((p) => destinationOf(p.message.segment, p.message.truth));
  const right = routed.map((r, i) => teamAndGroupKey(r) === teamAndGroupKey(truths[i]!));
  const complaints = predictions.map((p) => isHnwComplaint(p.message));
  const routine = predictions.map((p) => isHnwRoutine(p.message));
  const count = (flags: boolean[]) => flags.filter(Boolean).length;
  const both = (a: boolean[], b: boolean[]) => a.map((x, i) => x && b[i]!);
  const director = routed.map(toDirector);
  const toManager = routed.map((r) => r.team === 'HNW' && r.group === 'ACCOUNT_MANAGER');

  const topicIndex = (t: string | null) =>
    TOPIC_CLASSES.indexOf((t ?? 'none') as (typeof TOPIC_CLASSES)[number]);
  const topicConfusion = TOPIC_CLASSES.map(() => TOPIC_CLASSES.map(() => 0));
  predictions.forEach((p) => {
    topicConfusion[topicIndex(p.message.truth.topic)]![topicIndex(p.facts.topic)]! += 1;
  });
  const topic = TOPIC_CLASSES.map((label, k) =>
    classFigures(
      label,
      predictions.map((p) => topicIndex(p.message.truth.topic) === k),
      predictions.map((p) => topicIndex(p.facts.topic) === k)
    )
  );
  const staff = classFigures(
    'staff',
    predictions.map((p) => p.message.truth.issueType === 'staff'),
    predictions.map((p) => p.facts.issueType === 'staff')
  );
  const aboutSet = predictions.filter(
    (p) =>
      p.message.segment === 'HNW' &&
      p.message.truth.issueType === 'staff' &&
      p.message.truth.aboutAccountManager !== null
  );
  const aboutManager = classFigures(
    'aboutManager',
    aboutSet.map((p) => p.message.truth.aboutAccountManager === true),
    aboutSet.map((p) => p.facts.aboutAccountManager)
  );
  const destinations = [
    ...new Set([...truths.map(teamAndGroupKey), ...routed.map(teamAndGroupKey)])
  ].sort();
  const destinationConfusion = destinations.map(() => destinations.map(() => 0));
  routed.forEach((r, i) => {
    destinationConfusion[destinations.indexOf(teamAndGroupKey(truths[i]!))]![
      destinations.indexOf(teamAndGroupKey(r))
    ]! += 1;
  });
  const tally = (of: (p: Prediction) => string) => {
    const out: Record<string, { messages: number; right: number }> = {};
    predictions.forEach((p, i) => {
      const k = of(p);
      out[k] ??= { messages: 0, right: 0 };
      out[k].messages++;
      if (right[i]) out[k].right++;
    });
    return out;
  };
  return {
    messages: predictions.length,
    rightTeamAndGroup: ratio(count(right), predictions.length),
    hnwComplaints: count(complaints),
    hnwComplaintRecall: ratio(count(both(complaints, director)), count(complaints)),
    complaintsToManager: count(both(complaints, toManager)),
    hnwRoutine: count(routine),
    routineHnwToDirector:
      count(routine) === 0 ? 0 : count(both(routine, director)) / count(routine),
    topic,
    topicConfusion,
    staff,
    aboutManager,
    destinations,
    destinationConfusion,
    byLanguage: tally((p) => p.message.language ?? p.facts.language),
    byChannel: tally((p) => p.message.contact.channel)
  };
}

export function curve(engine: RoutingEngine, predictions: readonly Prediction[]): CurvePoint[] {
  return THRESHOLDS.map((threshold) => {
    const f = figures(predictions, routeAll(engine, predictions, threshold));
    return {
      threshold,
      hnwComplaintRecall: f.hnwComplaintRecall,
      routineHnwToDirector: f.routineHnwToDirector,
      rightTeamAndGroup: f.rightTeamAndGroup
    };
  });
}

/**
 * The default threshold from the cross-validation curve. The complaint invariant comes first:
 * - the highest threshold with complaint recall >= 99% and routine HNW to the director <= 10%
 *   (the fewest detours that still catch the complaints);
 * - without one, the highest threshold that still reaches 99% recall: the detours it costs are
 *   routine contacts the director passes on with one click, a missed complaint reaches the
 *   accused manager;
 * - without that either, the best recall (then the highest threshold).
 */
export function chooseThreshold(points: readonly CurvePoint[]): { threshold: number; why: string } {
  const recallMet = points.filter((p) => p.hnwComplaintRecall >= TARGET_COMPLAINT_RECALL - 1e-12);
  const meets = recallMet.filter((p) => p.routineHnwToDirector <= MAX_ROUTINE_TO_DIRECTOR + 1e-12);
  if (meets.length > 0) {
    return {
      threshold: highest(meets).threshold,
      why: `the highest threshold with complaint recall >= ${pct(TARGET_COMPLAINT_RECALL)} and routine HNW to the director <= ${pct(MAX_ROUTINE_TO_DIRECTOR)}`
    };
  }
  if (recallMet.length > 0) {
    return {
      threshold: highest(recallMet).threshold,
      why: `no threshold reaches ${pct(TARGET_COMPLAINT_RECALL)} complaint recall within ${pct(MAX_ROUTINE_TO_DIRECTOR)} routine to the director: the highest threshold that keeps ${pct(TARGET_COMPLAINT_RECALL)} recall (complaints first)`
    };
  }
  const bestRecall = Math.max(...points.map((p) => p.hnwComplaintRecall));
  return {
    threshold: highest(points.filter((p) => p.hnwComplaintRecall === bestRecall)).threshold,
    why: `no threshold reaches ${pct(TARGET_COMPLAINT_RECALL)} complaint recall: the best recall`
  };
}

function highest(points: readonly CurvePoint[]): CurvePoint {
  return points.reduce((a, b) => (b.threshold > a.threshold ? b : a));
}

export function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}
