/**
 * The contacts the smoke test sends to a seeded org: one per kind of Omni-Channel target, from
 * customers `npm run seed` creates (data/customers.json), through the two real entry points: an
 * email case as Email-to-Case creates it, and a call posted to the IVR's Apex REST resource.
 * Each names what it is meant to exercise; a test keeps that true as the phrases and rules change.
 */
import type { Group, Team, Topic } from '../routing/model';

interface SmokeContactBase {
  key: string;
  /** The seeded contact (data/customers.json key) who writes or calls. */
  contact: string;
  /** What this contact is meant to reach, for the reader (the engine's prediction is what counts). */
  intent: { team: Team; group: Group | null; why: string };
}

interface SmokeEmail extends SmokeContactBase {
  channel: 'email';
  subject: string;
  body: string;
}

interface SmokeCall extends SmokeContactBase {
  channel: 'phone';
  topic: Topic | null;
  aboutStaff: boolean | null;
  transcript: string;
}

export type SmokeContact = SmokeEmail | SmokeCall;

export const SMOKE_CONTACTS: readonly SmokeContact[] = [
  {
    key: 'email-ecommerce',
    channel: 'email',
    contact: 'ct-noah-fischer',
    intent: { team: 'ECOMMERCE', group: null, why: 'queue target: the e-commerce email queue' },
    subject: 'Checkout fails at payment',
    body: 'The checkout page on your website fails every time I try to pay for my subscription.'
  },
  {
    key: 'email-ai-portfolios',
    channel: 'email',
    contact: 'ct-liam-obrien',
    intent: {
      team: 'EXPERTS',
      group: 'AI_PORTFOLIOS',
      why: 'skills target: a pending routing with the AI_Portfolios and email channel skills'
    },
    subject: 'Robo-advisor did not rebalance',
    body: 'My AI portfolio did not rebalance after my last deposit. Can you explain what the robo-advisor did?'
  },
  {
    key: 'email-hnw-complaint',
    channel: 'email',
    contact: 'ct-charles-harrington',
    intent: {
      team: 'HNW',
      group: 'DIRECTOR',
      why: 'user target: the director, never the accused account manager'
    },
    subject: 'Complaint about my account manager',
    body: 'Daniel Brooks sold my shares without asking me and he never calls me back.'
  },
  {
    key: 'ivr-hnw-portfolio',
    channel: 'phone',
    contact: 'ct-eleanor-whitfield',
    intent: {
      team: 'HNW',
      group: 'ACCOUNT_MANAGER',
      why: 'user target through the IVR: the caller is found by phone and goes to her account manager'
    },
    topic: 'investment_portfolio',
    aboutStaff: false,
    transcript: 'I would like to review the allocation of my portfolio.'
  }
];
