import { createElement } from 'lwc';
import AgentScript from 'c/agentScript';
import { getRecord } from 'lightning/uiRecordApi';
import { navigate } from 'lightning/navigation';
import { refreshApex } from '@salesforce/apex';
import getScript from '@salesforce/apex/AgentScriptController.getScript';
import '../../../../test/jest-mocks/accessibility';

const SCRIPT = require('./data/script.json');
const SCRIPT_WITH_GROUP = require('./data/scriptWithGroup.json');
const NO_SCRIPT = require('./data/noScript.json');
const CASE_RECORD = require('./data/caseRecord.json');
const CASE_RECORD_TRANSFERRED = require('./data/caseRecordTransferred.json');

jest.mock(
  '@salesforce/apex/AgentScriptController.getScript',
  () => {
    const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
    return { default: createApexTestWireAdapter(jest.fn()) };
  },
  { virtual: true }
);
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), {
  virtual: true
});
// Labels whose placeholders the tests read; the others resolve to their names ("c.Label_Name").
jest.mock('@salesforce/label/c.AgentScript_Subtitle', () => ({ default: '{0} · {1} · {2}' }), {
  virtual: true
});
jest.mock('@salesforce/label/c.AgentScript_StepOf', () => ({ default: 'Step {0} of {1}: {2}' }), {
  virtual: true
});
jest.mock('@salesforce/label/c.AgentScript_GoToStep', () => ({ default: 'Go to step {0}' }), {
  virtual: true
});
jest.mock(
  '@salesforce/label/c.AgentScript_GoToDoneStep',
  () => ({ default: 'Go to step {0} (done)' }),
  { virtual: true }
);
jest.mock('@salesforce/label/c.AgentScript_StepHeading', () => ({ default: '{0}. {1}' }), {
  virtual: true
});
jest.mock(
  '@salesforce/label/c.AgentScript_NoScript',
  () => ({ default: 'No script for {0} on {1} ({2}).' }),
  { virtual: true }
);

const RECORD_ID = '500000000000001AAA';

function createComponent(objectApiName = 'Case') {
  const element = createElement('c-agent-script', { is: AgentScript });
  element.recordId = RECORD_ID;
  element.objectApiName = objectApiName;
  document.body.appendChild(element);
  return element;
}

const flush = () => Promise.resolve();
const $ = (element, selector) => element.shadowRoot.querySelector(selector);
const $$ = (element, selector) => Array.from(element.shadowRoot.querySelectorAll(selector));

describe('c-agent-script', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    jest.clearAllMocks();
    delete navigator.clipboard;
  });

  it('shows a spinner until the script arrives', async () => {
    const element = createComponent();
    await flush();

    expect($(element, 'lightning-spinner')).not.toBeNull();
    expect($(element, 'li')).toBeNull();
    await expect(element).toHaveAccessibleMarkup();
  });

  it('asks for the script of its record and watches the routing fields of the page object', async () => {
    createComponent('MessagingSession');
    await flush();

    expect(getScript.getLastConfig()).toEqual({ recordId: RECORD_ID });
    expect(getRecord.getLastConfig().optionalFields).toContain('MessagingSession.RoutingTeam__c');
    expect(getRecord.getLastConfig().optionalFields).toContain('MessagingSession.TransferCount__c');
  });

  it('shows the steps with the first one current, its text and the team, channel and issue type', async () => {
    const element = createComponent();
    getScript.emit(SCRIPT);
    await flush();

    expect($(element, '.subtitle').textContent).toBe(
      'E-commerce platform team · Email · Technical issue'
    );
    expect($(element, '.progress').textContent.trim()).toBe('Step 1 of 3: Greet');
    const items = $$(element, 'li');
    expect(items).toHaveLength(3);
    expect(items.map((item) => item.getAttribute('aria-current'))).toEqual([
      'step',
      'false',
      'false'
    ]);
    expect($(element, '.step-text').textContent).toBe(SCRIPT.steps[0].text);
    expect($(element, '.expected-response')).not.toBeNull();
    expect($(element, '.progress').getAttribute('aria-live')).toBe('polite');
    expect($(element, 'lightning-button.previous').disabled).toBe(true);
    expect($(element, 'lightning-button.next').disabled).toBe(false);
    await expect(element).toHaveAccessibleMarkup();
  });

  it('moves through the steps with next and previous and stops at either end', async () => {
    const element = createComponent();
    getScript.emit(SCRIPT);
    await flush();

    $(element, 'lightning-button.next').click();
    await flush();
    expect($(element, '.progress').textContent.trim()).toBe('Step 2 of 3: Troubleshoot');
    expect($(element, '.step-text').textContent).toBe(SCRIPT.steps[1].text);

    $(element, 'lightning-button.next').click();
    await flush();
    expect($(element, '.progress').textContent.trim()).toBe('Step 3 of 3: c.AgentScript_Step');
    expect($(element, 'lightning-button.next').disabled).toBe(true);
    // Next is disabled on the last step: focus is on that step's heading, not lost.
    expect(element.shadowRoot.activeElement).toBe($(element, '.current-heading'));
    $(element, 'lightning-button.next').click();
    await flush();
    expect($$(element, 'li')[2].getAttribute('aria-current')).toBe('step');

    $(element, 'lightning-button.previous').click();
    $(element, 'lightning-button.previous').click();
    $(element, 'lightning-button.previous').click();
    await flush();
    expect($$(element, 'li')[0].getAttribute('aria-current')).toBe('step');
    expect($(element, 'lightning-button.previous').disabled).toBe(true);
  });

  it('jumps to a step when its heading is chosen and marks earlier steps done', async () => {
    const element = createComponent();
    getScript.emit(SCRIPT);
    await flush();

    const goTo = $$(element, 'button.go-to-step');
    expect(goTo).toHaveLength(2);
    goTo[1].click();
    await flush();

    expect($$(element, 'li')[2].getAttribute('aria-current')).toBe('step');
    // The button pressed is gone (its step is now the current one): focus goes to the step's heading.
    expect(element.shadowRoot.activeElement).toBe($(element, '.current-heading'));
    expect($(element, '.current-heading').textContent.trim()).toBe(
      $$(element, 'li')[2].querySelector('h3').textContent.trim()
    );
    expect($$(element, 'lightning-icon')).toHaveLength(2);
    // A button's aria-label replaces its content, so the done mark must be in the name itself.
    const names = $$(element, 'button.go-to-step').map((b) => b.getAttribute('aria-label'));
    expect(names).toEqual([
      expect.stringMatching(/^Go to step 1\. .* \(done\)$/),
      expect.stringMatching(/^Go to step 2\. .* \(done\)$/)
    ]);
    await expect(element).toHaveAccessibleMarkup();
  });

  it('links a step to its help page in a new tab and to its Knowledge article', async () => {
    const element = createComponent();
    getScript.emit(SCRIPT);
    await flush();
    $(element, 'lightning-button.next').click();
    await flush();

    const link = $(element, 'a.step-link');
    expect(link.href).toBe('https://help.example.com/checkout');
    expect(link.target).toBe('_blank');
    expect(link.rel).toContain('noopener');

    $(element, 'lightning-button.article').click();
    expect(navigate).toHaveBeenCalledWith(
      {
        type: 'standard__knowledgeArticlePage',
        attributes: { articleType: 'Knowledge', urlName: 'checkout-errors' }
      },
      undefined
    );
  });

  it('does not render a step link that is not a web address', async () => {
    const element = createComponent();
    getScript.emit(SCRIPT);
    await flush();
    $(element, 'lightning-button.next').click();
    $(element, 'lightning-button.next').click();
    await flush();

    expect($(element, '.step-text').textContent).toBe(SCRIPT.steps[2].text);
    expect($(element, 'a.step-link')).toBeNull();
    expect($(element, 'lightning-button.article')).toBeNull();
  });

  it('copies the current step to the clipboard and confirms it', async () => {
    const writeText = jest.fn(() => Promise.resolve());
    navigator.clipboard = { writeText };
    const element = createComponent();
    const toast = jest.fn();
    element.addEventListener('lightning__showtoast', toast);
    getScript.emit(SCRIPT);
    await flush();

    $(element, 'lightning-button.copy').click();
    await flush();
    await flush();

    expect(writeText).toHaveBeenCalledWith(SCRIPT.steps[0].text);
    expect(toast).toHaveBeenCalledTimes(1);
    expect(toast.mock.calls[0][0].detail).toEqual({
      title: 'c.AgentScript_Copied',
      variant: 'success'
    });
  });

  it('tells the agent to copy by hand when the clipboard refuses', async () => {
    navigator.clipboard = { writeText: jest.fn(() => Promise.reject(new Error('denied'))) };
    const element = createComponent();
    const toast = jest.fn();
    element.addEventListener('lightning__showtoast', toast);
    getScript.emit(SCRIPT);
    await flush();

    $(element, 'lightning-button.copy').click();
    await flush();
    await flush();

    expect(toast.mock.calls[0][0].detail).toEqual({
      title: 'c.AgentScript_CopyFailed',
      variant: 'warning'
    });
  });

  it('tells the agent to copy by hand when there is no clipboard', async () => {
    const element = createComponent();
    const toast = jest.fn();
    element.addEventListener('lightning__showtoast', toast);
    getScript.emit(SCRIPT);
    await flush();

    $(element, 'lightning-button.copy').click();
    await flush();

    expect(toast.mock.calls[0][0].detail.variant).toBe('warning');
  });

  it('names the group with the team and leaves out an unknown response time', async () => {
    const element = createComponent('MessagingSession');
    getScript.emit(SCRIPT_WITH_GROUP);
    await flush();

    expect($(element, '.subtitle').textContent).toBe(
      'High-net-worth desk / Department director · Chat · Concern about staff'
    );
    expect($(element, '.expected-response')).toBeNull();
    expect($(element, 'lightning-button.next').disabled).toBe(true);
  });

  it('says why there is no script: none for the team, channel and issue type', async () => {
    const element = createComponent();
    getScript.emit(NO_SCRIPT);
    await flush();

    expect($(element, '.empty').textContent).toBe(
      'No script for Sub-$1M experts / AI Portfolios experts on Phone (Concern about staff).'
    );
    expect($(element, 'ol')).toBeNull();
    await expect(element).toHaveAccessibleMarkup();
  });

  it.each([
    ['NOT_ROUTED', 'c.AgentScript_NotRouted'],
    ['NO_CHANNEL', 'c.AgentScript_NoChannel'],
    ['READY', 'c.AgentScript_NoSteps']
  ])('says why there is no script: state %s', async (state, message) => {
    const element = createComponent();
    getScript.emit({ state, steps: [] });
    await flush();

    expect($(element, '.empty').textContent).toBe(message);
  });

  it('shows the error panel when the script cannot be loaded', async () => {
    const element = createComponent();
    getScript.error({ message: 'You do not have access to the Apex class' });
    await flush();

    const panel = $(element, 'c-error-panel');
    expect(panel).not.toBeNull();
    expect(panel.friendlyMessage).toBe('c.AgentScript_LoadError');
    expect(panel.shadowRoot.querySelector('li').textContent).toBe(
      'You do not have access to the Apex class'
    );
    await expect(element).toHaveAccessibleMarkup();
  });

  it('reloads the script when a transfer changes the routing fields, not before', async () => {
    createComponent();
    getScript.emit(SCRIPT);
    getRecord.emit(CASE_RECORD);
    await flush();
    expect(refreshApex).not.toHaveBeenCalled();

    getRecord.emit(CASE_RECORD);
    await flush();
    expect(refreshApex).not.toHaveBeenCalled();

    getRecord.emit(CASE_RECORD_TRANSFERRED);
    await flush();
    expect(refreshApex).toHaveBeenCalledTimes(1);
  });

  it('starts at the first step again when a different script arrives', async () => {
    const element = createComponent();
    getScript.emit(SCRIPT);
    await flush();
    $(element, 'lightning-button.next').click();
    await flush();

    getScript.emit(SCRIPT_WITH_GROUP);
    await flush();

    expect($$(element, 'li')[0].getAttribute('aria-current')).toBe('step');
    expect($(element, '.step-text').textContent).toBe(SCRIPT_WITH_GROUP.steps[0].text);
  });
});
