import { LightningElement, api, wire } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import getReleaseOptions from '@salesforce/apex/ConcernReleaseController.getReleaseOptions';
import release from '@salesforce/apex/ConcernReleaseController.release';
import { formatLabel } from 'c/labelFormat';
import { reduceErrors } from 'c/errorMessages';
import { refreshAfterHandOver } from 'c/routingRecordWatch';

import TITLE from '@salesforce/label/c.Release_Title';
import LOAD_ERROR from '@salesforce/label/c.Release_LoadError';
import INTRO from '@salesforce/label/c.Release_Intro';
import NO_MANAGER_NAME from '@salesforce/label/c.Release_NoManagerName';
import NO_ACTIVE_MANAGER from '@salesforce/label/c.Release_NoActiveManager';
import REASON from '@salesforce/label/c.Release_Reason';
import REASON_REQUIRED from '@salesforce/label/c.Release_ReasonRequired';
import SUBMIT from '@salesforce/label/c.Release_Submit';
import SUBMITTING from '@salesforce/label/c.Release_Submitting';
import SUCCESS_TITLE from '@salesforce/label/c.Release_SuccessTitle';
import SUCCESS from '@salesforce/label/c.Release_Success';
import SUCCESS_FALLBACK from '@salesforce/label/c.Release_SuccessFallback';
import CHAT_REQUESTED from '@salesforce/label/c.Release_ChatRequested';
import ERROR_TITLE from '@salesforce/label/c.Release_ErrorTitle';

const LABELS = {
  title: TITLE,
  loadError: LOAD_ERROR,
  reason: REASON,
  reasonRequired: REASON_REQUIRED,
  errorTitle: ERROR_TITLE
};

const DEFAULT_REASON_LENGTH = 1000;

/**
 * Pass to account manager: the department director releases a record flagged as a possible
 * concern about the client's account manager and hands it to that manager, with a required
 * reason. Shown only to the director, on flagged records; the server (and the complaint guard
 * behind it) decides who may release, this component only follows what it is told.
 */
export default class PassToAccountManager extends LightningElement {
  @api recordId;

  labels = LABELS;
  options;
  loadError;
  optionsResult;
  reason = '';
  isSaving = false;
  saveError;
  statusMessage = '';
  // Set once a release succeeded: the record may have left the director's access with it.
  handedOver = false;

  @wire(getReleaseOptions, { recordId: '$recordId' })
  wiredOptions(result) {
    this.optionsResult = result;
    if (result.data) {
      this.options = result.data;
      this.loadError = undefined;
      // Still readable after the action: a later load error is a real one again.
      this.handedOver = false;
    } else if (result.error) {
      this.loadError = result.error;
      this.options = undefined;
    }
  }

  /** Nothing at all for anyone but the director on a flagged record, except a load error. */
  get isVisible() {
    return this.showLoadError || this.showForm || !!this.statusMessage;
  }

  /** Not after a release: options the director can no longer read mean the record went to the manager. */
  get showLoadError() {
    return !!this.loadError && !this.handedOver;
  }

  get showForm() {
    return !!this.options && this.options.canRelease === true;
  }

  get introText() {
    const manager = (this.options && this.options.accountManagerName) || NO_MANAGER_NAME;
    return formatLabel(INTRO, manager);
  }

  get reasonMaxLength() {
    return (this.options && this.options.reasonMaxLength) || DEFAULT_REASON_LENGTH;
  }

  get submitLabel() {
    return this.isSaving ? SUBMITTING : SUBMIT;
  }

  handleReasonChange(event) {
    this.reason = event.detail.value;
    this.saveError = undefined;
    // A reason typed after an empty submit clears the "reason required" error at once.
    if (this.reason && this.reason.trim()) {
      const input = this.template.querySelector('lightning-textarea.reason');
      if (input) {
        input.setCustomValidity('');
        input.reportValidity();
      }
    }
  }

  async handleRelease() {
    const input = this.template.querySelector('lightning-textarea.reason');
    const reason = this.reason ? this.reason.trim() : '';
    if (!reason) {
      input.setCustomValidity(REASON_REQUIRED);
      input.reportValidity();
      return;
    }
    input.setCustomValidity('');
    this.isSaving = true;
    this.saveError = undefined;
    let released = false;
    try {
      const result = await release({ recordId: this.recordId, reason });
      this.announce(result);
      this.reason = '';
      this.handedOver = true;
      released = true;
    } catch (error) {
      this.saveError = error;
      this.dispatchEvent(
        new ShowToastEvent({
          title: ERROR_TITLE,
          message: reduceErrors(error).join(' '),
          variant: 'error'
        })
      );
    } finally {
      this.isSaving = false;
    }
    if (released) {
      await refreshAfterHandOver(this, this.recordId, this.optionsResult);
    }
  }

  announce(result) {
    // No active account manager: the HNW queue takes it, and the message must say so, not name the manager.
    const manager =
      result.toAccountManager === false
        ? NO_ACTIVE_MANAGER
        : result.accountManagerName || NO_MANAGER_NAME;
    let message;
    let variant;
    if (result.completeInOmniChannel) {
      // A live chat moves only through Omni-Channel: the director finishes in the conversation.
      message = formatLabel(CHAT_REQUESTED, manager);
      variant = 'info';
    } else if (result.status === 'Routed') {
      message = formatLabel(SUCCESS, manager);
      variant = 'success';
    } else {
      message = formatLabel(SUCCESS_FALLBACK, manager, result.statusLabel || result.status);
      variant = 'warning';
    }
    this.statusMessage = message;
    this.dispatchEvent(new ShowToastEvent({ title: SUCCESS_TITLE, message, variant }));
  }
}
