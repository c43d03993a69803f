import { createElement } from 'lwc';
import CustomerContext from 'c/customerContext';
import getContext from '@salesforce/apex/CustomerContextController.getContext';
import { generateUrl, navigate } from 'lightning/navigation';
import { refreshApex } from '@salesforce/apex';
import { registerRefreshHandler, unregisterRefreshHandler } from 'lightning/refresh';
import '../../../../test/jest-mocks/accessibility';

const CHAT = require('./data/chatContext.json');

jest.mock(
  '@salesforce/apex/CustomerContextController.getContext',
  () => {
    const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
    return { default: createApexTestWireAdapter(jest.fn()) };
  },
  { virtual: true }
);

jest.mock(
  '@salesforce/label/c.CustomerContext_ManagerInactive',
  () => ({ default: '{0} (inactive: do not promise a call from them)' }),
  { virtual: true }
);

jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), {
  virtual: true
});

const RECORD_ID = '0Mw000000000001AAA';

function createComponent() {
  const element = createElement('c-customer-context', { is: CustomerContext });
  element.recordId = RECORD_ID;
  document.body.appendChild(element);
  return element;
}

// A few microtask turns: the wire, the generated URLs, then the re-render.
const flush = () =>
  Array.from({ length: 5 }).reduce((chain) => chain.then(() => undefined), Promise.resolve());
const $ = (element, selector) => element.shadowRoot.querySelector(selector);
const $$ = (element, selector) => Array.from(element.shadowRoot.querySelectorAll(selector));

describe('c-customer-context', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    jest.clearAllMocks();
  });

  it('asks for the record on the page and shows a spinner until the context arrives', async () => {
    const element = createComponent();
    await flush();
    expect(getContext.getLastConfig()).toEqual({ recordId: RECORD_ID });
    expect($(element, 'lightning-spinner')).not.toBeNull();
    await expect(element).toHaveAccessibleMarkup();
  });

  it('reads the context again when the page refreshes its view, and stops when removed', async () => {
    const element = createComponent();
    getContext.emit(CHAT);
    await flush();
    const refresh = registerRefreshHandler.mock.calls[0][1];

    await expect(refresh()).resolves.toBe(true);
    expect(refreshApex).toHaveBeenCalledTimes(1);
    expect(refreshApex.mock.calls[0][0].data).toEqual(CHAT);

    document.body.removeChild(element);
    expect(unregisterRefreshHandler).toHaveBeenCalledWith(
      registerRefreshHandler.mock.results[0].value
    );
  });

  it('shows the browsing page, segment, account manager and the other recent cases with links', async () => {
    const element = createComponent();
    getContext.emit(CHAT);
    await flush();

    expect($(element, 'lightning-formatted-url').value).toBe(CHAT.browsingPage);
    expect($(element, '.account').textContent).toBe('Harper Family Office');
    expect($(element, '.segment').textContent).toBe('High net worth');
    expect($(element, '.manager').textContent).toBe('Daniel Brooks');
    const links = $$(element, 'ul.cases a');
    expect(links.map((a) => a.textContent)).toEqual([
      '00001002 · Rebalancing question',
      '00001003'
    ]);
    expect($(element, '.no-cases')).toBeNull();
    await expect(element).toHaveAccessibleMarkup();
  });

  it('links each recent case through the navigation service: its URL for a new tab, its page reference on click', async () => {
    const caseReference = (recordId) => ({
      type: 'standard__recordPage',
      attributes: { recordId, objectApiName: 'Case', actionName: 'view' }
    });
    generateUrl
      .mockImplementationOnce((reference) =>
        Promise.resolve(`/generated/${reference.attributes.recordId}`)
      )
      .mockImplementationOnce((reference) =>
        Promise.resolve(`/generated/${reference.attributes.recordId}`)
      );
    const element = createComponent();
    getContext.emit(CHAT);
    await flush();

    const links = $$(element, 'ul.cases a');
    expect(generateUrl).toHaveBeenCalledWith(caseReference('500000000000002AAA'));
    expect(links[0].getAttribute('href')).toBe('/generated/500000000000002AAA');
    links[1].click();
    expect(navigate).toHaveBeenCalledWith(caseReference(links[1].dataset.id), undefined);
  });

  it('says there are no other cases, and shows no browsing page for a case', async () => {
    const element = createComponent();
    getContext.emit({ ...CHAT, browsingPage: null, recentCases: [], accountManagerName: null });
    await flush();

    expect($(element, 'lightning-formatted-url')).toBeNull();
    expect($(element, '.no-cases').textContent).toBe('c.CustomerContext_NoCases');
    expect($(element, '.manager').textContent).toBe('c.CustomerContext_None');
  });

  it('marks a deactivated account manager, so the agent promises no call from them', async () => {
    const element = createComponent();
    getContext.emit({ ...CHAT, accountManagerActive: false });
    await flush();

    expect($(element, '.manager').textContent).toBe(
      'Daniel Brooks (inactive: do not promise a call from them)'
    );
  });

  it('says the customer is unknown when the conversation has no account', async () => {
    const element = createComponent();
    getContext.emit({
      known: false,
      browsingPage: 'https://www.example.com/help',
      recentCases: []
    });
    await flush();

    expect($(element, '.unknown').textContent).toBe('c.CustomerContext_UnknownCustomer');
    expect($(element, '.account')).toBeNull();
    expect($(element, 'lightning-formatted-url').value).toBe('https://www.example.com/help');
  });

  it('shows a browsing page that is not a web address as text, never as a link', async () => {
    const element = createComponent();
    // Built from parts: the value a customer's browser could send, never run here.
    const scriptUrl = ['javascript', 'alert(1)'].join(':');
    getContext.emit({ known: false, browsingPage: scriptUrl, recentCases: [] });
    await flush();

    expect($(element, 'lightning-formatted-url')).toBeNull();
    expect($(element, '.browsing-text').textContent).toBe(scriptUrl);
    await expect(element).toHaveAccessibleMarkup();
  });

  it('shows the error panel when the context cannot be loaded', async () => {
    const element = createComponent();
    getContext.error({ message: 'No access' });
    await flush();

    const panel = $(element, 'c-error-panel');
    expect(panel).not.toBeNull();
    expect(panel.friendlyMessage).toBe('c.CustomerContext_LoadError');
    expect(panel.shadowRoot.querySelector('li').textContent).toBe('No access');
    expect($(element, 'lightning-spinner')).toBeNull();
    await expect(element).toHaveAccessibleMarkup();
  });
});
