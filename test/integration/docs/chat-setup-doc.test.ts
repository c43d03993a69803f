/**
 * docs/routing.md and the messaging channel the project deploys tell the same story: what the
 * channel file ships (its routing flow, fallback queue and pre-chat parameter mappings) is
 * documented as shipped, and none of it is listed among the manual Setup steps.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { children, readMetadataFile, text } from '../../../scripts/lib/xml';

const root = path.resolve(__dirname, '../../..');
const CHANNEL = 'force-app/agent-experience/messagingChannels/Web_Chat.messagingChannel-meta.xml';

const doc = readFileSync(path.join(root, 'docs/routing.md'), 'utf8');
const chat = doc.slice(doc.indexOf('### Chat: the Omni-Channel flow'), doc.indexOf('## 7.'));
const shipped = chat.slice(
  chat.indexOf('**Shipped as metadata.**'),
  chat.indexOf('**Setup steps left')
);
const manual = chat.slice(chat.indexOf('**Setup steps left'), chat.indexOf('Testing:'));

const { root: channel } = readMetadataFile(path.join(root, CHANNEL));

it('given the chat section, when read, then it has a shipped part naming the channel file and a manual part', () => {
  expect(shipped).toContain(CHANNEL);
  expect(manual.length).toBeGreaterThan(100);
});

it('given the channel file, when compared with the doc, then its routing flow, handler type and fallback queue are documented as shipped', () => {
  for (const field of ['sessionHandlerType', 'sessionHandlerFlow', 'sessionHandlerQueue']) {
    const value = text(channel, field);
    expect(value).toBeTruthy();
    expect(shipped).toMatch(new RegExp(`\`${field}\`\\s*\\|\\s*\`${value}\``));
  }
});

it('given the channel file, when compared with the doc, then every pre-chat parameter and the flow variable it maps to are documented as shipped', () => {
  const parameters = children(channel, 'customParameters').map((p) => [
    text(p, 'name'),
    text(children(p, 'actionParameterMappings')[0]!, 'actionParameterName')
  ]);
  expect(parameters.length).toBeGreaterThan(0);
  for (const [name, variable] of parameters)
    expect(shipped).toContain(`\`${name}\` → \`${variable}\``);
});

it('given the manual Setup steps, when read, then none asks to set what the metadata already ships', () => {
  expect(manual).not.toMatch(
    /Routing Type|Flow Definition|Fallback Queue|Parameter Mappings|Custom Parameters/
  );
  expect(doc).not.toMatch(/not deployable as metadata/i);
});
