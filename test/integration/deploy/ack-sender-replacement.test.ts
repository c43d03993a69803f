/**
 * The acknowledgement sender is never a made-up address in the source: the shipped auto-response
 * rule carries a placeholder, and source-deploy-retrieve (the library `npm run deploy` and
 * `sf project deploy start` both use) replaces it from OMNI_DESK_ACK_SENDER when it builds the deploy
 * package, or refuses to build it when that is not set.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ComponentSet, MetadataConverter } from '@salesforce/source-deploy-retrieve';
import {
  ACK_SENDER_ENV,
  ACK_SENDER_PLACEHOLDER,
  AUTO_RESPONSE_RULES_FILE
} from '../../../scripts/deploy/ack-sender';

const root = path.resolve(__dirname, '../../..');
const saved = { ...process.env };
let out: string;

beforeEach(() => {
  out = mkdtempSync(path.join(os.tmpdir(), 'ack-sender-'));
  // SDR applies replacements when it zips a deploy; this makes it do the same for a folder.
  process.env.SF_APPLY_REPLACEMENTS_ON_CONVERT = 'true';
});
afterEach(() => {
  rmSync(out, { recursive: true, force: true });
  process.env = { ...saved };
});

async function convertRule(): Promise<string> {
  const components = ComponentSet.fromSource(
    path.join(root, path.dirname(AUTO_RESPONSE_RULES_FILE))
  );
  components.projectDirectory = root;
  await new MetadataConverter().convert(components, 'metadata', {
    type: 'directory',
    outputDirectory: out,
    genUniqueDir: false
  });
  return readFileSync(path.join(out, 'autoResponseRules', 'Case.autoResponseRules'), 'utf8');
}

it('given the shipped rule, when read, then every sender and reply-to is the placeholder that sfdx-project.json replaces from the environment', () => {
  const rule = readFileSync(path.join(root, AUTO_RESPONSE_RULES_FILE), 'utf8');
  const addresses = [...rule.matchAll(/<(senderEmail|replyToEmail)>([^<]*)</g)].map((m) => m[2]);
  expect(addresses.length).toBeGreaterThanOrEqual(16);
  expect(new Set(addresses)).toEqual(new Set([ACK_SENDER_PLACEHOLDER]));
  const project = JSON.parse(readFileSync(path.join(root, 'sfdx-project.json'), 'utf8')) as {
    replacements?: unknown[];
  };
  expect(project.replacements).toContainEqual({
    filename: AUTO_RESPONSE_RULES_FILE,
    stringToReplace: ACK_SENDER_PLACEHOLDER,
    replaceWithEnv: ACK_SENDER_ENV
  });
});

it('given OMNI_DESK_ACK_SENDER, when source-deploy-retrieve builds the package, then the rule sends from that address', async () => {
  process.env[ACK_SENDER_ENV] = 'service@firm.example';
  const converted = await convertRule();
  expect(converted).toContain('<senderEmail>service@firm.example</senderEmail>');
  expect(converted).toContain('<replyToEmail>service@firm.example</replyToEmail>');
  expect(converted).not.toContain(ACK_SENDER_PLACEHOLDER);
});

it('given no OMNI_DESK_ACK_SENDER, when source-deploy-retrieve builds the package, then it refuses instead of shipping the placeholder', async () => {
  delete process.env[ACK_SENDER_ENV];
  await expect(convertRule()).rejects.toThrow(/"OMNI_DESK_ACK_SENDER" .*not set/);
});
