import { createElement } from 'lwc';
import CaseMilestones from 'c/caseMilestones';
import { getRelatedListRecords } from 'lightning/uiRelatedListApi';
import { refreshApex } from '@salesforce/apex';
import { registerRefreshHandler, unregisterRefreshHandler } from 'lightning/refresh';
import '../../../../test/jest-mocks/accessibility';

const MILESTONES = require('./data/milestones.json');

jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), {
  virtual: true
});

function createComponent() {
  const element = createElement('c-case-milestones', { is: CaseMilestones });
  element.recordId = '500000000000001AAA';
  document.body.appendChild(element);
  return element;
}

const flush = () => Promise.resolve();

function copy(json) {
  return JSON.parse(JSON.stringify(json));
}

describe('c-case-milestones', () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    jest.restoreAllMocks();
  });

  it('lists each milestone with its target and whether it was met or is open', async () => {
    jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-01-01T12:00:00.000Z'));
    const element = createComponent();
    getRelatedListRecords.emit(copy(MILESTONES));
    await flush();

    const items = element.shadowRoot.querySelectorAll('li.milestone');
    expect(items).toHaveLength(2);
    expect(items[0].querySelector('.name').textContent).toBe('c.Milestones_FirstResponse');
    expect(items[0].querySelector('.slds-badge').textContent).toBe('c.Milestones_Met');
    expect(items[0].querySelector('.target').value).toBe('2026-01-01T10:05:00.000Z');
    expect(items[1].querySelector('.slds-badge').textContent).toBe('c.Milestones_Open');
    expect(items[0].getAttribute('aria-label')).toBe(
      'c.Milestones_FirstResponse: c.Milestones_Met'
    );
    await expect(element).toHaveAccessibleMarkup();
  });

  it('reads the milestones again when the page refreshes its view, and stops when removed', async () => {
    const element = createComponent();
    getRelatedListRecords.emit(copy(MILESTONES));
    await flush();
    const refresh = registerRefreshHandler.mock.calls.at(-1)[1];

    await expect(refresh()).resolves.toBe(true);
    expect(refreshApex).toHaveBeenCalledTimes(1);
    expect(refreshApex.mock.calls[0][0].data.records).toHaveLength(2);

    document.body.removeChild(element);
    expect(unregisterRefreshHandler).toHaveBeenCalledWith(
      registerRefreshHandler.mock.results.at(-1).value
    );
  });

  it('shows an open milestone past its target as overdue and a violated one as missed', async () => {
    jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-01-03T00:00:00.000Z'));
    const data = copy(MILESTONES);
    data.records[0].fields.IsViolated.value = true;
    const element = createComponent();
    getRelatedListRecords.emit(data);
    await flush();

    const badges = element.shadowRoot.querySelectorAll('.slds-badge');
    expect(badges[0].textContent).toBe('c.Milestones_Missed');
    expect(badges[1].textContent).toBe('c.Milestones_Overdue');
    expect(badges[1].className).toContain('slds-theme_error');
  });

  it('turns an open milestone overdue when its target passes while the tab stays open, and stops its clock when removed', async () => {
    jest.useFakeTimers();
    try {
      jest.setSystemTime(Date.parse('2026-01-02T09:59:50.000Z'));
      const element = createComponent();
      getRelatedListRecords.emit(copy(MILESTONES));
      await flush();
      const badge = () => element.shadowRoot.querySelectorAll('.slds-badge')[1];
      expect(badge().textContent).toBe('c.Milestones_Open');

      jest.advanceTimersByTime(30000);
      await flush();

      expect(badge().textContent).toBe('c.Milestones_Overdue');
      document.body.removeChild(element);
      expect(jest.getTimerCount()).toBe(0);
    } finally {
      jest.useRealTimers();
    }
  });

  it('says so when the case has no milestones (no entitlement)', async () => {
    const element = createComponent();
    getRelatedListRecords.emit({ records: [] });
    await flush();
    expect(element.shadowRoot.querySelector('.none').textContent).toBe('c.Milestones_None');
  });

  it('shows the error panel when the milestones cannot be read', async () => {
    const element = createComponent();
    getRelatedListRecords.error();
    await flush();
    expect(element.shadowRoot.querySelector('c-error-panel')).not.toBeNull();
  });

  it('shows a milestone type it does not know by its name', async () => {
    const data = copy(MILESTONES);
    data.records[0].fields.MilestoneType.value.fields.Name.value = 'Callback';
    const element = createComponent();
    getRelatedListRecords.emit(data);
    await flush();
    expect(element.shadowRoot.querySelector('.name').textContent).toBe('Callback');
  });
});
