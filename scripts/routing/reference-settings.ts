/**
 * The routing settings of the offline references: the shared triage vectors (data/triage/vectors.json,
 * which the Apex twin asserts) and the test builders. Fixed here, not read from the Default record,
 * so a lead's edit of the Routing Settings in Setup changes neither.
 */
import type { RoutingSettings } from './model';

/** A fresh copy of the reference settings (nothing shared between callers), with `overrides` applied. */
export function referenceSettings(overrides: Partial<RoutingSettings> = {}): RoutingSettings {
  return {
    hnwThreshold: 1_000_000,
    triageQueue: 'Triage',
    directorRole: 'Department_Director',
    caseServiceChannel: 'Case_Work',
    chatServiceChannel: 'sfdc_livemessage',
    channelSkills: { phone: 'Channel_Phone', email: 'Channel_Email', chat: 'Channel_Chat' },
    topicMinScore: 1,
    staffMinScore: 2,
    subjectWeight: 1.5,
    urgentCasePriority: 'High',
    managerConcernThreshold: 0.3,
    accountManagerRole: 'Account_Manager',
    directorWaitMinutes: 15,
    ...overrides
  };
}
