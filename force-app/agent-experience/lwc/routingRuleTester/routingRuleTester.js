import { LightningElement, wire } from 'lwc';
import getOptions from '@salesforce/apex/RoutingTesterController.getOptions';
import testContact from '@salesforce/apex/RoutingTesterController.test';
import { definitionRows, formatLabel } from 'c/labelFormat';

import TITLE from '@salesforce/label/c.Tester_Title';
import INTRO from '@salesforce/label/c.Tester_Intro';
import LOADING from '@salesforce/label/c.Tester_Loading';
import LOAD_ERROR from '@salesforce/label/c.Tester_LoadError';
import CHANNEL from '@salesforce/label/c.Tester_Channel';
import SUBJECT from '@salesforce/label/c.Tester_Subject';
import MESSAGE from '@salesforce/label/c.Tester_Message';
import MESSAGE_HELP from '@salesforce/label/c.Tester_MessageHelp';
import ASSETS from '@salesforce/label/c.Tester_Assets';
import ASSETS_HELP from '@salesforce/label/c.Tester_AssetsHelp';
import HAS_MANAGER from '@salesforce/label/c.Tester_HasManager';
import MANAGER_NAME from '@salesforce/label/c.Tester_ManagerName';
import MANAGER_ACTIVE from '@salesforce/label/c.Tester_ManagerActive';
import INTAKE_TOPIC from '@salesforce/label/c.Tester_IntakeTopic';
import NO_INTAKE_TOPIC from '@salesforce/label/c.Tester_NoIntakeTopic';
import ABOUT_STAFF from '@salesforce/label/c.Tester_AboutStaff';
import RUN from '@salesforce/label/c.Tester_Run';
import RUNNING from '@salesforce/label/c.Tester_Running';
import RESET from '@salesforce/label/c.Tester_Reset';
import RESULT from '@salesforce/label/c.Tester_Result';
import NO_RULE from '@salesforce/label/c.Tester_NoRule';
import FAILED from '@salesforce/label/c.Tester_Failed';
import UNKNOWN_CHANNEL from '@salesforce/label/c.Tester_UnknownChannel';
import RULE from '@salesforce/label/c.WhyHere_Rule';
import TEAM from '@salesforce/label/c.WhyHere_Team';
import GROUP from '@salesforce/label/c.WhyHere_Group';
import TARGET from '@salesforce/label/c.WhyHere_Target';
import SEGMENT from '@salesforce/label/c.WhyHere_Segment';
import TOPIC from '@salesforce/label/c.WhyHere_Topic';
import ISSUE_TYPE from '@salesforce/label/c.WhyHere_IssueType';
import ABOUT_ACCOUNT_MANAGER from '@salesforce/label/c.WhyHere_AboutAccountManager';
import REASONS from '@salesforce/label/c.WhyHere_Reasons';
import NOT_SET from '@salesforce/label/c.Common_NotSet';
import CONFIGURATION_WARNINGS from '@salesforce/label/c.Tester_ConfigurationWarnings';

const LABELS = {
  title: TITLE,
  intro: INTRO,
  loading: LOADING,
  loadError: LOAD_ERROR,
  channel: CHANNEL,
  subject: SUBJECT,
  message: MESSAGE,
  messageHelp: MESSAGE_HELP,
  assets: ASSETS,
  hasManager: HAS_MANAGER,
  managerName: MANAGER_NAME,
  managerActive: MANAGER_ACTIVE,
  intakeTopic: INTAKE_TOPIC,
  aboutStaff: ABOUT_STAFF,
  reset: RESET,
  result: RESULT,
  noRule: NO_RULE,
  failed: FAILED,
  unknownChannel: UNKNOWN_CHANNEL,
  rule: RULE,
  reasons: REASONS,
  configurationWarnings: CONFIGURATION_WARNINGS
};

const EMPTY_FORM = {
  channel: 'email',
  subject: '',
  body: '',
  assets: '',
  hasManager: false,
  managerName: '',
  managerActive: true,
  intakeTopic: '',
  aboutStaff: false
};

function valueOr(value) {
  return value === undefined || value === null || value === '' ? NOT_SET : value;
}

/**
 * Routing rule tester, for team leads: enter a sample contact (channel, text, assets, account
 * manager, intake choices) and see which rule the engine applies in this org, and why, before
 * changing a rule in Setup. The contact is sent in the `npm run route` input shape.
 */
export default class RoutingRuleTester extends LightningElement {
  labels = LABELS;
  options;
  loadError;
  form = { ...EMPTY_FORM };
  result;
  testError;
  isRunning = false;

  @wire(getOptions)
  wiredOptions({ data, error }) {
    if (data) {
      this.options = data;
      this.loadError = undefined;
    } else if (error) {
      this.loadError = error;
      this.options = undefined;
    }
  }

  get isLoading() {
    return !this.options && !this.loadError;
  }

  get channelOptions() {
    return ((this.options && this.options.channels) || []).map((channel) => ({
      label: channel.label,
      value: channel.value
    }));
  }

  get topicOptions() {
    const topics = ((this.options && this.options.topics) || []).map((topic) => ({
      label: topic.label,
      value: topic.value
    }));
    return [{ label: NO_INTAKE_TOPIC, value: '' }, ...topics];
  }

  get assetsHelp() {
    const threshold = this.options && this.options.hnwThreshold;
    return formatLabel(ASSETS_HELP, threshold === undefined ? '' : threshold.toLocaleString());
  }

  get isEmail() {
    return this.form.channel === 'email';
  }

  get runLabel() {
    return this.isRunning ? RUNNING : RUN;
  }

  handleChange(event) {
    const field = event.target.dataset.field;
    const isCheckbox = event.target.type === 'checkbox' || event.target.type === 'toggle';
    const value = isCheckbox ? event.detail.checked : event.detail.value;
    this.form = { ...this.form, [field]: value };
  }

  handleReset() {
    this.form = { ...EMPTY_FORM };
    this.result = undefined;
    this.testError = undefined;
  }

  /** The sample contact in the `npm run route` input shape (docs/design.md#route-contract). */
  get contact() {
    const form = this.form;
    const contact = { id: 'rule-tester', channel: form.channel, body: form.body || null };
    if (form.channel === 'email' && form.subject) {
      contact.subject = form.subject;
    }
    if (form.intakeTopic || form.aboutStaff) {
      contact.intake = { topic: form.intakeTopic || null, aboutStaff: form.aboutStaff === true };
    }
    const hasAssets = form.assets !== '' && form.assets !== null && form.assets !== undefined;
    if (hasAssets || form.hasManager) {
      contact.customer = {
        investableAssets: hasAssets ? Number(form.assets) : null,
        accountManager: form.hasManager
          ? { name: form.managerName || null, active: form.managerActive === true }
          : null
      };
    }
    return contact;
  }

  async handleTest() {
    if (!this.form.channel) {
      this.testError = UNKNOWN_CHANNEL;
      return;
    }
    this.isRunning = true;
    this.testError = undefined;
    try {
      this.result = await testContact({ contactJson: JSON.stringify(this.contact) });
    } catch (error) {
      this.result = undefined;
      this.testError = error;
    } finally {
      this.isRunning = false;
    }
  }

  get hasResult() {
    return !!this.result;
  }

  get ruleMatched() {
    return this.result.ruleMatched === true;
  }

  get decision() {
    return this.result.decision || {};
  }

  get resultRows() {
    const result = this.result;
    const decision = this.decision;
    const rows = [
      { key: 'team', label: TEAM, value: valueOr(result.teamLabel) },
      { key: 'group', label: GROUP, value: result.groupLabel, hidden: !result.groupLabel },
      { key: 'target', label: TARGET, value: valueOr(result.targetText) },
      { key: 'segment', label: SEGMENT, value: valueOr(result.segmentLabel) },
      { key: 'topic', label: TOPIC, value: valueOr(result.topicLabel) },
      {
        key: 'issueType',
        label: ISSUE_TYPE,
        value: valueOr(result.issueTypeLabel),
        help: decision.aboutAccountManager ? ABOUT_ACCOUNT_MANAGER : undefined
      }
    ];
    return definitionRows(rows);
  }

  /** The decision's reasons, listed by c-routing-reasons. */
  get reasons() {
    return this.decision.reasons;
  }

  /**
   * Rules or settings in force that could send a complaint to the accused account manager: from the
   * latest test when there is one (checked at that moment), else from the form's load.
   */
  get warnings() {
    const source = this.result && this.result.warnings ? this.result : this.options;
    return ((source && source.warnings) || []).map((text, index) => ({
      key: `warning-${index}`,
      text
    }));
  }

  get hasWarnings() {
    return this.warnings.length > 0;
  }
}
