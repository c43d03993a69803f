import { routingFieldsOf, routingSignature } from 'c/routingRecordWatch';

describe('c/routingRecordWatch', () => {
  it('qualifies the watched routing fields with the page object', () => {
    expect(routingFieldsOf('MessagingSession')).toEqual([
      'MessagingSession.RoutingTeam__c',
      'MessagingSession.RoutingGroup__c',
      'MessagingSession.IssueType__c',
      'MessagingSession.RoutingStatus__c',
      'MessagingSession.RoutedAt__c',
      'MessagingSession.TransferCount__c'
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
});
