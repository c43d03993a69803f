/**
 * The samples as the routing engine sees them in the org. A case (the same mapping as
 * CaseRoutingService): channel from the origin, subject and description as text, IVR choices as
 * intake. A chat (as ChatRoutingAction reads a MessagingSession): the pre-chat form as intake, the
 * first message as text. The customer's assets and account manager come from the contact's
 * account. Used to prove offline that every sample exercises the rule it claims to, and by
 * `npm start` to show where each sample goes.
 */
import type { Channel, Contact } from '../routing/model';
import type {
  CaseOrigin,
  CustomerAccount,
  SampleCase,
  SampleChat,
  SeedData,
  TeamUser
} from './data-model';

const CHANNEL_BY_ORIGIN: Record<CaseOrigin, Channel> = {
  Phone: 'phone',
  Email: 'email',
  Web: 'email'
};

type Intake = SampleCase['intake'];

function intakeOf(intake: Intake): Contact['intake'] {
  return intake
    ? { topic: intake.topic ?? null, aboutStaff: intake.aboutStaff === true ? true : null }
    : null;
}

function customerOf(contactKey: string | null, data: SeedData): Contact['customer'] {
  const account = accountOf(contactKey, data);
  if (!account) return null;
  const manager = managerOf(account, data);
  return {
    investableAssets: account.investableAssets,
    accountManager: manager
      ? { name: `${manager.firstName} ${manager.lastName}`, active: manager.active !== false }
      : null
  };
}

function routingContactOf(sample: SampleCase, data: SeedData): Contact {
  return {
    id: sample.key,
    channel: CHANNEL_BY_ORIGIN[sample.origin],
    subject: sample.subject,
    body: sample.description,
    transcript: null,
    intake: intakeOf(sample.intake),
    customer: customerOf(sample.contact, data)
  };
}

function routingContactOfChat(chat: SampleChat, data: SeedData): Contact {
  return {
    id: chat.key,
    channel: 'chat',
    subject: null,
    body: null,
    transcript: chat.message,
    intake: intakeOf(chat.intake),
    customer: customerOf(chat.contact, data)
  };
}

/** Every sample, cases then chats, with where it came in and what it is expected to reach. */
export function allSamples(data: SeedData): {
  key: string;
  contactKey: string | null;
  /** Where the contact came in: a case's Origin, or Chat. A web case is routed as email. */
  origin: CaseOrigin | 'Chat';
  contact: Contact;
  expect: SampleCase['expect'];
}[] {
  return [
    ...data.cases.cases.map((c) => ({
      key: c.key,
      contactKey: c.contact,
      origin: c.origin,
      contact: routingContactOf(c, data),
      expect: c.expect
    })),
    ...(data.cases.chats ?? []).map((c) => ({
      key: c.key,
      contactKey: c.contact,
      origin: 'Chat' as const,
      contact: routingContactOfChat(c, data),
      expect: c.expect
    }))
  ];
}

export function accountOf(contactKey: string | null, data: SeedData): CustomerAccount | undefined {
  if (contactKey === null) return undefined;
  return data.customers.accounts.find((a) => a.contacts.some((c) => c.key === contactKey));
}

export function managerOf(account: CustomerAccount, data: SeedData): TeamUser | undefined {
  const key = account.accountManager;
  return key ? data.teams.users.find((u) => u.key === key) : undefined;
}
