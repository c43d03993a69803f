import { createElement } from 'lwc';
import ContactClassConfirm from 'c/contactClassConfirm';
import { getRecord, updateRecord } from 'lightning/uiRecordApi';
import { getObjectInfo, getPicklistValues } from 'lightning/uiObjectInfoApi';
import '../../../../test/jest-mocks/accessibility';

const RECORD = require('./data/record.json');
const PICKLIST = require('./data/picklist.json');

jest.mock('@salesforce/label/c.ContactClass_Proposed', () => ({ default: 'Proposed: {0}' }), {
  virtual: true
});

const RECORD_ID = '500000000000001AAA';

function createComponent() {
  const element = createElement('c-contact-class-confirm', { is: ContactClassConfirm });
  element.recordId = RECORD_ID;
  document.body.appendChild(element);
  return element;
}

function withConfirmed(confirmed, proposed = 'Problem_Solving') {
  const record = JSON.parse(JSON.stringify(RECORD));
  record.fields.ContactClassConfirmed__c.value = confirmed;
  record.fields.ProposedContactClass__c.value = proposed;
  return record;
}

const flush = () => Promise.resolve().then(() => Promise.resolve());

describe('c-contact-class-confirm', () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    jest.clearAllMocks();
  });

  it('shows the proposed class by its label and preselects it', async () => {
    const element = createComponent();
    getRecord.emit(withConfirmed(false));
    getObjectInfo.emit({ defaultRecordTypeId: '012000000000000AAA' });
    getPicklistValues.emit(PICKLIST);
    await flush();

    const root = element.shadowRoot;
    expect(root.querySelector('.proposed').textContent).toBe('Proposed: Problem-solving');
    const combobox = root.querySelector('lightning-combobox');
    expect(combobox.value).toBe('Problem_Solving');
    expect(combobox.options).toHaveLength(4);
    expect(root.querySelector('.confirmed')).toBeNull();
    await expect(element).toHaveAccessibleMarkup();
  });

  it('saves the chosen class and ticks Confirmed when the agent confirms', async () => {
    const element = createComponent();
    getRecord.emit(withConfirmed(false));
    getPicklistValues.emit(PICKLIST);
    await flush();
    const handler = jest.fn();
    element.addEventListener('lightning__showtoast', handler);

    const combobox = element.shadowRoot.querySelector('lightning-combobox');
    combobox.dispatchEvent(new CustomEvent('change', { detail: { value: 'Action_Transaction' } }));
    await flush();
    element.shadowRoot.querySelector('lightning-button.confirm').click();
    await flush();

    expect(updateRecord).toHaveBeenCalledWith({
      fields: {
        Id: RECORD_ID,
        ContactClass__c: 'Action_Transaction',
        ContactClassConfirmed__c: true
      }
    });
    expect(handler).toHaveBeenCalledTimes(1);
    expect(handler.mock.calls[0][0].detail.variant).toBe('success');
  });

  it('says when the class is confirmed and when triage proposed none', async () => {
    const element = createComponent();
    getRecord.emit(withConfirmed(true, null));
    await flush();
    const root = element.shadowRoot;
    expect(root.querySelector('.confirmed')).not.toBeNull();
    expect(root.querySelector('.proposed').textContent).toBe('c.ContactClass_NotProposed');
  });

  it('shows the error panel when the save is refused and keeps the button usable', async () => {
    updateRecord.mockRejectedValueOnce({ body: { message: 'insufficient access' } });
    const element = createComponent();
    getRecord.emit(withConfirmed(false));
    await flush();
    element.shadowRoot.querySelector('lightning-button.confirm').click();
    await flush();
    await flush();
    const panel = element.shadowRoot.querySelector('c-error-panel');
    expect(panel).not.toBeNull();
    expect(panel.errors).toEqual({ body: { message: 'insufficient access' } });
    expect(element.shadowRoot.querySelector('lightning-button.confirm').disabled).toBe(false);
  });

  it('shows the load error when the record cannot be read', async () => {
    const element = createComponent();
    getRecord.error();
    await flush();
    expect(element.shadowRoot.querySelector('c-error-panel')).not.toBeNull();
    expect(element.shadowRoot.querySelector('lightning-combobox')).toBeNull();
  });
});
