/**
 * Jest mock of lightning/uiRecordApi: LDS wire adapters tests drive with emit()/error(), and the
 * imperative functions as jest.fn so tests assert what a component asked LDS to do.
 */
const { createLdsTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');

function fieldPath(field) {
  const name = typeof field === 'string' ? field : field && field.fieldApiName;
  const parts = String(name).split('.');
  return parts.length > 1 && typeof field === 'string' ? parts.slice(1) : parts;
}

function walk(record, path, display) {
  let current = record;
  for (let i = 0; i < path.length; i++) {
    const entry = current && current.fields ? current.fields[path[i]] : undefined;
    if (entry === undefined) {
      return undefined;
    }
    if (i === path.length - 1) {
      return display ? entry.displayValue : entry.value;
    }
    current = entry.value;
  }
  return undefined;
}

module.exports = {
  getRecord: createLdsTestWireAdapter(jest.fn()),
  getRecords: createLdsTestWireAdapter(jest.fn()),
  getRecordCreateDefaults: createLdsTestWireAdapter(jest.fn()),
  getFieldValue: jest.fn((record, field) => walk(record, fieldPath(field), false)),
  getFieldDisplayValue: jest.fn((record, field) => walk(record, fieldPath(field), true)),
  createRecord: jest.fn(() => Promise.resolve({})),
  updateRecord: jest.fn(() => Promise.resolve({})),
  deleteRecord: jest.fn(() => Promise.resolve()),
  notifyRecordUpdateAvailable: jest.fn(() => Promise.resolve()),
  refresh: jest.fn(() => Promise.resolve()),
  generateRecordInputForCreate: jest.fn(),
  generateRecordInputForUpdate: jest.fn()
};
