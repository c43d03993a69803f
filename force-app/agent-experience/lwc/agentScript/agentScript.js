import { LightningElement, api, wire } from 'lwc';
import { getRecord } from 'lightning/uiRecordApi';
import { NavigationMixin } from 'lightning/navigation';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import getScript from '@salesforce/apex/AgentScriptController.getScript';
import { formatLabel } from 'c/labelFormat';
import { webUrl } from 'c/webUrl';
import { refreshOnRoutingChange, routingFieldsOf } from 'c/routingRecordWatch';

import TITLE from '@salesforce/label/c.AgentScript_Title';
import LOADING from '@salesforce/label/c.AgentScript_Loading';
import LOAD_ERROR from '@salesforce/label/c.AgentScript_LoadError';
import SUBTITLE from '@salesforce/label/c.AgentScript_Subtitle';
import STEP_OF from '@salesforce/label/c.AgentScript_StepOf';
import STEP_HEADING from '@salesforce/label/c.AgentScript_StepHeading';
import STEP from '@salesforce/label/c.AgentScript_Step';
import STEPS from '@salesforce/label/c.AgentScript_Steps';
import STEP_DONE from '@salesforce/label/c.AgentScript_StepDone';
import GO_TO_STEP from '@salesforce/label/c.AgentScript_GoToStep';
import GO_TO_DONE_STEP from '@salesforce/label/c.AgentScript_GoToDoneStep';
import COPY from '@salesforce/label/c.AgentScript_Copy';
import COPY_TITLE from '@salesforce/label/c.AgentScript_CopyTitle';
import COPIED from '@salesforce/label/c.AgentScript_Copied';
import COPY_FAILED from '@salesforce/label/c.AgentScript_CopyFailed';
import PREVIOUS from '@salesforce/label/c.AgentScript_Previous';
import NEXT from '@salesforce/label/c.AgentScript_Next';
import OPEN_LINK from '@salesforce/label/c.AgentScript_OpenLink';
import OPEN_ARTICLE from '@salesforce/label/c.AgentScript_OpenArticle';
import EXPECTED_RESPONSE from '@salesforce/label/c.AgentScript_ExpectedResponse';
import NOT_ROUTED from '@salesforce/label/c.AgentScript_NotRouted';
import NO_CHANNEL from '@salesforce/label/c.AgentScript_NoChannel';
import NO_SCRIPT from '@salesforce/label/c.AgentScript_NoScript';
import NO_STEPS from '@salesforce/label/c.AgentScript_NoSteps';
import OPENS_IN_NEW_TAB from '@salesforce/label/c.Common_OpensInNewTab';

const LABELS = {
  title: TITLE,
  loading: LOADING,
  loadError: LOAD_ERROR,
  steps: STEPS,
  stepDone: STEP_DONE,
  copy: COPY,
  copyTitle: COPY_TITLE,
  previous: PREVIOUS,
  next: NEXT,
  openLink: OPEN_LINK,
  openArticle: OPEN_ARTICLE,
  opensInNewTab: OPENS_IN_NEW_TAB
};

/**
 * Agent script: what to say for the record's team, group, channel and issue type, step by step,
 * with the customer's details filled in. On Case and MessagingSession record pages.
 */
export default class AgentScript extends NavigationMixin(LightningElement) {
  @api recordId;
  @api objectApiName;

  labels = LABELS;
  script;
  error;
  currentIndex = 0;
  focusCurrentStep = false;
  scriptResult;
  recordSignature;

  get routingFields() {
    return routingFieldsOf(this.objectApiName);
  }

  /** A transfer or re-route changes the routing fields: the cached script is then out of date. */
  @wire(getRecord, { recordId: '$recordId', optionalFields: '$routingFields' })
  wiredRecord({ data }) {
    if (!data) {
      return;
    }
    this.recordSignature = refreshOnRoutingChange(this.recordSignature, data, this.scriptResult);
  }

  @wire(getScript, { recordId: '$recordId' })
  wiredScript(result) {
    this.scriptResult = result;
    const { data, error } = result;
    if (data) {
      if (!this.script || this.script.name !== data.name) {
        this.currentIndex = 0;
      }
      this.script = data;
      this.error = undefined;
    } else if (error) {
      this.error = error;
      this.script = undefined;
    }
  }

  get isLoading() {
    return !this.script && !this.error;
  }

  get hasSteps() {
    return !!this.script && this.script.state === 'READY' && this.steps.length > 0;
  }

  get emptyMessage() {
    const script = this.script || {};
    switch (script.state) {
      case 'NOT_ROUTED':
        return NOT_ROUTED;
      case 'NO_CHANNEL':
        return NO_CHANNEL;
      case 'NO_SCRIPT':
        return formatLabel(NO_SCRIPT, this.teamText, script.channelLabel, script.issueTypeLabel);
      default:
        return NO_STEPS;
    }
  }

  get teamText() {
    const script = this.script || {};
    return script.groupLabel ? `${script.teamLabel} / ${script.groupLabel}` : script.teamLabel;
  }

  get subtitle() {
    return formatLabel(
      SUBTITLE,
      this.teamText,
      this.script.channelLabel,
      this.script.issueTypeLabel
    );
  }

  get expectedResponse() {
    return this.script && this.script.expectedResponseTime
      ? formatLabel(EXPECTED_RESPONSE, this.script.expectedResponseTime)
      : null;
  }

  get steps() {
    const steps = (this.script && this.script.steps) || [];
    return steps.map((step, index) => {
      const name = step.stepTypeLabel || STEP;
      const heading = formatLabel(STEP_HEADING, index + 1, name);
      const isCurrent = index === this.currentIndex;
      const isDone = index < this.currentIndex;
      return {
        key: step.name || `step-${index}`,
        index,
        name,
        heading,
        text: step.text,
        isCurrent,
        isDone,
        ariaCurrent: isCurrent ? 'step' : 'false',
        itemClass: isCurrent
          ? 'step step_current slds-p-around_x-small'
          : 'step slds-p-around_x-small',
        // The button's name replaces its content, check icon included: a done step says so in its name.
        goToLabel: formatLabel(isDone ? GO_TO_DONE_STEP : GO_TO_STEP, heading),
        // Step links open only web pages: a javascript: or data: URL in a script record is not rendered.
        link: webUrl(step.link),
        knowledgeArticle: step.knowledgeArticle
      };
    });
  }

  get currentStep() {
    return this.steps[this.currentIndex];
  }

  get progressText() {
    const step = this.currentStep;
    return step ? formatLabel(STEP_OF, this.currentIndex + 1, this.steps.length, step.name) : '';
  }

  get isFirst() {
    return this.currentIndex <= 0;
  }

  get isLast() {
    return this.currentIndex >= this.steps.length - 1;
  }

  handlePrevious() {
    if (!this.isFirst) {
      this.moveTo(this.currentIndex - 1);
    }
  }

  handleNext() {
    if (!this.isLast) {
      this.moveTo(this.currentIndex + 1);
    }
  }

  handleGoToStep(event) {
    this.moveTo(Number(event.currentTarget.dataset.index));
  }

  /**
   * Shows a step and, once it is drawn, puts the keyboard focus on its heading: the button the agent
   * pressed may vanish (a step's own button) or be disabled (Next on the last step), and focus must
   * not fall back to the top of the page.
   */
  moveTo(index) {
    this.currentIndex = index;
    this.focusCurrentStep = true;
  }

  renderedCallback() {
    if (!this.focusCurrentStep) {
      return;
    }
    this.focusCurrentStep = false;
    const heading = this.template.querySelector('.current-heading');
    if (heading) {
      heading.focus();
    }
  }

  async handleCopy() {
    const step = this.currentStep;
    try {
      if (!navigator.clipboard || typeof navigator.clipboard.writeText !== 'function') {
        throw new Error('The clipboard is not available.');
      }
      await navigator.clipboard.writeText(step.text || '');
      this.toast(COPIED, 'success');
    } catch {
      this.toast(COPY_FAILED, 'warning');
    }
  }

  handleOpenArticle() {
    this[NavigationMixin.Navigate]({
      type: 'standard__knowledgeArticlePage',
      attributes: { articleType: 'Knowledge', urlName: this.currentStep.knowledgeArticle }
    });
  }

  toast(title, variant) {
    this.dispatchEvent(new ShowToastEvent({ title, variant }));
  }
}
