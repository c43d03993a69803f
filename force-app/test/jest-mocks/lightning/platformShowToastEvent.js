/**
 * Jest mock of lightning/platformShowToastEvent: a real DOM event, so tests listen for it on the
 * component the same way the Lightning runtime does.
 */
const ShowToastEventName = 'lightning__showtoast';

class ShowToastEvent extends CustomEvent {
  constructor(toast) {
    super(ShowToastEventName, { composed: true, cancelable: true, bubbles: true, detail: toast });
  }
}

module.exports = { ShowToastEvent, ShowToastEventName };
