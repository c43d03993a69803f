import { LightningElement, api, wire } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import getContext from '@salesforce/apex/CustomerContextController.getContext';
import { webUrl } from 'c/webUrl';
import { formatLabel } from 'c/labelFormat';
import { refreshWithView } from 'c/routingRecordWatch';
import { unregisterRefreshHandler } from 'lightning/refresh';

import TITLE from '@salesforce/label/c.CustomerContext_Title';
import SEGMENT from '@salesforce/label/c.CustomerContext_Segment';
import ACCOUNT_MANAGER from '@salesforce/label/c.CustomerContext_AccountManager';
import BROWSING_PAGE from '@salesforce/label/c.CustomerContext_BrowsingPage';
import RECENT_CASES from '@salesforce/label/c.CustomerContext_RecentCases';
import NO_CASES from '@salesforce/label/c.CustomerContext_NoCases';
import UNKNOWN from '@salesforce/label/c.CustomerContext_UnknownCustomer';
import NONE from '@salesforce/label/c.CustomerContext_None';
import MANAGER_INACTIVE from '@salesforce/label/c.CustomerContext_ManagerInactive';
import LOAD_ERROR from '@salesforce/label/c.CustomerContext_LoadError';

function caseReference(recordId) {
  return {
    type: 'standard__recordPage',
    attributes: { recordId, objectApiName: 'Case', actionName: 'view' }
  };
}

/**
 * The customer beside the conversation: segment, account manager, the page they were browsing
 * when the chat started (hidden pre-chat field), and their other recent cases.
 */
export default class CustomerContext extends NavigationMixin(LightningElement) {
  @api recordId;

  labels = {
    title: TITLE,
    segment: SEGMENT,
    accountManager: ACCOUNT_MANAGER,
    browsingPage: BROWSING_PAGE,
    recentCases: RECENT_CASES,
    noCases: NO_CASES,
    unknown: UNKNOWN
  };
  loadErrorMessage = LOAD_ERROR;
  context;
  error;
  // Case Id → its URL from the navigation service (page URL formats are the platform's to change).
  caseUrls = {};

  /** The wired result, refreshed when the page refreshes its view. */
  contextResult;
  refreshHandle;

  connectedCallback() {
    this.refreshHandle = refreshWithView(this, () => this.contextResult);
  }

  disconnectedCallback() {
    unregisterRefreshHandler(this.refreshHandle);
  }

  @wire(getContext, { recordId: '$recordId' })
  wiredContext(result) {
    this.contextResult = result;
    const { data, error } = result;
    if (data) {
      this.context = data;
      this.error = undefined;
      this.generateCaseUrls(data.recentCases || []);
    } else if (error) {
      this.context = undefined;
      this.error = error;
    }
  }

  get isLoading() {
    return !this.context && !this.error;
  }

  get isKnown() {
    return Boolean(this.context && this.context.known);
  }

  get segment() {
    return (this.context && this.context.segment) || NONE;
  }

  get accountManager() {
    const name = this.context && this.context.accountManagerName;
    if (!name) {
      return NONE;
    }
    // A deactivated manager takes no contacts: the agent must not promise the client a call from them.
    return this.context.accountManagerActive === false ? formatLabel(MANAGER_INACTIVE, name) : name;
  }

  get hasBrowsingPage() {
    return Boolean(this.context && this.context.browsingPage);
  }

  get browsingPage() {
    return this.context ? this.context.browsingPage : null;
  }

  /**
   * The page as a link only when it is a web page: the customer's browser sends it (a hidden
   * pre-chat field), so a javascript: or data: value is shown as text, never made clickable.
   */
  get browsingUrl() {
    return webUrl(this.browsingPage);
  }

  get recentCases() {
    return ((this.context && this.context.recentCases) || []).map((c) => ({
      ...c,
      label: c.subject ? `${c.caseNumber} · ${c.subject}` : c.caseNumber,
      url: this.caseUrls[c.id]
    }));
  }

  async generateCaseUrls(cases) {
    const entries = await Promise.all(
      cases.map(async (c) => [c.id, await this[NavigationMixin.GenerateUrl](caseReference(c.id))])
    );
    this.caseUrls = Object.fromEntries(entries);
  }

  /** A click opens the case through the navigation service (a console subtab); the href serves new tabs. */
  handleOpenCase(event) {
    event.preventDefault();
    this[NavigationMixin.Navigate](caseReference(event.currentTarget.dataset.id));
  }

  get hasRecentCases() {
    return this.recentCases.length > 0;
  }
}
