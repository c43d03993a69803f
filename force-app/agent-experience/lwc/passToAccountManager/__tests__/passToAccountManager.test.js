import { createElement } from 'lwc';
import PassToAccountManager from 'c/passToAccountManager';
import { notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import { refreshApex } from '@salesforce/apex';
import getReleaseOptions from '@salesforce/apex/ConcernReleaseController.getReleaseOptions';
import release from '@salesforce/apex/ConcernReleaseController.release';
import '../../../../test/jest-mocks/accessibility';

const DIRECTOR_OPTIONS = require('./data/directorOptions.json');
const RESULT = require('./data/releaseResult.json');

jest.mock(
  '@salesforce/apex/ConcernReleaseController.getReleaseOptions',
  () => {
    const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
    return { default: createApexTestWireAdapter(jest.fn()) };
  },
  { virtual: true }
);
jest.mock('@salesforce/apex/ConcernReleaseController.release', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), {
  virtual: true
});
jest.mock(
  '@salesforce/label/c.Release_Intro',
  () => ({ default: 'Triage could not rule out a concern about {0}.' }),
  { virtual: true }
);
jest.mock(
  '@salesforce/label/c.Release_Success',
  () => ({ default: 'Concern released. Omni-Channel now offers the case to {0}.' }),
  { virtual: true }
);
jest.mock(
  '@salesforce/label/c.Release_SuccessFallback',
  () => ({ default: 'Concern released. {0} could not take it ({1}).' }),
  { virtual: true }
);
jest.mock(
  '@salesforce/label/c.Release_ChatRequested',
  () => ({ default: 'Concern released. Transfer, Flow, Route Messaging Session sends it to {0}.' }),
  { virtual: true }
);
jest.mock(
  '@salesforce/label/c.Release_NoActiveManager',
  () => ({ default: "the HNW account managers' queue (no active account manager)" }),
  { virtual: true }
);
jest.mock(
  '@salesforce/label/c.Release_NoManagerName',
  () => ({ default: "the client's account manager" }),
  { virtual: true }
);

const RECORD_ID = '500000000000001AAA';

function createComponent() {
  const element = createElement('c-pass-to-account-manager', { is: PassToAccountManager });
  element.recordId = RECORD_ID;
  document.body.appendChild(element);
  return element;
}

// Lets pending promise callbacks (Apex calls, then the re-render) run.
const flush = () =>
  Array.from({ length: 10 }).reduce((chain) => chain.then(() => undefined), Promise.resolve());
const $ = (element, selector) => element.shadowRoot.querySelector(selector);

async function loaded(options = DIRECTOR_OPTIONS) {
  const element = createComponent();
  getReleaseOptions.emit(options);
  await flush();
  return element;
}

/** The reason field, its validity calls recorded (the base component's own do nothing in Jest). */
function watchedReason(element) {
  const reason = $(element, 'lightning-textarea.reason');
  reason.setCustomValidity = jest.fn();
  reason.reportValidity = jest.fn();
  return reason;
}

function enterReason(element, value) {
  const input = $(element, 'lightning-textarea.reason');
  input.dispatchEvent(new CustomEvent('change', { detail: { value } }));
}

/** Releases with this server result and returns the toast the director sees. */
async function releaseToast(result, reason = 'Not about the manager.') {
  release.mockResolvedValue(result);
  const element = await loaded();
  const toast = jest.fn();
  element.addEventListener('lightning__showtoast', toast);
  enterReason(element, reason);
  $(element, 'lightning-button.submit').click();
  await flush();
  return toast.mock.calls[0][0].detail;
}

describe('c-pass-to-account-manager', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    jest.clearAllMocks();
  });

  it('shows nothing until the server says the director may release this record', async () => {
    const element = createComponent();
    await flush();

    expect(getReleaseOptions.getLastConfig()).toEqual({ recordId: RECORD_ID });
    expect($(element, 'lightning-card')).toBeNull();
    await expect(element).toHaveAccessibleMarkup();
  });

  it('shows nothing to someone who is not the director, or on a record that is not flagged', async () => {
    const notDirector = await loaded({ ...DIRECTOR_OPTIONS, canRelease: false });
    expect($(notDirector, 'lightning-card')).toBeNull();

    const notFlagged = await loaded({ ...DIRECTOR_OPTIONS, flagged: false, canRelease: false });
    expect($(notFlagged, 'lightning-card')).toBeNull();
    await expect(notFlagged).toHaveAccessibleMarkup();
  });

  it('offers the director a required reason, names the account manager and stays accessible', async () => {
    const element = await loaded();

    expect($(element, 'lightning-card').title).toBe('c.Release_Title');
    expect($(element, '.intro').textContent).toBe(
      'Triage could not rule out a concern about Daniel Brooks.'
    );
    const reason = $(element, 'lightning-textarea.reason');
    expect(reason.required).toBe(true);
    expect(reason.maxLength).toBe(1000);
    expect(reason.label).toBe('c.Release_Reason');
    expect($(element, 'lightning-button.submit').label).toBe('c.Release_Submit');
    await expect(element).toHaveAccessibleMarkup();
  });

  it('names the account manager generically when the director cannot see the name', async () => {
    const element = await loaded({ ...DIRECTOR_OPTIONS, accountManagerName: null });

    expect($(element, '.intro').textContent).toBe(
      "Triage could not rule out a concern about the client's account manager."
    );
  });

  it('refuses to release without a reason, and a reason of blanks is no reason', async () => {
    const element = await loaded();
    const reason = watchedReason(element);

    $(element, 'lightning-button.submit').click();
    await flush();
    enterReason(element, '   ');
    $(element, 'lightning-button.submit').click();
    await flush();

    expect(release).not.toHaveBeenCalled();
    expect(reason.setCustomValidity).toHaveBeenLastCalledWith('c.Release_ReasonRequired');
    expect(reason.reportValidity).toHaveBeenCalledTimes(2);
  });

  it('clears the "reason required" error as soon as a reason is typed', async () => {
    const element = await loaded();
    const reason = watchedReason(element);

    $(element, 'lightning-button.submit').click();
    await flush();
    expect(reason.setCustomValidity).toHaveBeenLastCalledWith('c.Release_ReasonRequired');
    enterReason(element, 'Routine question about fees');
    await flush();

    expect(reason.setCustomValidity).toHaveBeenLastCalledWith('');
    expect(reason.reportValidity).toHaveBeenCalledTimes(2);
    expect(release).not.toHaveBeenCalled();
  });

  it('releases with the trimmed reason in one click, refreshes the record and confirms', async () => {
    release.mockResolvedValue(RESULT);
    const element = await loaded();
    const toast = jest.fn();
    const refresh = jest.fn();
    element.addEventListener('lightning__showtoast', toast);
    element.addEventListener('lightning__refresh', refresh);

    enterReason(element, '  Routine rebalancing question, no complaint.  ');
    await flush();
    $(element, 'lightning-button.submit').click();
    await flush();

    expect(release).toHaveBeenCalledWith({
      recordId: RECORD_ID,
      reason: 'Routine rebalancing question, no complaint.'
    });
    const detail = toast.mock.calls[0][0].detail;
    expect(detail.variant).toBe('success');
    expect(detail.message).toBe(
      'Concern released. Omni-Channel now offers the case to Daniel Brooks.'
    );
    expect($(element, '.status').textContent).toBe(detail.message);
    expect(notifyRecordUpdateAvailable).toHaveBeenCalledWith([{ recordId: RECORD_ID }]);
    expect(refresh).toHaveBeenCalled();
    expect(refreshApex).toHaveBeenCalled();

    // Once released the record is no longer flagged: the form goes, the confirmation stays.
    getReleaseOptions.emit({ ...DIRECTOR_OPTIONS, flagged: false, canRelease: false });
    await flush();
    expect($(element, 'lightning-textarea.reason')).toBeNull();
    expect($(element, '.status').textContent).toBe(detail.message);
    await expect(element).toHaveAccessibleMarkup();
  });

  it("keeps the confirmation when the record has left the director's access: no error after a release that succeeded", async () => {
    release.mockResolvedValue(RESULT);
    // The manager owns the case now: the director may no longer read it (Case sharing is private).
    refreshApex.mockRejectedValueOnce({ body: { message: 'Record not found' } });
    const element = await loaded();
    const toast = jest.fn();
    element.addEventListener('lightning__showtoast', toast);

    enterReason(element, 'Asked about fees, not a complaint');
    await flush();
    $(element, 'lightning-button.submit').click();
    await flush();
    getReleaseOptions.error({ message: 'Record not found' });
    await flush();

    expect(toast).toHaveBeenCalledTimes(1);
    expect(toast.mock.calls[0][0].detail.variant).toBe('success');
    expect($(element, 'c-error-panel')).toBeNull();
    expect($(element, 'lightning-textarea.reason')).toBeNull();
    expect($(element, '.status').textContent.trim()).toBe(toast.mock.calls[0][0].detail.message);
  });

  it('warns when the account manager could not take it and the HNW queue has it', async () => {
    const toast = await releaseToast({ ...RESULT, status: 'Fallback', statusLabel: 'Fallback' });

    expect(toast.variant).toBe('warning');
    expect(toast.message).toBe('Concern released. Daniel Brooks could not take it (Fallback).');
  });

  it.each([
    [
      'a case',
      false,
      'success',
      "Concern released. Omni-Channel now offers the case to the HNW account managers' queue (no active account manager)."
    ],
    [
      'a live chat',
      true,
      'info',
      "Concern released. Transfer, Flow, Route Messaging Session sends it to the HNW account managers' queue (no active account manager)."
    ]
  ])(
    'on %s of a client whose manager is inactive, names the HNW queue that takes it, never the manager',
    async (_kind, chat, variant, message) => {
      const toast = await releaseToast({
        ...RESULT,
        target: 'queue:HNW_Account_Managers',
        toAccountManager: false,
        completeInOmniChannel: chat
      });

      expect(toast.variant).toBe(variant);
      expect(toast.message).toBe(message);
    }
  );

  it('on a live chat, tells the director to finish in the conversation through the routing flow', async () => {
    const toast = await releaseToast(
      { ...RESULT, completeInOmniChannel: true },
      'Asked about fees, not about Daniel.'
    );

    expect(toast.variant).toBe('info');
    expect(toast.message).toBe(
      'Concern released. Transfer, Flow, Route Messaging Session sends it to Daniel Brooks.'
    );
  });

  it('shows the server refusal in the error panel and keeps the reason', async () => {
    release.mockRejectedValue({
      body: {
        message:
          'Only the department director may pass a concern about the account manager on to that manager.'
      }
    });
    const element = await loaded();
    const toast = jest.fn();
    element.addEventListener('lightning__showtoast', toast);

    enterReason(element, 'Not about the manager.');
    $(element, 'lightning-button.submit').click();
    await flush();

    const panel = $(element, 'c-error-panel');
    expect(panel).not.toBeNull();
    expect(panel.friendlyMessage).toBe('c.Release_ErrorTitle');
    expect(toast.mock.calls[0][0].detail.variant).toBe('error');
    expect(toast.mock.calls[0][0].detail.message).toBe(
      'Only the department director may pass a concern about the account manager on to that manager.'
    );
    expect($(element, 'lightning-textarea.reason').value).toBe('Not about the manager.');
    expect($(element, 'lightning-button.submit').disabled).toBe(false);
    expect(notifyRecordUpdateAvailable).not.toHaveBeenCalled();
    await expect(element).toHaveAccessibleMarkup();
  });

  it('shows that it is saving while the release runs', async () => {
    let finish;
    release.mockReturnValue(
      new Promise((resolve) => {
        finish = resolve;
      })
    );
    const element = await loaded();

    enterReason(element, 'Not about the manager.');
    $(element, 'lightning-button.submit').click();
    await flush();
    expect($(element, 'lightning-button.submit').disabled).toBe(true);
    expect($(element, 'lightning-button.submit').label).toBe('c.Release_Submitting');

    finish(RESULT);
    await flush();
    expect($(element, 'lightning-button.submit').disabled).toBe(false);
  });

  it('shows the error panel when the options cannot be loaded', async () => {
    const element = createComponent();
    getReleaseOptions.error({ message: 'boom' });
    await flush();

    const panel = $(element, 'c-error-panel');
    expect(panel).not.toBeNull();
    expect(panel.friendlyMessage).toBe('c.Release_LoadError');
    await expect(element).toHaveAccessibleMarkup();
  });
});
