import { refreshApex } from '@salesforce/apex';
import { notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import { RefreshEvent, registerRefreshHandler } from 'lightning/refresh';

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
  'TransferCount__c',
  // A chat release changes no routing field until the flow routes the chat: these say it happened. Optional
  // fields, so a user who may not read them (an account manager) still loads the record.
  'AboutAccountManager__c',
  'ConcernReleasedAt__c'
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

/**
 * Refreshes a component's cached Apex result when the record's routing changed since it was last
 * seen (a transfer or a re-route), and returns the signature to remember.
 * @param {string|undefined} previousSignature the signature seen last, undefined on first load
 * @param {object} record a getRecord result
 * @param {object|undefined} cachedResult the wired Apex result to refresh
 * @returns {string} the record's current signature
 */
export function refreshOnRoutingChange(previousSignature, record, cachedResult) {
  const signature = routingSignature(record);
  if (previousSignature !== undefined && signature !== previousSignature && cachedResult) {
    refreshApex(cachedResult);
  }
  return signature;
}

/**
 * After an action that may take the record out of the user's reach (a transfer to another team, a
 * release to the account manager: Case sharing is private): tells the page the record changed and
 * refreshes the component's cached Apex result. Never rejects: the action is done whatever happens
 * here, and a record the user can no longer read simply fails to refresh.
 * @param {EventTarget} component the component, which sends the page its refresh event
 * @param {string} recordId the record acted on
 * @param {object|undefined} cachedResult the wired Apex result to refresh
 * @returns {Promise<boolean>} whether everything refreshed
 */
export async function refreshAfterHandOver(component, recordId, cachedResult) {
  try {
    await notifyRecordUpdateAvailable([{ recordId }]);
    component.dispatchEvent(new RefreshEvent());
    await refreshApex(cachedResult);
    return true;
  } catch {
    return false;
  }
}

/**
 * Keeps a component's wired data in step with its page: when the page refreshes its view (a
 * standard edit saved, a transfer or a release sending RefreshEvent), the component's cached wired
 * result is fetched again. Without it, a component shows what it read when the tab opened until the
 * agent reloads. Call it in connectedCallback and pass the handle it returns to
 * unregisterRefreshHandler in disconnectedCallback.
 * @param {object} component the component (Lightning Web Security: the component itself)
 * @param {function(): (object|undefined)} cachedResultOf returns the wired result to refresh, if any yet
 * @returns {number} the handle of the registered handler
 */
export function refreshWithView(component, cachedResultOf) {
  return registerRefreshHandler(component, () => {
    const cachedResult = cachedResultOf();
    // The refresh goes on down the page whatever happens here: a failed read shows its own error.
    return cachedResult ? refreshApex(cachedResult).then(ok, ok) : Promise.resolve(true);
  });
}

function ok() {
  return true;
}
