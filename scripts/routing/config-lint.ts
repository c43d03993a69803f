/**
 * Lints the routing configuration: rules, settings and phrases that would misroute, or count
 * twice, at run time. Used by the validator (`npm run validate`) and the tests; the custom metadata
 * validation rules refuse the same edits in Setup where a formula can.
 */
import { STEM_KEY } from './phrases';
import { tokenize } from './text';
import { CHANNELS, type RoutingRule, type RoutingSettings, type TriagePhrase } from './model';

/** Problems in the rule table that would misroute at run time (also used by the validator). */
export function lintRules(rules: RoutingRule[]): string[] {
  const problems: string[] = [];
  const orders = new Map<number, string>();
  for (const rule of rules) {
    const channels = rule.channels.length > 0 ? rule.channels : CHANNELS;
    if (rule.active) {
      const clash = orders.get(rule.order);
      if (clash)
        problems.push(`rules ${clash} and ${rule.developerName} share order ${rule.order}`);
      orders.set(rule.order, rule.developerName);
    }
    for (const channel of channels) {
      if (!rule.queues[channel]) {
        problems.push(
          `rule ${rule.developerName}: no ${channel} queue (needed as ${rule.targetKind === 'queue' ? 'target' : 'fallback'})`
        );
      }
    }
    if (rule.targetKind === 'skills' && rule.skills.length === 0)
      problems.push(`rule ${rule.developerName}: target kind skills but no skills`);
    if (rule.targetKind === 'user' && !rule.targetUser)
      problems.push(`rule ${rule.developerName}: target kind user but no target user`);
    if (rule.targetKind !== 'user' && rule.targetUser)
      problems.push(
        `rule ${rule.developerName}: target user set but target kind is ${rule.targetKind}`
      );
  }
  return problems;
}

/** Settings outside their range (the RoutingSetting__mdt validation rules refuse the same in Setup). */
export function lintSettings(settings: RoutingSettings): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const check = (ok: boolean, field: string, message: string) => {
    if (!ok) problems.push({ field, message: `setting ${field}: ${message}` });
  };
  check(settings.hnwThreshold > 0, 'HnwThreshold__c', 'HNW Threshold must be above 0');
  check(settings.topicMinScore >= 0, 'TopicMinScore__c', 'Topic Minimum Score may not be negative');
  check(
    settings.staffMinScore > 0,
    'StaffMinScore__c',
    'Staff Concern Minimum Score must be above 0'
  );
  check(settings.subjectWeight > 0, 'SubjectWeight__c', 'Subject Weight must be above 0');
  check(
    Number.isInteger(settings.directorWaitMinutes) &&
      settings.directorWaitMinutes >= 1 &&
      settings.directorWaitMinutes <= 1440,
    'DirectorWaitMinutes__c',
    'Director Wait must be a whole number of minutes between 1 and 1440'
  );
  const skillsWait = settings.skillsWaitMinutes;
  check(
    skillsWait === undefined ||
      (Number.isInteger(skillsWait) && skillsWait >= 1 && skillsWait <= 1440),
    'SkillsWaitMinutes__c',
    'Skills Wait must be a whole number of minutes between 1 and 1440'
  );
  return problems;
}

/** Phrases that can never match or that count twice. */
export function lintPhrases(phrases: TriagePhrase[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const phrase of phrases) {
    const tokens = tokenize(phrase.phrase, true);
    const where = `phrase ${phrase.developerName}: "${phrase.phrase}"`;
    if (tokens.every((t) => t.replace(/\*/g, '') === '')) problems.push(`${where} has no words`);
    else if (tokens.some((t) => t.slice(0, -1).includes('*')))
      problems.push(`${where} has a * that is not at the end of a word`);
    else if (tokens.some((t) => t.endsWith('*') && t.length - 1 < STEM_KEY)) {
      problems.push(`${where} needs ${STEM_KEY} letters before a *`);
    }
    if (phrase.weight <= 0) problems.push(`phrase ${phrase.developerName}: weight must be above 0`);
    if (!phrase.active) continue;
    const key = `${phrase.category}|${tokens.join(' ')}`;
    const twin = seen.get(key);
    if (twin)
      problems.push(
        `phrases ${twin} and ${phrase.developerName} are the same words in ${phrase.category}`
      );
    else seen.set(key, phrase.developerName);
  }
  problems.push(...coveredByWildcards(phrases));
  return problems;
}

/**
 * An active phrase whose every word a wildcard phrase of the same category also matches ("inherited"
 * and "inherit*"): both match the same words, so the text would score twice.
 */
function coveredByWildcards(phrases: TriagePhrase[]): string[] {
  const active = phrases
    .filter((p) => p.active)
    .map((p) => ({ phrase: p, tokens: tokenize(p.phrase, true) }));
  const wildcards = active.filter((w) => w.tokens.some((t) => t.endsWith('*')));
  const problems: string[] = [];
  for (const { phrase, tokens } of active) {
    for (const w of wildcards) {
      if (w.phrase === phrase || w.phrase.category !== phrase.category) continue;
      if (w.tokens.length !== tokens.length) continue;
      const covered = w.tokens.every((pattern, i) => {
        const word = tokens[i] as string;
        return pattern.endsWith('*')
          ? word.replace(/\*$/, '').startsWith(pattern.slice(0, -1)) &&
              (word.endsWith('*') ? word.length >= pattern.length : true)
          : pattern === word;
      });
      if (covered && tokens.join(' ') !== w.tokens.join(' '))
        problems.push(
          `phrase ${phrase.developerName}: "${phrase.phrase}" is already matched by ${w.phrase.developerName} ("${w.phrase.phrase}") in ${phrase.category}, so it would count twice`
        );
    }
  }
  return problems;
}
