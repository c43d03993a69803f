import {
  ContactClassCueError,
  ContactClassifier,
  loadContactClassCues,
  type ContactClassCue
} from '../../../scripts/routing/contact-class';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const cue = (
  developerName: string,
  phrase: string,
  contactClass: ContactClassCue['contactClass'],
  weight = 1,
  active = true
): ContactClassCue => ({ developerName, phrase, contactClass, weight, active });

describe('ContactClassifier', () => {
  const cues = [
    cue('A', 'refund', 'Action_Transaction', 2),
    cue('P', 'not working', 'Problem_Solving', 3),
    cue('E', 'complain*', 'Escalation', 1),
    cue('R', 'how do i', 'Reference', 1, false)
  ];
  const classifier = new ContactClassifier(cues);

  it('Given a staff concern, then it is an escalation whatever the text says', () => {
    const result = classifier.classify({ issueType: 'staff', topic: null, body: 'refund please' });
    expect(result.contactClass).toBe('Escalation');
  });

  it('Given cues of two classes, then the higher total wins and the reason names the cues', () => {
    const result = classifier.classify({
      issueType: 'technical',
      topic: 'ecommerce_platform',
      subject: 'Refund',
      body: 'The page is not working.'
    });
    expect(result).toEqual({
      contactClass: 'Problem_Solving',
      reasons: ['contact class Problem_Solving: not working']
    });
  });

  it('Given equal scores, then the class first in the tie order wins', () => {
    const tie = new ContactClassifier([
      cue('A', 'refund', 'Action_Transaction', 1),
      cue('E', 'complain*', 'Escalation', 1)
    ]);
    expect(
      tie.classify({ issueType: 'technical', topic: null, body: 'refund, I complain' }).contactClass
    ).toBe('Escalation');
  });

  it('Given an inactive cue only, then the fallback decides by topic', () => {
    expect(
      classifier.classify({ issueType: 'technical', topic: null, body: 'how do i' }).contactClass
    ).toBe('Reference');
    expect(
      classifier.classify({ issueType: 'technical', topic: 'trading_platform', body: 'how do i' })
        .contactClass
    ).toBe('Problem_Solving');
  });

  it('Given a cue below the minimum score, then it proposes nothing', () => {
    const weak = new ContactClassifier([cue('A', 'refund', 'Action_Transaction', 0.5)]);
    expect(
      weak.classify({ issueType: 'technical', topic: null, body: 'refund' }).contactClass
    ).toBe('Reference');
  });
});

describe('loadContactClassCues', () => {
  it('Given a record with an unknown class and no weight, then it names the file and fields', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'cues-'));
    const dir = path.join(root, 'customMetadata');
    mkdirSync(dir);
    writeFileSync(
      path.join(dir, 'ContactClassCue.Bad.md-meta.xml'),
      `<?xml version="1.0" encoding="UTF-8"?>
<CustomMetadata xmlns="http://soap.sforce.com/2006/04/metadata" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <label>Bad</label>
  <values><field>Phrase__c</field><value xsi:type="xsd:string">oops</value></values>
  <values><field>Class__c</field><value xsi:type="xsd:string">Gossip</value></values>
</CustomMetadata>`
    );
    let caught: unknown;
    try {
      loadContactClassCues(root, [root]);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ContactClassCueError);
    const problems = (caught as ContactClassCueError).problems.join('\n');
    expect(problems).toContain('customMetadata/ContactClassCue.Bad.md-meta.xml: Class__c "Gossip"');
    expect(problems).toContain('Weight__c "" is not a number above 0');
  });
});
