/**
 * The secondary routing priorities a service channel ships with: ServiceChannel
 * `serviceChannelFieldPriorities` (value of `secondaryRoutingPriorityField`, e.g. Case.Priority
 * High, to a priority number). The Apex router copies the one for the case's priority onto the
 * pending routing it creates (PendingServiceRouting.SecondaryRoutingPriority), so the smoke test
 * expects exactly that number.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { allSourceDirectories, repoRoot } from '../lib/project';
import { children, readMetadataFile, text } from '../lib/xml';
import { walk } from '../apex-check/apex-files';

/** Priority by field value for the named channel; empty when the channel or its mapping is not shipped. */
export function shippedSecondaryPriorities(
  channel: string | null | undefined,
  root = repoRoot()
): Map<string, number> {
  const priorities = new Map<string, number>();
  if (!channel) return priorities;
  const fileName = `${channel}.serviceChannel-meta.xml`;
  const file = allSourceDirectories(root)
    .flatMap((dir) => walk(dir, (candidate) => path.basename(candidate) === fileName))
    .find((candidate) => existsSync(candidate));
  if (!file) return priorities;
  for (const mapping of children(readMetadataFile(file).root, 'serviceChannelFieldPriorities')) {
    const value = text(mapping, 'value');
    const priority = Number(text(mapping, 'priority'));
    if (value !== undefined && Number.isInteger(priority)) priorities.set(value, priority);
  }
  return priorities;
}
