import { createElement } from 'lwc';
import TransferToTeam from 'c/transferToTeam';
import { notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import { refreshApex } from '@salesforce/apex';
import getTransferOptions from '@salesforce/apex/TransferController.getTransferOptions';
import transfer from '@salesforce/apex/TransferController.transfer';
import '../../../../test/jest-mocks/accessibility';

const OPTIONS = require('./data/options.json');
const RESULT = require('./data/transferResult.json');

jest.mock(
  '@salesforce/apex/TransferController.getTransferOptions',
  () => {
    const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
    return { default: createApexTestWireAdapter(jest.fn()) };
  },
  { virtual: true }
);
jest.mock('@salesforce/apex/TransferController.transfer', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), {
  virtual: true
});
jest.mock(
  '@salesforce/label/c.Transfer_Success',
  () => ({ default: 'Sent to {0} ({1}). Transfers so far: {2}.' }),
  {
    virtual: true
  }
);
jest.mock(
  '@salesforce/label/c.Transfer_SuccessFallback',
  () => ({
    default: 'Sent to {0}, but its target could not take it ({1}). Transfers so far: {2}.'
  }),
  { virtual: true }
);
jest.mock(
  '@salesforce/label/c.Transfer_ChatRequested',
  () => ({
    default:
      '{0} recorded for this chat (transfers so far: {1}). Now click Transfer in the conversation, choose Flow, then Route Messaging Session: it sends the chat to {0}.'
  }),
  { virtual: true }
);
jest.mock('@salesforce/label/c.Transfer_CurrentTeam', () => ({ default: 'Now with: {0}' }), {
  virtual: true
});

const RECORD_ID = '500000000000001AAA';

function createComponent() {
  const element = createElement('c-transfer-to-team', { is: TransferToTeam });
  element.recordId = RECORD_ID;
  document.body.appendChild(element);
  return element;
}

// Lets pending promise callbacks (Apex calls, then the re-render) run.
const flush = () =>
  Array.from({ length: 10 }).reduce((chain) => chain.then(() => undefined), Promise.resolve());
const $ = (element, selector) => element.shadowRoot.querySelector(selector);

function choose(element, selector, value) {
  $(element, selector).dispatchEvent(new CustomEvent('change', { detail: { value } }));
}

/** Chooses the trading platform experts with a reason, no comment, and submits. */
async function transferToTradingExperts(element) {
  choose(element, 'lightning-combobox.team', 'EXPERTS');
  await flush();
  choose(element, 'lightning-combobox.group', 'TRADING_PLATFORM');
  choose(element, 'lightning-combobox.reason', 'Wrong_Expert_Group');
  await flush();
  $(element, 'lightning-button.submit').click();
  await flush();
}

async function loaded(options = OPTIONS) {
  const element = createComponent();
  getTransferOptions.emit(options);
  await flush();
  return element;
}

describe('c-transfer-to-team', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    jest.clearAllMocks();
  });

  it('shows a spinner until the teams arrive', async () => {
    const element = createComponent();
    await flush();

    expect($(element, 'lightning-spinner')).not.toBeNull();
    expect(getTransferOptions.getLastConfig()).toEqual({ recordId: RECORD_ID });
    await expect(element).toHaveAccessibleMarkup();
  });

  it('offers the teams and reasons, says where the item is now, and asks for a group only when the team has groups', async () => {
    const element = await loaded();

    expect($(element, '.current-team').textContent).toBe(
      'Now with: Sub-$1M experts / AI Portfolios experts'
    );
    expect($(element, 'lightning-combobox.team').options.map((o) => o.value)).toEqual([
      'ECOMMERCE',
      'ADVISORY',
      'HNW',
      'EXPERTS',
      'TRIAGE'
    ]);
    expect($(element, 'lightning-combobox.team').required).toBe(true);
    expect($(element, 'lightning-combobox.reason').options).toHaveLength(6);
    expect($(element, 'lightning-combobox.reason').required).toBe(true);
    expect($(element, 'lightning-combobox.group')).toBeNull();

    choose(element, 'lightning-combobox.team', 'EXPERTS');
    await flush();
    const group = $(element, 'lightning-combobox.group');
    expect(group.required).toBe(true);
    expect(group.options.map((o) => o.value)).toEqual(['AI_PORTFOLIOS', 'TRADING_PLATFORM']);

    choose(element, 'lightning-combobox.team', 'TRIAGE');
    await flush();
    expect($(element, 'lightning-combobox.group').required).toBe(false);
    expect($(element, 'lightning-combobox.group').options.map((o) => o.value)).toEqual([
      '',
      'LEADS'
    ]);

    choose(element, 'lightning-combobox.team', 'ECOMMERCE');
    await flush();
    expect($(element, 'lightning-combobox.group')).toBeNull();
    await expect(element).toHaveAccessibleMarkup();
  });

  it('transfers with the team, group, reason and comment, then refreshes the page and confirms', async () => {
    transfer.mockResolvedValue(RESULT);
    const element = await loaded();
    const toast = jest.fn();
    const refresh = jest.fn();
    element.addEventListener('lightning__showtoast', toast);
    element.addEventListener('lightning__refresh', refresh);

    choose(element, 'lightning-combobox.team', 'EXPERTS');
    await flush();
    choose(element, 'lightning-combobox.group', 'TRADING_PLATFORM');
    choose(element, 'lightning-combobox.reason', 'Wrong_Expert_Group');
    choose(element, 'lightning-textarea.comment', '  Asked about the trading app login  ');
    await flush();
    $(element, 'lightning-button.submit').click();
    await flush();

    expect(transfer).toHaveBeenCalledWith({
      recordId: RECORD_ID,
      team: 'EXPERTS',
      teamGroup: 'TRADING_PLATFORM',
      reason: 'Wrong_Expert_Group',
      comment: 'Asked about the trading app login'
    });
    expect(notifyRecordUpdateAvailable).toHaveBeenCalledWith([{ recordId: RECORD_ID }]);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(refreshApex).toHaveBeenCalledTimes(1);
    const detail = toast.mock.calls[0][0].detail;
    expect(detail.variant).toBe('success');
    expect(detail.message).toBe(
      'Sent to Sub-$1M experts / Trading platform experts (Wrong expert group). Transfers so far: 1.'
    );
    expect($(element, '.status').textContent.trim()).toBe(detail.message);
    expect($(element, '.status').getAttribute('aria-live')).toBe('polite');
    expect($(element, 'lightning-combobox.team').value).toBe('');
    expect($(element, 'lightning-combobox.reason').value).toBe('');
  });

  it("keeps the confirmation when the item has left the agent's access: no error after a transfer that succeeded", async () => {
    transfer.mockResolvedValue(RESULT);
    // The case now belongs to another team's queue: reading it again fails (Case sharing is private).
    refreshApex.mockRejectedValueOnce({ body: { message: 'Record not found' } });
    const element = await loaded();
    const toast = jest.fn();
    element.addEventListener('lightning__showtoast', toast);

    await transferToTradingExperts(element);
    getTransferOptions.error({ message: 'Record not found' });
    await flush();

    expect(toast).toHaveBeenCalledTimes(1);
    expect(toast.mock.calls[0][0].detail.variant).toBe('success');
    expect($(element, 'c-error-panel')).toBeNull();
    expect($(element, 'lightning-combobox')).toBeNull();
    expect($(element, '.status').textContent.trim()).toBe(toast.mock.calls[0][0].detail.message);
    await expect(element).toHaveAccessibleMarkup();
  });

  it('shows a later load error again once the item proved still readable after a transfer', async () => {
    transfer.mockResolvedValue(RESULT);
    const element = await loaded();
    await transferToTradingExperts(element);
    getTransferOptions.emit(OPTIONS);
    await flush();

    getTransferOptions.error({ message: 'Server unavailable' });
    await flush();

    expect($(element, 'c-error-panel').friendlyMessage).toBe('c.Transfer_LoadError');
  });

  it('sends no group and no comment for a team without groups', async () => {
    transfer.mockResolvedValue({
      ...RESULT,
      team: 'ADVISORY',
      teamLabel: 'Financial advising team',
      teamGroup: null,
      groupLabel: null,
      status: 'Fallback',
      statusLabel: 'Fallback',
      transferCount: 3
    });
    const element = await loaded();
    const toast = jest.fn();
    element.addEventListener('lightning__showtoast', toast);

    choose(element, 'lightning-combobox.team', 'ADVISORY');
    choose(element, 'lightning-combobox.reason', 'Wrong_Team');
    await flush();
    $(element, 'lightning-button.submit').click();
    await flush();

    expect(transfer).toHaveBeenCalledWith({
      recordId: RECORD_ID,
      team: 'ADVISORY',
      teamGroup: null,
      reason: 'Wrong_Team',
      comment: null
    });
    expect(toast.mock.calls[0][0].detail.variant).toBe('warning');
    expect(toast.mock.calls[0][0].detail.message).toBe(
      'Sent to Financial advising team, but its target could not take it (Fallback). Transfers so far: 3.'
    );
  });

  it('on a live chat, tells the agent to finish the transfer in the conversation through the routing flow', async () => {
    transfer.mockResolvedValue({
      ...RESULT,
      team: 'ADVISORY',
      teamLabel: 'Financial advising team',
      teamGroup: null,
      groupLabel: null,
      transferCount: 2,
      completeInOmniChannel: true
    });
    const element = await loaded();
    const toast = jest.fn();
    element.addEventListener('lightning__showtoast', toast);

    choose(element, 'lightning-combobox.team', 'ADVISORY');
    choose(element, 'lightning-combobox.reason', 'Wrong_Team');
    await flush();
    $(element, 'lightning-button.submit').click();
    await flush();

    const detail = toast.mock.calls[0][0].detail;
    expect(detail.variant).toBe('info');
    expect(detail.message).toBe(
      'Financial advising team recorded for this chat (transfers so far: 2). Now click Transfer in the conversation, choose Flow, then Route Messaging Session: it sends the chat to Financial advising team.'
    );
    expect($(element, '.status').textContent.trim()).toBe(detail.message);
  });

  it.each([
    ['no team', null, null, 'Wrong_Team'],
    ['no group for a team that needs one', 'HNW', null, 'Escalation'],
    ['no reason', 'ADVISORY', null, null]
  ])('does not transfer with %s', async (name, team, teamGroup, reason) => {
    const element = await loaded();
    if (team) {
      choose(element, 'lightning-combobox.team', team);
      await flush();
    }
    if (teamGroup) {
      choose(element, 'lightning-combobox.group', teamGroup);
    }
    if (reason) {
      choose(element, 'lightning-combobox.reason', reason);
    }
    await flush();
    $(element, 'lightning-button.submit').click();
    await flush();

    expect(transfer).not.toHaveBeenCalled();
  });

  it('warns before sending a complaint about the account manager to that account manager, and will not send it', async () => {
    const element = await loaded({
      ...OPTIONS,
      currentTeam: 'HNW',
      currentGroup: 'DIRECTOR',
      accountManagerBlocked: true
    });

    choose(element, 'lightning-combobox.team', 'HNW');
    await flush();
    choose(element, 'lightning-combobox.group', 'ACCOUNT_MANAGER');
    choose(element, 'lightning-combobox.reason', 'Needs_Account_Manager');
    await flush();

    const warning = $(element, '.blocked');
    expect(warning.textContent.trim()).toBe('c.Transfer_RefusedComplaintAboutManager');
    expect(warning.getAttribute('role')).toBe('alert');
    expect($(element, 'lightning-button.submit').disabled).toBe(true);
    $(element, 'lightning-button.submit').click();
    await flush();
    expect(transfer).not.toHaveBeenCalled();

    choose(element, 'lightning-combobox.group', 'DIRECTOR');
    await flush();
    expect($(element, '.blocked')).toBeNull();
    expect($(element, 'lightning-button.submit').disabled).toBe(false);
    await expect(element).toHaveAccessibleMarkup();
  });

  it('shows the server refusal and keeps the choices when the transfer fails', async () => {
    transfer.mockRejectedValue({
      body: { message: 'No active routing rule sends work to Triage desk.' }
    });
    const element = await loaded();
    const toast = jest.fn();
    element.addEventListener('lightning__showtoast', toast);

    choose(element, 'lightning-combobox.team', 'TRIAGE');
    choose(element, 'lightning-combobox.reason', 'Other');
    await flush();
    $(element, 'lightning-button.submit').click();
    await flush();

    const detail = toast.mock.calls[0][0].detail;
    expect(detail.variant).toBe('error');
    expect(detail.message).toBe('No active routing rule sends work to Triage desk.');
    const panel = $(element, 'c-error-panel');
    expect(panel.shadowRoot.querySelector('li').textContent).toBe(detail.message);
    expect($(element, 'lightning-combobox.team').value).toBe('TRIAGE');
    expect(notifyRecordUpdateAvailable).not.toHaveBeenCalled();
    expect($(element, 'lightning-button.submit').label).toBe('c.Transfer_Submit');
    await expect(element).toHaveAccessibleMarkup();

    choose(element, 'lightning-combobox.team', 'ADVISORY');
    await flush();
    expect($(element, 'c-error-panel')).toBeNull();
  });

  it('drops the earlier confirmation when a later transfer fails, so the card never shows both', async () => {
    transfer.mockResolvedValueOnce(RESULT);
    transfer.mockRejectedValueOnce({ body: { message: 'The record is locked.' } });
    const element = await loaded();

    await transferToTradingExperts(element);
    expect($(element, '.status').textContent.trim()).not.toBe('');
    await transferToTradingExperts(element);

    expect($(element, '.status').textContent.trim()).toBe('');
    const panel = $(element, 'c-error-panel');
    expect(panel.shadowRoot.querySelector('li').textContent).toBe('The record is locked.');
  });

  it('shows that it is saving while the transfer runs', async () => {
    let finish;
    transfer.mockReturnValue(new Promise((resolve) => (finish = resolve)));
    const element = await loaded();
    choose(element, 'lightning-combobox.team', 'ADVISORY');
    choose(element, 'lightning-combobox.reason', 'Wrong_Team');
    await flush();

    $(element, 'lightning-button.submit').click();
    await flush();
    expect($(element, 'lightning-button.submit').label).toBe('c.Transfer_Submitting');
    expect($(element, 'lightning-button.submit').disabled).toBe(true);

    finish({ ...RESULT, groupLabel: null });
    await flush();
    expect($(element, 'lightning-button.submit').label).toBe('c.Transfer_Submit');
  });

  it('leaves out where the item is now when it was never routed', async () => {
    const element = await loaded({ ...OPTIONS, currentTeam: null, currentGroup: null });

    expect($(element, '.current-team')).toBeNull();
  });

  it('names an unknown current team by its key', async () => {
    const element = await loaded({ ...OPTIONS, currentTeam: 'LEGACY', currentGroup: null });

    expect($(element, '.current-team').textContent).toBe('Now with: LEGACY');
  });

  it('shows the error panel when the teams cannot be loaded', async () => {
    const element = createComponent();
    getTransferOptions.error({ message: 'No access' });
    await flush();

    expect($(element, 'c-error-panel').friendlyMessage).toBe('c.Transfer_LoadError');
    expect($(element, 'lightning-combobox')).toBeNull();
    await expect(element).toHaveAccessibleMarkup();
  });
});
