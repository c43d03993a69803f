/**
 * The routing fields a component watches on its Case or MessagingSession (through getRecord), so it
 * can refresh its cached Apex data when a transfer or a re-route changes them.
 */
const ROUTING_FIELDS = [
  'RoutingTeam__c',
  'RoutingGroup__c',
  'IssueType__c',
  'RoutingStatus__c',
  'RoutedAt__c',
  'TransferCount__c'
];

/**
 * The qualified field names to wire for an object, or undefined outside a record page.
 * @param {string} objectApiName Case or MessagingSession
 * @returns {string[]|undefined} field names such as Case.RoutingTeam__c
 */
export function routingFieldsOf(objectApiName) {
  return objectApiName ? ROUTING_FIELDS.map((field) => `${objectApiName}.${field}`) : undefined;
}

/**
 * A value that changes whenever one of the watched routing fields changes.
 * @param {object} record a getRecord result
 * @returns {string} the signature
 */
export function routingSignature(record) {
  const fields = (record && record.fields) || {};
  return ROUTING_FIELDS.map((field) => {
    const entry = fields[field];
    return entry && entry.value !== null && entry.value !== undefined ? String(entry.value) : '';
  }).join('|');
}
