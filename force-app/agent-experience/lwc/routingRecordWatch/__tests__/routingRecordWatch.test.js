import { notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import { refreshApex } from '@salesforce/apex';
import { registerRefreshHandler } from 'lightning/refresh';
import {
  refreshAfterHandOver,
  refreshWithView,
  routingFieldsOf,
  routingSignature
} from 'c/routingRecordWatch';

jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), {
  virtual: true
});

describe('c/routingRecordWatch', () => {
  it('qualifies the watched routing fields with the page object', () => {
    expect(routingFieldsOf('MessagingSession')).toEqual([
      'MessagingSession.RoutingTeam__c',
      'MessagingSession.RoutingGroup__c',
      'MessagingSession.IssueType__c',
      'MessagingSession.RoutingStatus__c',
      'MessagingSession.RoutedAt__c',
      'MessagingSession.TransferCount__c',
      'MessagingSession.AboutAccountManager__c',
      'MessagingSession.ConcernReleasedAt__c'
    ]);
  });

  it('watches nothing outside a record page', () => {
    expect(routingFieldsOf(undefined)).toBeUndefined();
  });

  it('changes the signature when a routing field changes, not otherwise', () => {
    const before = {
      fields: { RoutingTeam__c: { value: 'ECOMMERCE' }, TransferCount__c: { value: null } }
    };
    const same = { fields: { RoutingTeam__c: { value: 'ECOMMERCE' }, Subject: { value: 'x' } } };
    const after = {
      fields: { RoutingTeam__c: { value: 'ECOMMERCE' }, TransferCount__c: { value: 1 } }
    };

    expect(routingSignature(same)).toBe(routingSignature(before));
    expect(routingSignature(after)).not.toBe(routingSignature(before));
    expect(routingSignature(undefined)).toBe(routingSignature({ fields: {} }));
  });

  describe('refreshAfterHandOver', () => {
    const RECORD_ID = '500000000000001AAA';
    const component = () => ({ dispatchEvent: jest.fn() });
    afterEach(() => jest.clearAllMocks());

    it('tells the page the record changed, asks it to refresh and refreshes the cached result', async () => {
      const element = component();
      const cached = { data: {} };

      await expect(refreshAfterHandOver(element, RECORD_ID, cached)).resolves.toBe(true);

      expect(notifyRecordUpdateAvailable).toHaveBeenCalledWith([{ recordId: RECORD_ID }]);
      expect(element.dispatchEvent.mock.calls[0][0].type).toBe('lightning__refresh');
      expect(refreshApex).toHaveBeenCalledWith(cached);
    });

    it('never rejects when the record can no longer be read, and says it did not refresh', async () => {
      refreshApex.mockRejectedValueOnce({ body: { message: 'Record not found' } });

      await expect(refreshAfterHandOver(component(), RECORD_ID, { data: {} })).resolves.toBe(false);
    });
  });

  describe('refreshWithView', () => {
    afterEach(() => jest.clearAllMocks());
    const handlerOf = () => registerRefreshHandler.mock.calls[0][1];

    it('registers the component, and on a view refresh fetches its wired result again', async () => {
      const component = {};
      const cached = { data: {} };
      let current;

      const handle = refreshWithView(component, () => current);

      expect(handle).toBe(registerRefreshHandler.mock.results[0].value);
      expect(registerRefreshHandler.mock.calls[0][0]).toBe(component);
      await expect(handlerOf()()).resolves.toBe(true);
      expect(refreshApex).not.toHaveBeenCalled();
      current = cached;
      await expect(handlerOf()()).resolves.toBe(true);
      expect(refreshApex).toHaveBeenCalledWith(cached);
    });

    it('lets the page go on refreshing when the read fails', async () => {
      refreshApex.mockRejectedValueOnce({ body: { message: 'Record not found' } });
      refreshWithView({}, () => ({ data: {} }));

      await expect(handlerOf()()).resolves.toBe(true);
    });
  });
});
