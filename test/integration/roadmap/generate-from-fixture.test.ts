/** The road map generated from a small fixture project: what it reads and how it marks each response. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../../scripts/lib/project';
import { generateRoadmap, roadmapDrift, writeRoadmap } from '../../../scripts/roadmap/generate';
import { GENERATED_NOTE } from '../../../scripts/roadmap/render';
import { loadRoadmapInput } from '../../../scripts/roadmap/sources';

const root = path.join(repoRoot(), 'test/fixtures/roadmap');
const input = loadRoadmapInput(root, [path.join(root, 'force-app')]);
const pages = generateRoadmap(input);
const page = (name: string) => pages.get(name) ?? '';

describe('given the fixture metadata, when the road map is generated', () => {
  it('then it writes an index and one page per channel', () => {
    expect([...pages.keys()]).toEqual(['index.md', 'phone.md', 'email.md', 'chat.md']);
  });

  it('then the phone page marks the active IVR welcome automated, with its text, and ignores the inactive one', () => {
    expect(page('phone.md')).toContain(
      '| 2 | IVR welcome | **Automated** | Welcome to the fixture firm. | force-app/customMetadata/IvrPrompt.Welcome.md-meta.xml |'
    );
    expect(page('phone.md')).not.toContain('An inactive welcome nobody hears.');
  });

  it('then the rep answers with the scripted steps in Order, text escaped for the table', () => {
    const phone = page('phone.md');
    expect(phone).toContain(
      '| 1 | Greet | Hello {CustomerFirstName}, this is {AgentName}. | Knowledge: `greeting-guide` |'
    );
    expect(phone).toContain(
      '| 2 | Understand | What is it about? \\| Anything else? | https://help.example.com/contact-us |'
    );
    expect(phone.indexOf('| 1 | Greet')).toBeLessThan(phone.indexOf('| 2 | Understand'));
    expect(phone).toContain('Promised response time: within 1 business day.');
  });

  it('then each routed team shows its rule, target and the IVR confirmation chosen by team then group', () => {
    const phone = page('phone.md');
    expect(phone).toContain('`Staff_To_Director` (order 10): segment HNW, issue staff');
    expect(phone).toContain('the department director (direct), fallback queue `HNW_Escalations`');
    expect(phone).toContain('Connecting you with the private client desk.');
    expect(phone).not.toContain('Switched_Off');
    expect(phone).toMatch(/rules -- "Everything_Else" --> desk\d/);
  });

  it('then the email page resolves the acknowledgement per team from the rule entries', () => {
    const email = page('email.md');
    expect(email).toContain('[Ack Director](#ack-ack-director)');
    expect(email).toContain('[Ack General](#ack-ack-general)');
    expect(email).toContain('The director will call you within 1 business day.');
    expect(email).toContain(
      'force-app/autoResponseRules/Case.autoResponseRules-meta.xml, rule Fixture_Acknowledgement, entry 2'
    );
  });

  it('then the chat page shows the initial response as the first automated stage and the routing flow', () => {
    const chat = page('chat.md');
    expect(chat).toContain(
      '| 2 | Initial response | **Automated** | Fixture: we have your message. |'
    );
    expect(chat).toContain('The Omni-Channel flow `Route_Fixture` routes the MessagingSession');
    expect(chat).toContain('initial[/"Automated: Initial response"/]');
  });

  it('then missing and inactive scripts and orphan steps are listed as gaps', () => {
    const index = page('index.md');
    expect(index).toContain('- phone: no active staff script for Triage desk');
    expect(index).toContain(
      '- chat: no active technical script for High-net-worth desk: Department director'
    );
    expect(index).toContain(
      '- force-app/customMetadata/ResponseScriptStep.Lost_Step.md-meta.xml: step belongs to no known script (Script__c "No_Such_Script")'
    );
    expect(index).toContain(
      '| Triage desk | [2 steps](phone.md#phone-triage-technical) | **missing** |'
    );
  });

  it('then generating twice gives the same bytes', () => {
    expect(generateRoadmap(loadRoadmapInput(root, [path.join(root, 'force-app')]))).toEqual(pages);
  });
});

describe('given a written road map, when compared with the metadata', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'roadmap-'));

  it('then a fresh write is up to date', () => {
    writeRoadmap(dir, pages);
    expect(roadmapDrift(dir, pages)).toEqual({ changed: [], stale: [] });
  });

  it('then an edited page and an extra page are reported', () => {
    writeRoadmap(dir, pages);
    writeFileSync(
      path.join(dir, 'phone.md'),
      readFileSync(path.join(dir, 'phone.md'), 'utf8') + 'edit\n'
    );
    writeFileSync(path.join(dir, 'old.md'), `# gone\n\n${GENERATED_NOTE}\n`);
    expect(roadmapDrift(dir, pages)).toEqual({ changed: ['phone.md'], stale: ['old.md'] });
    writeRoadmap(dir, pages);
    expect(roadmapDrift(dir, pages)).toEqual({ changed: [], stale: [] });
  });

  it('then a page it did not generate is never stale, nor removed', () => {
    writeFileSync(path.join(dir, 'NOTES.md'), '# Our own notes\n');
    expect(roadmapDrift(dir, pages).stale).toEqual([]);
    writeRoadmap(dir, pages);
    expect(readFileSync(path.join(dir, 'NOTES.md'), 'utf8')).toBe('# Our own notes\n');
  });

  it('then a path that is a file, not a folder, is refused', () => {
    const file = path.join(dir, 'NOTES.md');
    expect(() => writeRoadmap(file, pages)).toThrow('is not a folder');
  });
});
