/**
 * The routing configurations a skills-based chat is routed with, checked against the routing
 * factors. The chat flow's Route Work action takes no priority and no drop time-out of its own,
 * only a routing configuration (docs/routing.md section 4a): the fallback queue's, or for a chat
 * the factors raise, the one the Raised Chat Routing Configuration setting names. So the raised
 * one must be served before the chat queues and never at 1 (the escalations' priority), and each
 * must drop additional skills after the language factors' Chat Drop Timeout: without a time-out
 * the language skill would be left out, with another one the factors' promise would not hold.
 */
import { DEFAULT_RAISED_CHAT_ROUTING_CONFIG } from '../routing/config';
import type { RoutingConfig } from '../routing/model';
import { componentsOf, type Component } from './components';
import type { ReferenceContext } from './references';
import type { ValidationReport } from './report';
import { child, childrenNamed, type XmlElement } from './xml-tree';

/** The highest priority a boost reaches (OmniWorkRouter.HIGHEST_RAISED_PRIORITY): 1 is the escalations'. */
const HIGHEST_RAISED_PRIORITY = 2;

type Records = Map<string, { file: string; root: XmlElement | undefined }>;

function valueLine(root: XmlElement | undefined, field: string): number | undefined {
  const value = childrenNamed(root, 'values').find((v) => child(v, 'field')?.text === field);
  return (child(value, 'value') ?? value)?.line ?? root?.line;
}

function numberOf(config: Component, field: string): number | null {
  const value = child(config.root, field)?.text;
  return value === undefined || value === '' ? null : Number(value);
}

export function checkChatRoutingConfigs(
  context: ReferenceContext,
  config: RoutingConfig,
  records: Records,
  fallbackFile: string,
  report: ValidationReport
): void {
  const queues = componentsOf(context, 'Queue');
  const routingConfigs = componentsOf(context, 'QueueRoutingConfig');

  // The fallback queues' configurations of every skills rule that takes chats.
  const used = new Map<string, Component>();
  for (const rule of config.rules) {
    const queue = rule.active && rule.targetKind === 'skills' ? rule.queues.chat : null;
    const name = queue ? child(queues.get(queue)?.root, 'queueRoutingConfig')?.text : undefined;
    const found = name ? routingConfigs.get(name) : undefined;
    if (name && found) used.set(name, found);
  }
  if (used.size === 0) return;
  report.countReference('chat skills → routing configuration');

  const raisedName = config.settings.raisedChatRoutingConfig ?? DEFAULT_RAISED_CHAT_ROUTING_CONFIG;
  const raised = routingConfigs.get(raisedName);
  const setting = records.get('RoutingSetting.Default');
  const boosts = config.factors?.some((f) => f.active && f.priorityBoost > 0) ?? false;
  // A name the setting gives is checked as a reference; the default it means when blank is checked here.
  if (!raised && !config.settings.raisedChatRoutingConfig && boosts)
    report.error(
      'reference',
      setting?.file ?? fallbackFile,
      `chat routing: Raised Chat Routing Configuration is blank, which means ${raisedName}, and there is no ${raisedName} routing configuration: the routing factors would never raise a chat`,
      setting?.root?.line
    );
  if (raised) {
    const priority = numberOf(raised, 'routingPriority');
    const queuePriorities = [...used.values()].map((c) => numberOf(c, 'routingPriority') ?? 1);
    const line = child(raised.root, 'routingPriority')?.line ?? raised.root.line;
    if (priority === null || priority < HIGHEST_RAISED_PRIORITY)
      report.error(
        'reference',
        raised.file,
        `chat routing: ${raisedName} raises chats to routing priority ${priority ?? 'none'}; a raised chat never reaches ${HIGHEST_RAISED_PRIORITY - 1}, the escalations' own (use ${HIGHEST_RAISED_PRIORITY} or more)`,
        line
      );
    else if (priority >= Math.min(...queuePriorities))
      report.error(
        'reference',
        raised.file,
        `chat routing: ${raisedName} (routing priority ${priority}) would not serve a raised chat before the chat queues' configurations (${[...used.keys()].join(', ')}: priority ${Math.min(...queuePriorities)})`,
        line
      );
    used.set(raisedName, raised);
  }

  const languages = (config.factors ?? []).filter(
    (f) => f.active && f.factor === 'language' && f.skill && f.dropTimeoutSeconds.chat !== null
  );
  const timeouts = new Set(languages.map((f) => f.dropTimeoutSeconds.chat));
  if (timeouts.size > 1) {
    const last = languages[languages.length - 1]!;
    const record = records.get(`RoutingFactor.${last.developerName}`);
    report.error(
      'reference',
      record?.file ?? fallbackFile,
      `chat routing: the language factors' Chat Drop Timeouts differ (${languages
        .map((f) => `${f.developerName} ${f.dropTimeoutSeconds.chat} s`)
        .join(
          ', '
        )}), but Route Work drops a chat's additional skills after its routing configuration's one time-out`,
      valueLine(record?.root, 'ChatDropTimeout__c')
    );
    return;
  }
  const [timeout] = [...timeouts];
  if (timeout === undefined || timeout === null) return;
  for (const [name, routingConfig] of used) {
    const drop = numberOf(routingConfig, 'dropAdditionalSkillsTimeout');
    if (drop === timeout) continue;
    report.error(
      'reference',
      routingConfig.file,
      drop === null || drop <= 0
        ? `chat routing: ${name} drops no additional skills, so a chat routed with it gets no language skill; set dropAdditionalSkillsTimeout to the language factors' Chat Drop Timeout, ${timeout} s`
        : `chat routing: ${name} drops additional skills after ${drop} s, but the language factors' Chat Drop Timeout is ${timeout} s`,
      child(routingConfig.root, 'dropAdditionalSkillsTimeout')?.line ?? routingConfig.root.line
    );
  }
}
