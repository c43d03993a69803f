import { ABOUT_COLUMN, STAFF_COLUMN, TOPIC_CLASSES } from '../../../scripts/triage-model/model';
import {
  DEFAULT_TRAINING,
  trainModel,
  type TrainingExample
} from '../../../scripts/triage-model/train';

const topic = (name: (typeof TOPIC_CLASSES)[number]) => TOPIC_CLASSES.indexOf(name);

const example = (
  words: string[],
  labels: { topic?: number | null; staff?: boolean; about?: boolean | null }
): TrainingExample => ({
  values: new Map(words.map((w) => [`w:${w}`, 1])),
  topic: labels.topic === undefined ? null : labels.topic,
  staff: labels.staff ?? false,
  about: labels.about === undefined ? null : labels.about
});

/**
 * A tiny set each head can separate: "checkout" is the online store, "trade" the trading platform;
 * "rude" a staff concern; among HNW messages "manager" a concern about the client's own manager
 * and "colleague" a concern about someone else. "once" occurs in one message only.
 */
function examples(): TrainingExample[] {
  const out: TrainingExample[] = [];
  for (let i = 0; i < 4; i++) {
    out.push(example(['checkout', 'order'], { topic: topic('ecommerce_platform') }));
    out.push(example(['trade', 'order'], { topic: topic('trading_platform') }));
    out.push(example(['rude', 'manager'], { staff: true, about: true }));
    out.push(example(['rude', 'colleague'], { staff: true, about: false }));
    out.push(example(['portfolio'], { topic: topic('investment_portfolio'), about: false }));
  }
  out.push(example(['once'], { topic: topic('ecommerce_platform') }));
  return out;
}

const OPTIONS = { ...DEFAULT_TRAINING, iterations: 100 };

describe('trainModel', () => {
  it('learns each head from the words that separate its labels', () => {
    const model = trainModel(examples(), 'v-test', OPTIONS);
    const w = (feature: string) => model.weights[`w:${feature}`]!;
    expect(model.classes).toEqual([...TOPIC_CLASSES, 'staff', 'aboutManager']);
    expect(model.version).toBe('v-test');
    expect(w('checkout')[topic('ecommerce_platform')]!).toBeGreaterThan(
      w('checkout')[topic('trading_platform')]!
    );
    expect(w('trade')[topic('trading_platform')]!).toBeGreaterThan(
      w('trade')[topic('ecommerce_platform')]!
    );
    expect(w('rude')[STAFF_COLUMN]!).toBeGreaterThan(0);
    expect(w('portfolio')[STAFF_COLUMN]!).toBeLessThan(0);
    expect(w('manager')[ABOUT_COLUMN]!).toBeGreaterThan(0);
    expect(w('colleague')[ABOUT_COLUMN]!).toBeLessThan(0);
  });

  it('drops words seen in fewer messages than the minimum', () => {
    const model = trainModel(examples(), 'v-test', OPTIONS);
    expect(model.weights['w:once']).toBeUndefined();
    expect(model.weights['w:checkout']).toBeDefined();
  });

  it('keeps only the strongest features when there are more than it may keep', () => {
    const all = Object.keys(trainModel(examples(), 'v', OPTIONS).weights);
    const kept = Object.keys(trainModel(examples(), 'v', { ...OPTIONS, maxFeatures: 3 }).weights);
    expect(all.length).toBeGreaterThan(3);
    expect(kept.length).toBeLessThanOrEqual(3);
    expect(kept.every((name) => all.includes(name))).toBe(true);
  });

  it('gives the same file for the same inputs', () => {
    expect(trainModel(examples(), 'v', OPTIONS)).toEqual(trainModel(examples(), 'v', OPTIONS));
  });
});
