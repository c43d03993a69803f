import { createElement } from 'lwc';
import RoutingRuleTester from 'c/routingRuleTester';
import getOptions from '@salesforce/apex/RoutingTesterController.getOptions';
import testContact from '@salesforce/apex/RoutingTesterController.test';
import '../../../../test/jest-mocks/accessibility';

const OPTIONS = require('./data/options.json');
const DIRECTOR = require('./data/directorResult.json');
const NO_RULE = require('./data/noRuleResult.json');
const OPTIONS_WITH_WARNINGS = require('./data/optionsWithWarnings.json');

jest.mock(
  '@salesforce/apex/RoutingTesterController.getOptions',
  () => {
    const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
    return { default: createApexTestWireAdapter(jest.fn()) };
  },
  { virtual: true }
);
jest.mock('@salesforce/apex/RoutingTesterController.test', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock(
  '@salesforce/label/c.Tester_AssetsHelp',
  () => ({ default: 'Leave empty for an unknown customer. High net worth from {0}.' }),
  { virtual: true }
);

function createComponent() {
  const element = createElement('c-routing-rule-tester', { is: RoutingRuleTester });
  document.body.appendChild(element);
  return element;
}

// Lets pending promise callbacks (Apex calls, then the re-render) run.
const flush = () =>
  Array.from({ length: 10 }).reduce((chain) => chain.then(() => undefined), Promise.resolve());
const $ = (element, selector) => element.shadowRoot.querySelector(selector);
const $$ = (element, selector) => Array.from(element.shadowRoot.querySelectorAll(selector));
/** The reasons list lives in the c-routing-reasons child's own shadow root. */
const reasonsRoot = (element) => $(element, 'c-routing-reasons').shadowRoot;

function type(element, selector, value) {
  $(element, selector).dispatchEvent(new CustomEvent('change', { detail: { value } }));
}

function tick(element, selector, checked) {
  const input = $(element, selector);
  input.dispatchEvent(new CustomEvent('change', { detail: { checked } }));
}

async function loaded() {
  const element = createComponent();
  getOptions.emit(OPTIONS);
  await flush();
  return element;
}

function sentContact() {
  return JSON.parse(testContact.mock.calls[testContact.mock.calls.length - 1][0].contactJson);
}

describe('c-routing-rule-tester', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    jest.clearAllMocks();
  });

  it('shows a spinner until the form choices arrive', async () => {
    const element = createComponent();
    await flush();

    expect($(element, 'lightning-spinner')).not.toBeNull();
    await expect(element).toHaveAccessibleMarkup();
  });

  it('offers the channels, the intake topics with none first, and the HNW threshold', async () => {
    const element = await loaded();

    expect($(element, 'lightning-radio-group.channel').options.map((o) => o.value)).toEqual([
      'phone',
      'email',
      'chat'
    ]);
    expect($(element, 'lightning-radio-group.channel').value).toBe('email');
    const topics = $(element, 'lightning-combobox.intake-topic').options;
    expect(topics[0]).toEqual({ label: 'c.Tester_NoIntakeTopic', value: '' });
    expect(topics).toHaveLength(6);
    expect($(element, 'lightning-input.assets').fieldLevelHelp).toBe(
      'Leave empty for an unknown customer. High net worth from 1,000,000.'
    );
    expect($(element, 'lightning-input.subject')).not.toBeNull();
    expect($(element, 'lightning-input.manager-name')).toBeNull();
    await expect(element).toHaveAccessibleMarkup();
  });

  it('sends an email with subject and body of an unknown customer in the route input shape', async () => {
    testContact.mockResolvedValue(NO_RULE);
    const element = await loaded();

    type(element, 'lightning-input.subject', 'Checkout failed');
    type(element, 'lightning-textarea.body', 'I was charged twice at checkout');
    await flush();
    $(element, 'lightning-button.run').click();
    await flush();

    expect(sentContact()).toEqual({
      id: 'rule-tester',
      channel: 'email',
      subject: 'Checkout failed',
      body: 'I was charged twice at checkout'
    });
  });

  it('shows which rule fired and why for a high-net-worth complaint in chat', async () => {
    testContact.mockResolvedValue(DIRECTOR);
    const element = await loaded();

    type(element, 'lightning-radio-group.channel', 'chat');
    await flush();
    expect($(element, 'lightning-input.subject')).toBeNull();
    type(element, 'lightning-textarea.body', 'Daniel sold my shares without asking');
    type(element, 'lightning-input.assets', '2500000');
    tick(element, 'lightning-input.has-manager', true);
    await flush();
    type(element, 'lightning-input.manager-name', 'Daniel Brooks');
    tick(element, 'lightning-input.about-staff', true);
    await flush();
    $(element, 'lightning-button.run').click();
    await flush();

    expect(sentContact()).toEqual({
      id: 'rule-tester',
      channel: 'chat',
      body: 'Daniel sold my shares without asking',
      intake: { topic: null, aboutStaff: true },
      customer: {
        investableAssets: 2500000,
        accountManager: { name: 'Daniel Brooks', active: true }
      }
    });
    expect($(element, '.rule-name').textContent).toBe('HNW_Staff_Concern_To_Director');
    expect($(element, '.rule-description').textContent).toBe(DIRECTOR.ruleDescription);
    expect($(element, 'dd.team .value').textContent).toBe('High-net-worth desk');
    expect($(element, 'dd.group .value').textContent).toBe('Department director');
    expect($(element, 'dd.target .value').textContent).toBe('user:director>HNW_Escalations');
    expect($(element, 'dd.topic .value').textContent).toBe('c.Common_NotSet');
    expect($(element, 'dd.issueType .help').textContent).toBe('c.WhyHere_AboutAccountManager');
    expect(Array.from(reasonsRoot(element).querySelectorAll('.reasons li'))).toHaveLength(2);
    expect($(element, '.result').getAttribute('aria-live')).toBe('polite');
    await expect(element).toHaveAccessibleMarkup();
  });

  it('sends an inactive account manager and an intake topic without assets', async () => {
    testContact.mockResolvedValue(NO_RULE);
    const element = await loaded();

    type(element, 'lightning-radio-group.channel', 'phone');
    tick(element, 'lightning-input.has-manager', true);
    await flush();
    tick(element, 'lightning-input.manager-active', false);
    type(element, 'lightning-combobox.intake-topic', 'trading_platform');
    await flush();
    $(element, 'lightning-button.run').click();
    await flush();

    expect(sentContact()).toEqual({
      id: 'rule-tester',
      channel: 'phone',
      body: null,
      intake: { topic: 'trading_platform', aboutStaff: false },
      customer: { investableAssets: null, accountManager: { name: null, active: false } }
    });
  });

  it('says no rule matched and that triage takes it', async () => {
    testContact.mockResolvedValue(NO_RULE);
    const element = await loaded();

    $(element, 'lightning-button.run').click();
    await flush();

    expect($(element, '.no-rule').textContent).toBe('c.Tester_NoRule');
    expect($(element, '.rule-name')).toBeNull();
    expect($(element, 'dd.group')).toBeNull();
    expect(reasonsRoot(element).querySelector('.no-reasons')).not.toBeNull();
  });

  it('shows the refusal when the engine cannot test the contact', async () => {
    testContact.mockRejectedValue({ body: { message: 'Choose phone, email or chat.' } });
    const element = await loaded();

    $(element, 'lightning-button.run').click();
    await flush();

    const panel = $(element, 'c-error-panel');
    expect(panel.friendlyMessage).toBe('c.Tester_Failed');
    expect(panel.shadowRoot.querySelector('li').textContent).toBe('Choose phone, email or chat.');
    expect($(element, '.rule-name')).toBeNull();
    await expect(element).toHaveAccessibleMarkup();
  });

  it('does not call the engine without a channel', async () => {
    const element = await loaded();

    type(element, 'lightning-radio-group.channel', '');
    await flush();
    $(element, 'lightning-button.run').click();
    await flush();

    expect(testContact).not.toHaveBeenCalled();
    expect($(element, 'c-error-panel').shadowRoot.querySelector('li').textContent).toBe(
      'c.Tester_UnknownChannel'
    );
  });

  it('shows that it is running, then clears the form and the result', async () => {
    let finish;
    testContact.mockReturnValue(new Promise((resolve) => (finish = resolve)));
    const element = await loaded();
    type(element, 'lightning-textarea.body', 'robo advisor');
    await flush();

    $(element, 'lightning-button.run').click();
    await flush();
    expect($(element, 'lightning-button.run').label).toBe('c.Tester_Running');
    expect($(element, 'lightning-button.run').disabled).toBe(true);
    finish(DIRECTOR);
    await flush();
    expect($(element, '.rule-name')).not.toBeNull();

    $(element, 'lightning-button.reset').click();
    await flush();
    expect($(element, '.rule-name')).toBeNull();
    expect($(element, 'lightning-textarea.body').value).toBe('');
    expect($(element, 'lightning-button.run').label).toBe('c.Tester_Run');
  });

  it('warns a lead when the rules in force could send a complaint to the accused manager', async () => {
    const element = createComponent();
    getOptions.emit(OPTIONS_WITH_WARNINGS);
    await flush();

    const alert = $(element, '.configuration-warnings');
    expect(alert).not.toBeNull();
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.querySelector('p').textContent).toBe('c.Tester_ConfigurationWarnings');
    expect(Array.from(alert.querySelectorAll('li')).map((li) => li.textContent)).toEqual(
      OPTIONS_WITH_WARNINGS.warnings
    );
    await expect(element).toHaveAccessibleMarkup();
  });

  it('shows the warnings checked at the time of the test, and none when the rules are safe', async () => {
    testContact.mockResolvedValue({
      ...DIRECTOR,
      warnings: ['the triage queue X holds account managers']
    });
    const element = await loaded();
    expect($(element, '.configuration-warnings')).toBeNull();

    $(element, 'lightning-button.run').click();
    await flush();

    expect($$(element, '.configuration-warnings li').map((li) => li.textContent)).toEqual([
      'the triage queue X holds account managers'
    ]);
  });

  it('shows the error panel when the form choices cannot be loaded', async () => {
    const element = createComponent();
    getOptions.error({ message: 'No access to RoutingTesterController' });
    await flush();

    expect($(element, 'c-error-panel').friendlyMessage).toBe('c.Tester_LoadError');
    expect($(element, 'lightning-radio-group')).toBeNull();
    await expect(element).toHaveAccessibleMarkup();
  });
});
