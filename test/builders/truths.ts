/** The labels of labelled messages the triage-model tests build on: what a writer or reader says a message is. */
import type { LabelledTruth } from '../../scripts/triage-model/dataset';

/** A high-net-worth client's complaint about their own account manager. */
export const MANAGER_COMPLAINT = {
  topic: 'investment_portfolio',
  issueType: 'staff',
  aboutAccountManager: true
} as const satisfies LabelledTruth;

/** A routine question about the portfolio (for an HNW client, the account manager's). */
export const ROUTINE_PORTFOLIO = {
  topic: 'investment_portfolio',
  issueType: 'technical',
  aboutAccountManager: false
} as const satisfies LabelledTruth;
