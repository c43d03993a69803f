import { LightningElement, api, wire } from 'lwc';
import { getRecord } from 'lightning/uiRecordApi';
import getInsight from '@salesforce/apex/RoutingInsightController.getInsight';
import { definitionRows } from 'c/labelFormat';
import { refreshOnRoutingChange, refreshWithView, routingFieldsOf } from 'c/routingRecordWatch';
import { unregisterRefreshHandler } from 'lightning/refresh';

import TITLE from '@salesforce/label/c.WhyHere_Title';
import LOADING from '@salesforce/label/c.WhyHere_Loading';
import LOAD_ERROR from '@salesforce/label/c.WhyHere_LoadError';
import NOT_ROUTED from '@salesforce/label/c.WhyHere_NotRouted';
import DETAILS from '@salesforce/label/c.WhyHere_Details';
import STATUS from '@salesforce/label/c.WhyHere_Status';
import STATUS_FALLBACK from '@salesforce/label/c.WhyHere_StatusFallback';
import STATUS_FAILED from '@salesforce/label/c.WhyHere_StatusFailed';
import RULE from '@salesforce/label/c.WhyHere_Rule';
import TEAM from '@salesforce/label/c.WhyHere_Team';
import GROUP from '@salesforce/label/c.WhyHere_Group';
import CHANNEL from '@salesforce/label/c.WhyHere_Channel';
import SEGMENT from '@salesforce/label/c.WhyHere_Segment';
import TOPIC from '@salesforce/label/c.WhyHere_Topic';
import ISSUE_TYPE from '@salesforce/label/c.WhyHere_IssueType';
import ABOUT_ACCOUNT_MANAGER from '@salesforce/label/c.WhyHere_AboutAccountManager';
import TARGET from '@salesforce/label/c.WhyHere_Target';
import ROUTED_AT from '@salesforce/label/c.WhyHere_RoutedAt';
import TRANSFERS from '@salesforce/label/c.WhyHere_Transfers';
import LAST_TRANSFER_REASON from '@salesforce/label/c.WhyHere_LastTransferReason';
import PROBLEM from '@salesforce/label/c.WhyHere_Problem';
import REASONS from '@salesforce/label/c.WhyHere_Reasons';
import NOT_SET from '@salesforce/label/c.Common_NotSet';

const LABELS = {
  title: TITLE,
  loading: LOADING,
  loadError: LOAD_ERROR,
  notRouted: NOT_ROUTED,
  details: DETAILS,
  status: STATUS,
  routedAt: ROUTED_AT,
  reasons: REASONS,
  aboutAccountManager: ABOUT_ACCOUNT_MANAGER
};

const STATUS_HELP = { Fallback: STATUS_FALLBACK, Failed: STATUS_FAILED };
const STATUS_CLASS = {
  Routed: 'slds-theme_success',
  Fallback: 'slds-theme_warning',
  Failed: 'slds-theme_error'
};

function valueOr(value) {
  return value === undefined || value === null || value === '' ? NOT_SET : value;
}

/**
 * Why is this here: the routing outcome of a Case or MessagingSession (rule, matched phrases,
 * segment, topic, issue type, status, transfers) so the agent can trust it or challenge it.
 */
export default class RoutingWhyHere extends LightningElement {
  @api recordId;
  @api objectApiName;

  labels = LABELS;
  insight;
  error;
  insightResult;
  recordSignature;
  refreshHandle;

  connectedCallback() {
    // A release or transfer on this page sends RefreshEvent: the reasons it added show at once.
    this.refreshHandle = refreshWithView(this, () => this.insightResult);
  }

  disconnectedCallback() {
    unregisterRefreshHandler(this.refreshHandle);
  }

  get routingFields() {
    return routingFieldsOf(this.objectApiName);
  }

  @wire(getRecord, { recordId: '$recordId', optionalFields: '$routingFields' })
  wiredRecord({ data }) {
    if (!data) {
      return;
    }
    this.recordSignature = refreshOnRoutingChange(this.recordSignature, data, this.insightResult);
  }

  @wire(getInsight, { recordId: '$recordId' })
  wiredInsight(result) {
    this.insightResult = result;
    if (result.data) {
      this.insight = result.data;
      this.error = undefined;
    } else if (result.error) {
      this.error = result.error;
      this.insight = undefined;
    }
  }

  get isLoading() {
    return !this.insight && !this.error;
  }

  get isRouted() {
    return !!this.insight && this.insight.routed === true;
  }

  get isNotRouted() {
    return !!this.insight && this.insight.routed !== true;
  }

  get statusLabel() {
    return this.insight.statusLabel || this.insight.status;
  }

  get statusClass() {
    const theme = STATUS_CLASS[this.insight.status] || 'slds-theme_shade';
    return `status slds-badge ${theme}`;
  }

  get statusHelp() {
    return STATUS_HELP[this.insight.status];
  }

  get details() {
    const i = this.insight;
    const rows = [
      { key: 'rule', label: RULE, value: valueOr(i.rule), help: i.ruleDescription },
      { key: 'team', label: TEAM, value: valueOr(i.teamLabel) },
      { key: 'group', label: GROUP, value: i.groupLabel, hidden: !i.groupLabel },
      { key: 'channel', label: CHANNEL, value: valueOr(i.channelLabel) },
      { key: 'segment', label: SEGMENT, value: valueOr(i.segmentLabel) },
      { key: 'topic', label: TOPIC, value: valueOr(i.topicLabel) },
      {
        key: 'issueType',
        label: ISSUE_TYPE,
        value: valueOr(i.issueTypeLabel),
        help: i.aboutAccountManager ? ABOUT_ACCOUNT_MANAGER : undefined
      },
      { key: 'target', label: TARGET, value: valueOr(i.targetLabel || i.target) },
      { key: 'transfers', label: TRANSFERS, value: String(i.transferCount || 0) },
      {
        key: 'lastTransferReason',
        label: LAST_TRANSFER_REASON,
        value: i.lastTransferReasonLabel,
        hidden: !i.lastTransferReasonLabel
      },
      { key: 'error', label: PROBLEM, value: i.error, hidden: !i.error }
    ];
    return definitionRows(rows);
  }

  /** Whether the user may read the reasons (account managers may not: then they are left out, not shown as none). */
  get reasonsVisible() {
    return !!(this.insight && this.insight.reasonsVisible);
  }

  /** The decision's reasons, listed by c-routing-reasons. */
  get reasons() {
    return (this.insight && this.insight.reasons) || [];
  }
}
