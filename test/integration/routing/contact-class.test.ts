/**
 * The shared contact class vectors (data/contact-class-scenarios.json) against the shipped
 * ContactClassCue records: the Apex ContactClassifierTest asserts the same file in the org.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../../scripts/lib/project';
import {
  CONTACT_CLASSES,
  ContactClassifier,
  loadContactClassCues,
  type ClassificationInput
} from '../../../scripts/routing/contact-class';

interface Scenario {
  name: string;
  input: ClassificationInput & { id: string };
  expected: { contactClass: string };
}

const root = repoRoot();
const raw = readFileSync(path.join(root, 'data', 'contact-class-scenarios.json'), 'utf8');
const file = JSON.parse(raw) as { scenarios: Scenario[] };
const classifier = new ContactClassifier(loadContactClassCues(root));

describe('contact class scenarios', () => {
  it('Given the shipped cues, then every class of the process map has cues and scenarios', () => {
    const cues = loadContactClassCues(root);
    expect(new Set(cues.map((c) => c.contactClass))).toEqual(new Set(CONTACT_CLASSES));
    expect(new Set(file.scenarios.map((s) => s.expected.contactClass))).toEqual(
      new Set(CONTACT_CLASSES)
    );
    const ids = file.scenarios.map((s) => s.input.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('When each scenario is classified, then the class is the expected one', () => {
    const differences = file.scenarios
      .map((s) => ({ s, actual: classifier.classify(s.input).contactClass }))
      .filter(({ s, actual }) => actual !== s.expected.contactClass)
      .map(({ s, actual }) => `${s.input.id} ${s.name}: ${actual}`);
    expect(differences).toEqual([]);
  });

  it('Then the static resource the Apex test reads is an identical copy', () => {
    const shipped = readFileSync(
      path.join(root, 'force-app/routing-engine/staticresources/ContactClassScenarios.json'),
      'utf8'
    );
    expect(shipped).toBe(raw);
  });
});
