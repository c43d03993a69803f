import { createElement } from 'lwc';
import RoutingWhyHere from 'c/routingWhyHere';
import { getRecord } from 'lightning/uiRecordApi';
import { refreshApex } from '@salesforce/apex';
import { registerRefreshHandler, unregisterRefreshHandler } from 'lightning/refresh';
import getInsight from '@salesforce/apex/RoutingInsightController.getInsight';
import '../../../../test/jest-mocks/accessibility';

const ROUTED = require('./data/insightRouted.json');
const FALLBACK = require('./data/insightFallbackAfterTransfer.json');
const CASE_RECORD = require('./data/caseRecord.json');
const CASE_RECORD_TRANSFERRED = require('./data/caseRecordTransferred.json');

jest.mock(
  '@salesforce/apex/RoutingInsightController.getInsight',
  () => {
    const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
    return { default: createApexTestWireAdapter(jest.fn()) };
  },
  { virtual: true }
);
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), {
  virtual: true
});

const RECORD_ID = '500000000000001AAA';

function createComponent() {
  const element = createElement('c-routing-why-here', { is: RoutingWhyHere });
  element.recordId = RECORD_ID;
  element.objectApiName = 'Case';
  document.body.appendChild(element);
  return element;
}

const flush = () => Promise.resolve();
const $ = (element, selector) => element.shadowRoot.querySelector(selector);
/** The reasons list lives in the c-routing-reasons child's own shadow root. */
const reasonsRoot = (element) => $(element, 'c-routing-reasons').shadowRoot;
const detail = (element, key) => $(element, `dd.${key} .value`).textContent;

describe('c-routing-why-here', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    jest.clearAllMocks();
  });

  it('shows a spinner until the routing details arrive', async () => {
    const element = createComponent();
    await flush();

    expect($(element, 'lightning-spinner')).not.toBeNull();
    expect(getInsight.getLastConfig()).toEqual({ recordId: RECORD_ID });
    await expect(element).toHaveAccessibleMarkup();
  });

  it('explains a routed item: rule and its purpose, team and group, facts, target and reasons', async () => {
    const element = createComponent();
    getInsight.emit(ROUTED);
    await flush();

    expect($(element, '.status').textContent).toBe('Routed');
    expect($(element, '.status').className).toContain('slds-theme_success');
    expect($(element, '.status-help')).toBeNull();
    expect($(element, '.status-line').getAttribute('aria-live')).toBe('polite');
    expect(detail(element, 'rule')).toBe('AI_Portfolios_Experts');
    expect($(element, 'dd.rule .help').textContent).toBe(ROUTED.ruleDescription);
    expect(detail(element, 'team')).toBe('Sub-$1M experts');
    expect(detail(element, 'group')).toBe('AI Portfolios experts');
    expect(detail(element, 'channel')).toBe('Chat');
    expect(detail(element, 'segment')).toBe('Standard');
    expect(detail(element, 'topic')).toBe('AI Portfolios');
    expect(detail(element, 'issueType')).toBe('Technical issue');
    expect($(element, 'dd.issueType .help')).toBeNull();
    expect(detail(element, 'target')).toBe(
      'A rep with the skills AI_Portfolios (if not taken: queue Experts_Chat)'
    );
    expect(detail(element, 'transfers')).toBe('0');
    expect($(element, 'dd.lastTransferReason')).toBeNull();
    expect($(element, 'dd.error')).toBeNull();
    expect(
      Array.from(reasonsRoot(element).querySelectorAll('.reasons li')).map((li) => li.textContent)
    ).toEqual(ROUTED.reasons);
    expect($(element, 'lightning-formatted-date-time').value).toBe(ROUTED.routedAt);
    await expect(element).toHaveAccessibleMarkup();
  });

  it('explains a fallback: why, the transfers so far, the concern about the account manager', async () => {
    const element = createComponent();
    getInsight.emit(FALLBACK);
    await flush();

    expect($(element, '.status').className).toContain('slds-theme_warning');
    expect($(element, '.status-help').textContent).toBe('c.WhyHere_StatusFallback');
    expect($(element, 'dd.rule .help')).toBeNull();
    expect(detail(element, 'topic')).toBe('c.Common_NotSet');
    expect($(element, 'dd.issueType .help').textContent).toBe('c.WhyHere_AboutAccountManager');
    expect(detail(element, 'transfers')).toBe('2');
    expect(detail(element, 'lastTransferReason')).toBe('Escalation');
    expect(detail(element, 'error')).toBe(FALLBACK.error);
    expect(reasonsRoot(element).querySelector('.no-reasons').textContent).toBe(
      'c.WhyHere_NoReasons'
    );
    expect($(element, 'lightning-formatted-date-time')).toBeNull();
    await expect(element).toHaveAccessibleMarkup();
  });

  it('leaves the reasons out for a user who may not read them, instead of saying none were recorded', async () => {
    const element = createComponent();
    getInsight.emit({ ...ROUTED, reasons: [], reasonsVisible: false });
    await flush();

    expect(detail(element, 'rule')).toBe(ROUTED.rule);
    expect($(element, 'c-routing-reasons')).toBeNull();
    expect(
      Array.from(element.shadowRoot.querySelectorAll('h3')).map((h) => h.textContent)
    ).not.toContain('c.WhyHere_Reasons');
    await expect(element).toHaveAccessibleMarkup();
  });

  it('marks a failed routing as an error and says the triage desk has it', async () => {
    const element = createComponent();
    getInsight.emit({ ...ROUTED, status: 'Failed', statusLabel: null, error: 'queue missing' });
    await flush();

    expect($(element, '.status').textContent).toBe('Failed');
    expect($(element, '.status').className).toContain('slds-theme_error');
    expect($(element, '.status-help').textContent).toBe('c.WhyHere_StatusFailed');
  });

  it('says so when the engine never routed the item', async () => {
    const element = createComponent();
    getInsight.emit({ routed: false, reasons: [], transferCount: 0 });
    await flush();

    expect($(element, '.not-routed').textContent).toBe('c.WhyHere_NotRouted');
    expect($(element, 'dl')).toBeNull();
    await expect(element).toHaveAccessibleMarkup();
  });

  it('shows the error panel when the details cannot be loaded', async () => {
    const element = createComponent();
    getInsight.error({ message: 'Insufficient access' });
    await flush();

    expect($(element, 'c-error-panel').friendlyMessage).toBe('c.WhyHere_LoadError');
    await expect(element).toHaveAccessibleMarkup();
  });

  it('reloads the details when the routing fields change', async () => {
    createComponent();
    getInsight.emit(ROUTED);
    getRecord.emit(CASE_RECORD);
    await flush();
    getRecord.emit(CASE_RECORD_TRANSFERRED);
    await flush();

    expect(refreshApex).toHaveBeenCalledTimes(1);
  });

  it('reloads the details when the page refreshes its view (a release on this page), and stops when removed', async () => {
    const element = createComponent();
    getInsight.emit(ROUTED);
    await flush();

    await expect(registerRefreshHandler.mock.calls[0][1]()).resolves.toBe(true);
    expect(refreshApex).toHaveBeenCalledTimes(1);
    expect(refreshApex.mock.calls[0][0].data).toEqual(ROUTED);

    document.body.removeChild(element);
    expect(unregisterRefreshHandler).toHaveBeenCalledWith(
      registerRefreshHandler.mock.results[0].value
    );
  });
});
