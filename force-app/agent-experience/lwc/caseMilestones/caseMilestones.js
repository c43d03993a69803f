import { LightningElement, api, wire } from 'lwc';
import { getRelatedListRecords } from 'lightning/uiRelatedListApi';
import { formatLabel } from 'c/labelFormat';
import { refreshWithView } from 'c/routingRecordWatch';
import { unregisterRefreshHandler } from 'lightning/refresh';

import TITLE from '@salesforce/label/c.Milestones_Title';
import NONE from '@salesforce/label/c.Milestones_None';
import LOAD_ERROR from '@salesforce/label/c.Milestones_LoadError';
import MET from '@salesforce/label/c.Milestones_Met';
import MISSED from '@salesforce/label/c.Milestones_Missed';
import OPEN from '@salesforce/label/c.Milestones_Open';
import OVERDUE from '@salesforce/label/c.Milestones_Overdue';
import FIRST_RESPONSE from '@salesforce/label/c.Milestones_FirstResponse';
import RESOLUTION from '@salesforce/label/c.Milestones_Resolution';

const MILESTONE_NAMES = { First_Response: FIRST_RESPONSE, Resolution: RESOLUTION };
const FIELDS = [
  'CaseMilestone.Id',
  'CaseMilestone.MilestoneType.Name',
  'CaseMilestone.TargetDate',
  'CaseMilestone.CompletionDate',
  'CaseMilestone.IsCompleted',
  'CaseMilestone.IsViolated'
];

/** How often the badges are re-judged against the clock: an open milestone turns Overdue on time. */
const CLOCK_MS = 30000;

const value = (record, field) => {
  const entry = record.fields[field];
  return entry ? entry.value : null;
};

/**
 * The case's service-level milestones (First_Response, Resolution) with their target and whether
 * each was met, missed or is still open, so the agent sees what is due next.
 */
export default class CaseMilestones extends LightningElement {
  @api recordId;

  labels = { title: TITLE, none: NONE };
  loadErrorMessage = LOAD_ERROR;
  records;
  error;
  /** The time the badges are judged at; a console tab stays open for hours. */
  now = Date.now();
  clock;

  /** The wired result, refreshed when the page refreshes its view (a milestone completed on save). */
  milestonesResult;
  refreshHandle;

  connectedCallback() {
    this.refreshHandle = refreshWithView(this, () => this.milestonesResult);
    // eslint-disable-next-line @lwc/lwc/no-async-operation -- a clock, cleared when the component is removed
    this.clock = setInterval(() => {
      this.now = Date.now();
    }, CLOCK_MS);
  }

  disconnectedCallback() {
    unregisterRefreshHandler(this.refreshHandle);
    clearInterval(this.clock);
    this.clock = undefined;
  }

  @wire(getRelatedListRecords, {
    parentRecordId: '$recordId',
    relatedListId: 'CaseMilestones',
    fields: FIELDS,
    sortBy: ['CaseMilestone.TargetDate']
  })
  wiredMilestones(result) {
    this.milestonesResult = result;
    const { data, error } = result;
    if (data) {
      this.records = data.records;
      this.error = undefined;
    } else if (error) {
      this.error = error;
    }
  }

  get isLoaded() {
    return this.records !== undefined;
  }

  get hasMilestones() {
    return this.isLoaded && this.records.length > 0;
  }

  get milestones() {
    return (this.records || []).map((record) => {
      const type = record.fields.MilestoneType ? record.fields.MilestoneType.value : null;
      const typeName = type && type.fields ? type.fields.Name.value : null;
      const target = value(record, 'TargetDate');
      const completed = value(record, 'IsCompleted') === true;
      const violated = value(record, 'IsViolated') === true;
      let status;
      let badgeClass;
      if (completed && !violated) {
        status = MET;
        badgeClass = 'slds-badge slds-theme_success';
      } else if (violated || (target && Date.parse(target) < this.now)) {
        status = completed ? MISSED : OVERDUE;
        badgeClass = 'slds-badge slds-theme_error';
      } else {
        status = OPEN;
        badgeClass = 'slds-badge';
      }
      return {
        id: record.id,
        name: MILESTONE_NAMES[typeName] || typeName,
        target,
        status,
        badgeClass,
        description: formatLabel('{0}: {1}', MILESTONE_NAMES[typeName] || typeName, status)
      };
    });
  }
}
