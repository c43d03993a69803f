import { LightningElement, api, wire } from 'lwc';
import { getRecord, getFieldValue, updateRecord } from 'lightning/uiRecordApi';
import { getObjectInfo, getPicklistValues } from 'lightning/uiObjectInfoApi';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { formatLabel } from 'c/labelFormat';

import CASE_OBJECT from '@salesforce/schema/Case';
import CONTACT_CLASS from '@salesforce/schema/Case.ContactClass__c';
import PROPOSED_CLASS from '@salesforce/schema/Case.ProposedContactClass__c';
import CONFIRMED from '@salesforce/schema/Case.ContactClassConfirmed__c';

import TITLE from '@salesforce/label/c.ContactClass_Title';
import FIELD from '@salesforce/label/c.ContactClass_Field';
import PROPOSED from '@salesforce/label/c.ContactClass_Proposed';
import NOT_PROPOSED from '@salesforce/label/c.ContactClass_NotProposed';
import CONFIRM from '@salesforce/label/c.ContactClass_Confirm';
import CONFIRMED_TEXT from '@salesforce/label/c.ContactClass_Confirmed';
import SAVED from '@salesforce/label/c.ContactClass_Saved';
import SAVE_ERROR from '@salesforce/label/c.ContactClass_SaveError';
import LOAD_ERROR from '@salesforce/label/c.ContactClass_LoadError';

const FIELDS = [CONTACT_CLASS, PROPOSED_CLASS, CONFIRMED];

/**
 * The agent confirms (or corrects) the contact class triage proposed for the case: one combobox of
 * the ContactClass values and a Confirm button that saves the class and ticks Contact Class Confirmed.
 */
export default class ContactClassConfirm extends LightningElement {
  @api recordId;

  labels = { title: TITLE, field: FIELD, confirm: CONFIRM, confirmed: CONFIRMED_TEXT };
  record;
  loadError;
  saveError;
  saveErrorMessage = SAVE_ERROR;
  loadErrorMessage = LOAD_ERROR;
  options = [];
  selected;
  saving = false;

  @wire(getRecord, { recordId: '$recordId', fields: FIELDS })
  wiredRecord({ data, error }) {
    if (data) {
      this.record = data;
      this.loadError = undefined;
      this.selected = getFieldValue(data, CONTACT_CLASS);
    } else if (error) {
      this.loadError = error;
    }
  }

  @wire(getObjectInfo, { objectApiName: CASE_OBJECT })
  objectInfo;

  @wire(getPicklistValues, {
    recordTypeId: '$objectInfo.data.defaultRecordTypeId',
    fieldApiName: CONTACT_CLASS
  })
  wiredValues({ data }) {
    if (data) {
      this.options = data.values.map((v) => ({ label: v.label, value: v.value }));
    }
  }

  get isLoaded() {
    return this.record !== undefined;
  }

  get proposedText() {
    const proposed = this.record ? getFieldValue(this.record, PROPOSED_CLASS) : null;
    if (!proposed) return NOT_PROPOSED;
    const option = this.options.find((o) => o.value === proposed);
    return formatLabel(PROPOSED, option ? option.label : proposed);
  }

  get isConfirmed() {
    return this.record ? getFieldValue(this.record, CONFIRMED) === true : false;
  }

  get confirmDisabled() {
    return this.saving || !this.selected;
  }

  handleChange(event) {
    this.selected = event.detail.value;
  }

  async handleConfirm() {
    this.saving = true;
    this.saveError = undefined;
    try {
      await updateRecord({
        fields: {
          Id: this.recordId,
          [CONTACT_CLASS.fieldApiName]: this.selected,
          [CONFIRMED.fieldApiName]: true
        }
      });
      this.dispatchEvent(new ShowToastEvent({ title: SAVED, variant: 'success' }));
    } catch (error) {
      this.saveError = error;
    } finally {
      this.saving = false;
    }
  }
}
