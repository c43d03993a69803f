/**
 * What the acknowledgement emails say, per desk (a team, or a group inside a team): who answers, where
 * to look meanwhile, and the response time the customer is promised. `npm run responses`
 * (scripts/cli/responses.ts) turns this into the Classic email templates and the Case auto-response
 * rule; code owns those files.
 *
 * The agents' response scripts are not here: the ResponseScript__mdt and ResponseScriptStep__mdt
 * records under force-app/agent-experience/customMetadata are the scripts. Leads edit them in Setup
 * and the repository retrieves them; `npm run responses` only checks them (scripts.ts).
 */
import type { Desk } from './model';

/** The firm's help centre: the acknowledgements point at it. */
export const HELP = 'https://help.example.com';

/** Every concern about staff gets its first personal contact within this time, on every desk. */
export const STAFF_CONCERN_RESPONSE_TIME = 'within 1 business day';

const ECOMMERCE: Desk = {
  team: 'ECOMMERCE',
  group: null,
  name: 'Ecommerce',
  label: 'E-commerce',
  acknowledgement: {
    whoAnswers: 'A member of our online store team',
    whileYouWait: `Answers to the most common questions about checkout, refunds and subscriptions are at ${HELP}/store.`
  },
  responseTime: { technical: 'within 4 business hours', staff: STAFF_CONCERN_RESPONSE_TIME }
};

const ADVISORY: Desk = {
  team: 'ADVISORY',
  group: null,
  name: 'Advisory',
  label: 'Advisory',
  acknowledgement: {
    whoAnswers: 'One of our financial advisors',
    whileYouWait: `Our fee schedule and how to book a planning review are at ${HELP}/advice.`
  },
  responseTime: { technical: 'within 1 business day', staff: STAFF_CONCERN_RESPONSE_TIME }
};

const HNW_ACCOUNT_MANAGER: Desk = {
  team: 'HNW',
  group: 'ACCOUNT_MANAGER',
  name: 'HNW_Account_Manager',
  label: 'HNW Account Manager',
  acknowledgement: {
    whoAnswers: 'Your account manager',
    whileYouWait: `Your private client dashboard is at ${HELP}/private-client/dashboard.`
  },
  responseTime: { technical: 'within 2 business hours', staff: STAFF_CONCERN_RESPONSE_TIME }
};

const HNW_DIRECTOR: Desk = {
  team: 'HNW',
  group: 'DIRECTOR',
  name: 'HNW_Director',
  label: 'HNW Director',
  acknowledgement: {
    whoAnswers: 'Our department director, personally',
    whileYouWait: `Our complaints procedure is at ${HELP}/complaints.`
  },
  responseTime: { technical: 'within 2 business hours', staff: STAFF_CONCERN_RESPONSE_TIME }
};

const EXPERTS_AI_PORTFOLIOS: Desk = {
  team: 'EXPERTS',
  group: 'AI_PORTFOLIOS',
  name: 'Experts_AI_Portfolios',
  label: 'AI Portfolios',
  acknowledgement: {
    whoAnswers: 'One of our AI Portfolios specialists',
    whileYouWait: `How rebalancing and risk levels work is explained at ${HELP}/ai-portfolios.`
  },
  responseTime: { technical: 'within 4 business hours', staff: STAFF_CONCERN_RESPONSE_TIME }
};

const EXPERTS_TRADING_PLATFORM: Desk = {
  team: 'EXPERTS',
  group: 'TRADING_PLATFORM',
  name: 'Experts_Trading_Platform',
  label: 'Trading Platform',
  acknowledgement: {
    whoAnswers: 'One of our trading platform specialists',
    whileYouWait: `Order statuses and the secure two-factor reset are explained at ${HELP}/trading.`
  },
  responseTime: { technical: 'within 2 business hours', staff: STAFF_CONCERN_RESPONSE_TIME }
};

const TRIAGE: Desk = {
  team: 'TRIAGE',
  group: null,
  name: 'Triage',
  label: 'Triage',
  acknowledgement: {
    whoAnswers: 'A member of our client service team',
    whileYouWait: `Answers to the most common questions are at ${HELP}.`
  },
  responseTime: { technical: 'within 1 business day', staff: STAFF_CONCERN_RESPONSE_TIME }
};

/** Every desk, in the order the road map and Setup list them. */
export const DESKS: readonly Desk[] = [
  ECOMMERCE,
  ADVISORY,
  HNW_ACCOUNT_MANAGER,
  HNW_DIRECTOR,
  EXPERTS_AI_PORTFOLIOS,
  EXPERTS_TRADING_PLATFORM,
  TRIAGE
];
