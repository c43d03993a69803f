import { LightningElement, api } from 'lwc';
import { reduceErrors } from 'c/errorMessages';
import DETAILS from '@salesforce/label/c.Common_ErrorDetails';

/**
 * One error panel for every component: a friendly message the user can act on, and the
 * platform's messages underneath for the admin they may call.
 */
export default class ErrorPanel extends LightningElement {
  /** What went wrong, in the user's words (a custom label). */
  @api friendlyMessage;
  /** The error(s) from LDS, Apex or JavaScript. */
  @api errors;

  detailsLabel = DETAILS;

  get messages() {
    return reduceErrors(this.errors).map((text, index) => ({ key: `message-${index}`, text }));
  }

  get hasMessages() {
    return this.messages.length > 0;
  }
}
