/**
 * Writes the metadata files the response generator owns, in Salesforce source format, with the
 * element names and order of @salesforce/types (alphabetical within each type).
 */
const HEADER = '<?xml version="1.0" encoding="UTF-8"?>';
const NS = 'http://soap.sforce.com/2006/04/metadata';

/** Escapes element content (the files never put text in attributes). */
function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A public email template folder (`email/<Folder>.emailFolder-meta.xml`). */
export function emailFolderXml(name: string): string {
  return [
    HEADER,
    `<EmailFolder xmlns="${NS}">`,
    '    <accessType>Public</accessType>',
    `    <name>${escapeXml(name)}</name>`,
    '    <publicFolderAccess>ReadWrite</publicFolderAccess>',
    '</EmailFolder>',
    ''
  ].join('\n');
}

export interface TextTemplate {
  /** Developer name (file name inside the folder). */
  developerName: string;
  name: string;
  description: string;
  subject: string;
  body: string;
}

/** A Classic text email template's `.email-meta.xml`; the body goes in the `.email` file beside it. */
export function emailTemplateMetaXml(template: TextTemplate, apiVersion: string): string {
  return [
    HEADER,
    `<EmailTemplate xmlns="${NS}">`,
    `    <apiVersion>${apiVersion}</apiVersion>`,
    '    <available>true</available>',
    `    <description>${escapeXml(template.description)}</description>`,
    '    <encodingKey>UTF-8</encodingKey>',
    `    <name>${escapeXml(template.name)}</name>`,
    '    <style>none</style>',
    `    <subject>${escapeXml(template.subject)}</subject>`,
    '    <type>text</type>',
    '    <uiType>Aloha</uiType>',
    '</EmailTemplate>',
    ''
  ].join('\n');
}

export interface AutoResponseEntry {
  /** Formula criteria (rule entries are tried in order; the first true one sends its template). */
  formula: string;
  senderEmail: string;
  senderName: string;
  replyToEmail: string;
  /** `<Folder>/<Template>` */
  template: string;
}

/** `autoResponseRules/Case.autoResponseRules-meta.xml` with one active rule. */
export function autoResponseRulesXml(ruleName: string, entries: AutoResponseEntry[]): string {
  const lines = [
    HEADER,
    `<AutoResponseRules xmlns="${NS}">`,
    '    <autoResponseRule>',
    `        <fullName>${ruleName}</fullName>`,
    '        <active>true</active>'
  ];
  for (const entry of entries) {
    lines.push(
      '        <ruleEntry>',
      `            <formula>${escapeXml(entry.formula)}</formula>`,
      `            <replyToEmail>${escapeXml(entry.replyToEmail)}</replyToEmail>`,
      `            <senderEmail>${escapeXml(entry.senderEmail)}</senderEmail>`,
      `            <senderName>${escapeXml(entry.senderName)}</senderName>`,
      `            <template>${escapeXml(entry.template)}</template>`,
      '        </ruleEntry>'
    );
  }
  lines.push('    </autoResponseRule>', '</AutoResponseRules>', '');
  return lines.join('\n');
}
