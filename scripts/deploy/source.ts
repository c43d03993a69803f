/**
 * What a deploy sends: the package directories of sfdx-project.json, plus optional/voice on request,
 * and the few facts about that source the pre-flight and post-deploy steps need (whether it turns
 * Omni-Channel on itself, which messaging channels it ships).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../lib/cli';
import { OPTIONAL_SOURCE_DIRS, packageDirectories } from '../lib/project';
import { findSourceFiles } from '../lib/source-files';
import { children, readMetadataFile, text } from '../lib/xml';

const VOICE_DIR = OPTIONAL_SOURCE_DIRS[0] ?? 'optional/voice';

export function deploySourceDirs(root: string, withVoice: boolean): string[] {
  const dirs = packageDirectories(root).filter((dir) => existsSync(dir));
  if (dirs.length === 0)
    throw new UsageError('No package directory of sfdx-project.json exists: nothing to deploy.');
  if (!withVoice) return dirs;
  const voice = path.join(root, VOICE_DIR);
  if (!existsSync(voice))
    throw new UsageError(`--with-voice: ${VOICE_DIR} does not exist in this checkout.`);
  return [...dirs, voice];
}

/** Files under `dirs` whose name ends with `suffix`, in a folder called `folder`. */
function filesIn(dirs: string[], folder: string, suffix: string): string[] {
  return findSourceFiles(
    dirs,
    (file) => path.basename(path.dirname(file)) === folder && file.endsWith(suffix)
  );
}

export interface ShippedFacts {
  /** settings/OmniChannel.settings-meta.xml ships with enableOmniChannel true. */
  enablesOmniChannel: boolean;
  /** settings/LiveMessage.settings-meta.xml ships with enableLiveMessage true (Messaging, Enhanced Chat). */
  enablesMessaging: boolean;
  /** Developer names of the messaging channels the source ships. */
  messagingChannels: string[];
  /**
   * The Case Origin values the source ships (standardValueSets/CaseOrigin), or null when it ships
   * none: a deployed standard value set deactivates the org's values it does not list.
   */
  caseOrigins: string[] | null;
}

export function shippedFacts(dirs: string[]): ShippedFacts {
  const enabled = (file: string, flag: string) =>
    filesIn(dirs, 'settings', file).some((f) => text(readMetadataFile(f).root, flag) === 'true');
  const enablesOmniChannel = enabled('OmniChannel.settings-meta.xml', 'enableOmniChannel');
  const enablesMessaging = enabled('LiveMessage.settings-meta.xml', 'enableLiveMessage');
  const messagingChannels = filesIn(dirs, 'messagingChannels', '.messagingChannel-meta.xml').map(
    (file) => path.basename(file).replace(/\.messagingChannel-meta\.xml$/, '')
  );
  const originSets = filesIn(dirs, 'standardValueSets', 'CaseOrigin.standardValueSet-meta.xml');
  const caseOrigins =
    originSets.length === 0
      ? null
      : originSets.flatMap((file) =>
          children(readMetadataFile(file).root, 'standardValue').map(
            (value) => text(value, 'fullName') ?? ''
          )
        );
  return { enablesOmniChannel, enablesMessaging, messagingChannels, caseOrigins };
}
