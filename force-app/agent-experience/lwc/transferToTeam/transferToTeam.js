import { LightningElement, api, wire } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import getTransferOptions from '@salesforce/apex/TransferController.getTransferOptions';
import transfer from '@salesforce/apex/TransferController.transfer';
import { formatLabel } from 'c/labelFormat';
import { reduceErrors } from 'c/errorMessages';
import { refreshAfterHandOver } from 'c/routingRecordWatch';

import TITLE from '@salesforce/label/c.Transfer_Title';
import LOADING from '@salesforce/label/c.Transfer_Loading';
import LOAD_ERROR from '@salesforce/label/c.Transfer_LoadError';
import CURRENT_TEAM from '@salesforce/label/c.Transfer_CurrentTeam';
import TEAM from '@salesforce/label/c.Transfer_Team';
import SELECT_TEAM from '@salesforce/label/c.Transfer_SelectTeam';
import GROUP from '@salesforce/label/c.Transfer_Group';
import SELECT_GROUP from '@salesforce/label/c.Transfer_SelectGroup';
import ANY_GROUP from '@salesforce/label/c.Transfer_AnyGroup';
import REASON from '@salesforce/label/c.Transfer_Reason';
import SELECT_REASON from '@salesforce/label/c.Transfer_SelectReason';
import COMMENT from '@salesforce/label/c.Transfer_Comment';
import SUBMIT from '@salesforce/label/c.Transfer_Submit';
import SUBMITTING from '@salesforce/label/c.Transfer_Submitting';
import SUCCESS_TITLE from '@salesforce/label/c.Transfer_SuccessTitle';
import SUCCESS from '@salesforce/label/c.Transfer_Success';
import SUCCESS_FALLBACK from '@salesforce/label/c.Transfer_SuccessFallback';
import CHAT_REQUESTED from '@salesforce/label/c.Transfer_ChatRequested';
import ERROR_TITLE from '@salesforce/label/c.Transfer_ErrorTitle';
import TEAM_REQUIRED from '@salesforce/label/c.Transfer_TeamRequired';
import GROUP_REQUIRED from '@salesforce/label/c.Transfer_GroupRequired';
import REASON_REQUIRED from '@salesforce/label/c.Transfer_ReasonRequired';
import REFUSED_COMPLAINT from '@salesforce/label/c.Transfer_RefusedComplaintAboutManager';

const LABELS = {
  title: TITLE,
  loading: LOADING,
  loadError: LOAD_ERROR,
  team: TEAM,
  selectTeam: SELECT_TEAM,
  group: GROUP,
  selectGroup: SELECT_GROUP,
  reason: REASON,
  selectReason: SELECT_REASON,
  comment: COMMENT,
  teamRequired: TEAM_REQUIRED,
  groupRequired: GROUP_REQUIRED,
  reasonRequired: REASON_REQUIRED,
  refusedComplaint: REFUSED_COMPLAINT,
  errorTitle: ERROR_TITLE
};

const HNW = 'HNW';
const ACCOUNT_MANAGER = 'ACCOUNT_MANAGER';
const COMMENT_LENGTH = 1000;

/**
 * Transfer to team: the agent sends the record to another team (and group) through the routing
 * engine, with a required reason and an optional comment. The server counts the transfer and
 * refuses to send a complaint about the account manager to that account manager; this form says
 * so before the agent submits.
 */
export default class TransferToTeam extends LightningElement {
  @api recordId;

  labels = LABELS;
  options;
  loadError;
  optionsResult;
  team = '';
  teamGroup = '';
  reason = '';
  comment = '';
  isSaving = false;
  saveError;
  statusMessage = '';
  // Set once a transfer succeeded: the item may have left the agent's access with it.
  handedOver = false;

  @wire(getTransferOptions, { recordId: '$recordId' })
  wiredOptions(result) {
    this.optionsResult = result;
    if (result.data) {
      this.options = result.data;
      this.loadError = undefined;
      // Still readable after the action: a later load error is a real one again.
      this.handedOver = false;
    } else if (result.error) {
      this.loadError = result.error;
      this.options = undefined;
    }
  }

  get isLoading() {
    return !this.options && !this.loadError;
  }

  /** Not after a transfer: options the agent can no longer read mean the item went where it was sent. */
  get showLoadError() {
    return Boolean(this.loadError) && !this.handedOver;
  }

  get showForm() {
    return Boolean(this.options);
  }

  get currentTeamText() {
    const options = this.options;
    if (!options || !options.currentTeam) {
      return null;
    }
    const team = this.teams.find((entry) => entry.value === options.currentTeam);
    const teamLabel = team ? team.label : options.currentTeam;
    const group = team && team.groups.find((entry) => entry.value === options.currentGroup);
    const groupLabel = group ? group.label : options.currentGroup;
    return formatLabel(CURRENT_TEAM, groupLabel ? `${teamLabel} / ${groupLabel}` : teamLabel);
  }

  get teams() {
    return (this.options && this.options.teams) || [];
  }

  get teamOptions() {
    return this.teams.map((team) => ({ label: team.label, value: team.value }));
  }

  get selectedTeam() {
    return this.teams.find((team) => team.value === this.team);
  }

  get showGroups() {
    const team = this.selectedTeam;
    return !!team && team.groups.length > 0;
  }

  get groupRequired() {
    return !!this.selectedTeam && this.selectedTeam.groupRequired === true;
  }

  get groupOptions() {
    const team = this.selectedTeam;
    const groups = team
      ? team.groups.map((group) => ({ label: group.label, value: group.value }))
      : [];
    return this.groupRequired ? groups : [{ label: ANY_GROUP, value: '' }, ...groups];
  }

  get reasonOptions() {
    return ((this.options && this.options.reasons) || []).map((reason) => ({
      label: reason.label,
      value: reason.value
    }));
  }

  /** A complaint about the account manager must not go to that account manager. */
  get isBlockedChoice() {
    return (
      !!this.options &&
      this.options.accountManagerBlocked === true &&
      this.team === HNW &&
      this.teamGroup === ACCOUNT_MANAGER
    );
  }

  get isComplete() {
    return !!this.team && (!this.groupRequired || !!this.teamGroup) && !!this.reason;
  }

  get isSubmitDisabled() {
    return this.isSaving || this.isBlockedChoice;
  }

  get submitLabel() {
    return this.isSaving ? SUBMITTING : SUBMIT;
  }

  get commentLength() {
    return COMMENT_LENGTH;
  }

  handleTeamChange(event) {
    this.team = event.detail.value;
    this.teamGroup = '';
    this.saveError = undefined;
  }

  handleGroupChange(event) {
    this.teamGroup = event.detail.value;
    this.saveError = undefined;
  }

  handleReasonChange(event) {
    this.reason = event.detail.value;
  }

  handleCommentChange(event) {
    this.comment = event.detail.value;
  }

  async handleTransfer() {
    this.template.querySelectorAll('lightning-combobox').forEach((input) => input.reportValidity());
    if (!this.isComplete || this.isBlockedChoice) {
      return;
    }
    this.isSaving = true;
    this.saveError = undefined;
    // The earlier transfer's confirmation must not sit beside this one's error.
    this.statusMessage = '';
    let transferred = false;
    try {
      const result = await transfer({
        recordId: this.recordId,
        team: this.team,
        teamGroup: this.teamGroup || null,
        reason: this.reason,
        comment: this.comment ? this.comment.trim() : null
      });
      this.announce(result);
      this.reset();
      this.handedOver = true;
      transferred = true;
    } catch (error) {
      this.saveError = error;
      this.dispatchEvent(
        new ShowToastEvent({
          title: ERROR_TITLE,
          message: reduceErrors(error).join(' '),
          variant: 'error'
        })
      );
    } finally {
      this.isSaving = false;
    }
    if (transferred) {
      await refreshAfterHandOver(this, this.recordId, this.optionsResult);
    }
  }

  announce(result) {
    const team = result.groupLabel
      ? `${result.teamLabel} / ${result.groupLabel}`
      : result.teamLabel;
    const routed = result.status === 'Routed';
    let message;
    let variant = routed ? 'success' : 'warning';
    if (result.completeInOmniChannel) {
      // A live chat moves only through Omni-Channel: the agent finishes the transfer in the conversation.
      message = formatLabel(CHAT_REQUESTED, team, result.transferCount);
      variant = 'info';
    } else if (routed) {
      message = formatLabel(SUCCESS, team, result.reasonLabel, result.transferCount);
    } else {
      message = formatLabel(
        SUCCESS_FALLBACK,
        team,
        result.statusLabel || result.status,
        result.transferCount
      );
    }
    this.statusMessage = message;
    this.dispatchEvent(new ShowToastEvent({ title: SUCCESS_TITLE, message, variant }));
  }

  reset() {
    this.team = '';
    this.teamGroup = '';
    this.reason = '';
    this.comment = '';
  }
}
