/**
 * Reads one contact of `npm run route` input (docs/design.md#route-contract) into a Contact, or explains clearly
 * why it cannot. Lenient where the meaning is plain (a numeric string for assets, "Email" for
 * email), strict where a guess could misroute.
 */
import { normalizeLanguage } from './factors';
import {
  CHANNELS,
  TOPICS,
  type Channel,
  type Contact,
  type InputId,
  type RouteError,
  type Topic
} from './model';

/** A parsed line: the contact (whose id is text) and the id as the caller wrote it, to echo back. */
export type ParsedLine =
  { ok: true; contact: Contact; inputId: InputId } | { ok: false; error: RouteError };

type Json = Record<string, unknown>;

class InputProblem extends Error {}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function inputIdOf(value: unknown): InputId {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  return null;
}

function optionalText(object: Json, key: string, where = key): string | null {
  const value = object[key];
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  // A number where text belongs is a mistake in the caller, not a message to triage.
  throw new InputProblem(`"${where}" must be a string or null, got ${JSON.stringify(value)}`);
}

function optionalBoolean(object: Json, key: string, where: string): boolean | null {
  const value = object[key];
  if (value === undefined || value === null) return null;
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  throw new InputProblem(`"${where}" must be true, false or null`);
}

function optionalAmount(object: Json, key: string, where: string): number | null {
  const value = object[key];
  if (value === undefined || value === null || value === '') return null;
  const parsed =
    typeof value === 'number'
      ? value
      : typeof value === 'string'
        ? Number(value.replace(/[,_\s$]/g, ''))
        : NaN;
  if (!Number.isFinite(parsed)) throw new InputProblem(`"${where}" must be a number or null`);
  if (parsed < 0)
    throw new InputProblem(`"${where}" must be 0 or more, got ${JSON.stringify(value)}`);
  return parsed;
}

function optionalObject(object: Json, key: string, where = key): Json | null {
  const value = object[key];
  if (value === undefined || value === null) return null;
  if (!isObject(value)) throw new InputProblem(`"${where}" must be an object or null`);
  return value;
}

function channelOf(value: unknown): Channel {
  if (value === undefined || value === null || value === '') {
    throw new InputProblem(`missing "channel": expected one of ${CHANNELS.join(', ')}`);
  }
  const channel = typeof value === 'string' ? value.trim().toLowerCase() : '';
  if (!(CHANNELS as readonly string[]).includes(channel)) {
    throw new InputProblem(
      `unknown channel ${JSON.stringify(value)}: expected one of ${CHANNELS.join(', ')}`
    );
  }
  return channel as Channel;
}

/**
 * Builds a Contact from an already-parsed JSON value. With the input line's number, every
 * message starts with it (`line 3: …`), so the line to fix is found in a long file.
 */
export function contactFromJson(value: unknown, lineNumber?: number): ParsedLine {
  const at = lineNumber === undefined ? '' : `line ${lineNumber}: `;
  if (!isObject(value)) {
    return {
      ok: false,
      error: {
        id: null,
        error: `${at}each line must be a JSON object describing one contact, got ${Array.isArray(value) ? 'an array' : JSON.stringify(value)}`
      }
    };
  }
  const inputId = inputIdOf(value.id);
  const id = inputId === null ? null : String(inputId);
  try {
    const channel = channelOf(value.channel);
    const intakeJson = optionalObject(value, 'intake');
    let intake: Contact['intake'] = null;
    if (intakeJson) {
      const rawTopic = optionalText(intakeJson, 'topic', 'intake.topic');
      const topic =
        rawTopic === null || rawTopic.trim() === '' ? null : rawTopic.trim().toLowerCase();
      const known = topic !== null && (TOPICS as readonly string[]).includes(topic);
      const mood = optionalText(intakeJson, 'mood', 'intake.mood');
      const urgent = optionalBoolean(intakeJson, 'urgent', 'intake.urgent');
      intake = {
        topic: known ? (topic as Topic) : null,
        aboutStaff: optionalBoolean(intakeJson, 'aboutStaff', 'intake.aboutStaff'),
        ...(topic !== null && !known && topic !== 'none' ? { unknownTopic: rawTopic ?? '' } : {}),
        ...(mood !== null && mood.trim() !== '' ? { mood: mood.trim().toLowerCase() } : {}),
        ...(urgent === true ? { urgency: 'urgent' } : {})
      };
    }
    // The intake's language (the customer's own choice) wins over a detected one.
    const language =
      normalizeLanguage(
        intakeJson ? optionalText(intakeJson, 'language', 'intake.language') : null
      ) ?? normalizeLanguage(optionalText(value, 'language'));
    const customerJson = optionalObject(value, 'customer');
    let customer: Contact['customer'] = null;
    if (customerJson) {
      const managerJson = optionalObject(customerJson, 'accountManager', 'customer.accountManager');
      customer = {
        investableAssets: optionalAmount(
          customerJson,
          'investableAssets',
          'customer.investableAssets'
        ),
        accountManager: managerJson
          ? {
              name: optionalText(managerJson, 'name', 'customer.accountManager.name'),
              // A manager given without an "active" flag is taken as active.
              active:
                optionalBoolean(managerJson, 'active', 'customer.accountManager.active') ?? true
            }
          : null
      };
    }
    const transcriptParts = [
      optionalText(value, 'transcript'),
      optionalText(value, 'message')
    ].filter((part): part is string => part !== null);
    return {
      ok: true,
      inputId,
      contact: {
        id,
        channel,
        subject: optionalText(value, 'subject'),
        body: optionalText(value, 'body'),
        transcript: transcriptParts.length > 0 ? transcriptParts.join('\n') : null,
        intake,
        ...(language !== null ? { language } : {}),
        customer
      }
    };
  } catch (error) {
    if (error instanceof InputProblem)
      return { ok: false, error: { id: inputId, error: `${at}${error.message}` } };
    throw error;
  }
}

/** Parses one input line (1-based number for messages). */
export function parseContactLine(line: string, lineNumber: number): ParsedLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return {
      ok: false,
      error: {
        id: null,
        error: `line ${lineNumber} is not valid JSON: ${(error as Error).message}`
      }
    };
  }
  return contactFromJson(value, lineNumber);
}
