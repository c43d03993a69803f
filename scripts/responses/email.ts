/**
 * The email acknowledgements: one Classic text template per desk (plus one for concerns about staff
 * outside the HNW desk) and the Case auto-response rule that picks the template from the routing
 * outcome. The CaseRouting trigger stamps RoutingTeam__c, RoutingGroup__c and IssueType__c before
 * insert, and auto-response rules run after the triggers, so the criteria can use them.
 */
import { ACK_SENDER_PLACEHOLDER } from '../deploy/ack-sender';
import type { Desk } from './model';
import { HELP, STAFF_CONCERN_RESPONSE_TIME } from './content';
import type { AutoResponseEntry, TextTemplate } from './metadata-xml';

export const EMAIL_FOLDER = 'Service_Desk_Acknowledgements';
export const EMAIL_FOLDER_LABEL = 'Service Desk Acknowledgements';
export const AUTO_RESPONSE_RULE = 'Service_Desk_Acknowledgement';
const STAFF_CONCERN_TEMPLATE = 'Ack_Staff_Concern';

/**
 * Sender of the acknowledgements: a placeholder the deploy replaces with the org owner's verified
 * organization-wide address (or the deploying admin's own address) — see scripts/deploy/ack-sender.ts.
 */
const SENDER = {
  email: ACK_SENDER_PLACEHOLDER,
  name: 'Client Service',
  replyTo: ACK_SENDER_PLACEHOLDER
};

/** Origins the CaseRouting trigger treats as the email channel (Email-to-Case and web forms). */
const EMAIL_CHANNEL = 'OR(ISPICKVAL(Origin, "Email"), ISPICKVAL(Origin, "Web"))';

function templateName(desk: Desk): string {
  return `Ack_${desk.name}`;
}

const SECURITY =
  'For your security, we will never ask you for a password, a full account number or a verification code by email.';

function body(lines: string[]): string {
  return [...lines, '', SECURITY, '', 'Kind regards,', 'Client Service', ''].join('\n');
}

/** The acknowledgement a desk sends for a new email: case number and when to expect the answer. */
export function deskTemplate(desk: Desk): TextTemplate {
  const isDirector = desk.group === 'DIRECTOR';
  const wait = isDirector ? desk.responseTime.staff : desk.responseTime.technical;
  const promise = isDirector
    ? `It has gone directly to our department director, who reviews every concern about our staff personally and independently of the people involved. The director will contact you personally ${wait}.`
    : `${desk.acknowledgement.whoAnswers} will reply ${wait}.`;
  return {
    developerName: templateName(desk),
    name: `Acknowledgement - ${desk.label}`,
    description: `Automated reply to a new email routed to ${desk.label} (${desk.team}${desk.group ? ` / ${desk.group}` : ''}): case number and expected response time (${wait}). Generated from scripts/responses/content.ts.`,
    subject: 'We have received your message - case {!Case.CaseNumber}',
    body: body([
      'Hello,',
      '',
      'Thank you for contacting us. Your message has been received and logged as case {!Case.CaseNumber}.',
      '',
      promise,
      'You do not need to do anything else; to add details, simply reply to this email.',
      '',
      desk.acknowledgement.whileYouWait
    ])
  };
}

/** Acknowledgement for a concern about staff on any desk but the director's. */
export function staffConcernTemplate(): TextTemplate {
  return {
    developerName: STAFF_CONCERN_TEMPLATE,
    name: 'Acknowledgement - Staff concern',
    description: `Automated reply to a new email about a member of staff (outside the HNW desk): case number and expected response time (${STAFF_CONCERN_RESPONSE_TIME}). Generated from scripts/responses/content.ts.`,
    subject: 'Your concern has been received - case {!Case.CaseNumber}',
    body: body([
      'Hello,',
      '',
      'Thank you for telling us about your experience. Your concern has been logged as case {!Case.CaseNumber}.',
      '',
      `It has gone to the team lead, who reviews every concern about our staff independently of the person involved, and who will contact you ${STAFF_CONCERN_RESPONSE_TIME}.`,
      'If you remember anything else, simply reply to this email and it will be added to your case.',
      '',
      `How we handle concerns: ${HELP}/complaints`
    ])
  };
}

function pick(field: string, value: string): string {
  return `ISPICKVAL(${field}, "${value}")`;
}

function entry(condition: string | null, template: string): AutoResponseEntry {
  return {
    formula: condition === null ? EMAIL_CHANNEL : `AND(${EMAIL_CHANNEL}, ${condition})`,
    senderEmail: SENDER.email,
    senderName: SENDER.name,
    replyToEmail: SENDER.replyTo,
    template: `${EMAIL_FOLDER}/${template}`
  };
}

/**
 * Entries, first match wins: the director's (HNW staff concerns), then any other staff concern, then
 * each desk by group or team, and last a catch-all with the triage template so every email case gets
 * an acknowledgement even when routing failed.
 */
export function autoResponseEntries(desks: readonly Desk[]): AutoResponseEntry[] {
  const entries: AutoResponseEntry[] = [];
  const director = desks.find((d) => d.group === 'DIRECTOR');
  if (director) entries.push(entry(pick('RoutingGroup__c', 'DIRECTOR'), templateName(director)));
  entries.push(entry(pick('IssueType__c', 'staff'), STAFF_CONCERN_TEMPLATE));
  const triage = desks.find((d) => d.team === 'TRIAGE');
  for (const desk of desks) {
    if (desk === director || desk === triage) continue;
    const condition = desk.group
      ? pick('RoutingGroup__c', desk.group)
      : pick('RoutingTeam__c', desk.team);
    entries.push(entry(condition, templateName(desk)));
  }
  if (triage) entries.push(entry(null, templateName(triage)));
  return entries;
}
