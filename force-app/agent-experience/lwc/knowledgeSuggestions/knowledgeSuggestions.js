import { LightningElement, api, wire } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { refreshApex } from '@salesforce/apex';
import { getRecord } from 'lightning/uiRecordApi';
import getSuggestions from '@salesforce/apex/KnowledgeSuggestionsController.getSuggestions';
import attachToCase from '@salesforce/apex/KnowledgeSuggestionsController.attachToCase';
import { formatLabel } from 'c/labelFormat';

import TITLE from '@salesforce/label/c.Knowledge_Title';
import TOPIC_LINE from '@salesforce/label/c.Knowledge_TopicLine';
import NO_TOPIC from '@salesforce/label/c.Knowledge_NoTopic';
import NO_ARTICLES from '@salesforce/label/c.Knowledge_NoArticles';
import ATTACH from '@salesforce/label/c.Knowledge_Attach';
import ATTACH_TITLE from '@salesforce/label/c.Knowledge_AttachTitle';
import ATTACHED from '@salesforce/label/c.Knowledge_Attached';
import ATTACH_DONE from '@salesforce/label/c.Knowledge_AttachDone';
import ATTACH_ERROR from '@salesforce/label/c.Knowledge_AttachError';
import COPY_LINK from '@salesforce/label/c.Knowledge_CopyLink';
import COPY_LINK_TITLE from '@salesforce/label/c.Knowledge_CopyLinkTitle';
import COPY_SUMMARY from '@salesforce/label/c.Knowledge_CopySummary';
import COPY_SUMMARY_TITLE from '@salesforce/label/c.Knowledge_CopySummaryTitle';
import COPIED from '@salesforce/label/c.Knowledge_Copied';
import COPY_FAILED from '@salesforce/label/c.Knowledge_CopyFailed';
import LOAD_ERROR from '@salesforce/label/c.Knowledge_LoadError';
import ARTICLE_NUMBER from '@salesforce/label/c.Knowledge_ArticleNumber';

function articleReference(recordId) {
  return {
    type: 'standard__recordPage',
    attributes: { recordId, objectApiName: 'Knowledge__kav', actionName: 'view' }
  };
}

/**
 * Suggests the published Knowledge articles of the work item's routing topic on the case and chat
 * pages. The agent opens an article, attaches it to the case (CaseArticle, which the report of cases
 * resolved with an article counts) and copies its link (or, without a public knowledge site, its
 * summary) to paste into the chat or the reply.
 */
export default class KnowledgeSuggestions extends NavigationMixin(LightningElement) {
  @api recordId;
  @api objectApiName;

  labels = { title: TITLE, attached: ATTACHED };
  loadErrorMessage = LOAD_ERROR;
  attachErrorMessage = ATTACH_ERROR;
  suggestions;
  loadError;
  attachError;
  attaching;
  wiredResult;
  // Article version Id → its URL from the navigation service, so a new tab opens the article too.
  articleUrls = {};

  @wire(getSuggestions, { recordId: '$recordId' })
  wiredSuggestions(result) {
    this.wiredResult = result;
    if (result.data) {
      this.suggestions = result.data;
      this.loadError = undefined;
      this.generateArticleUrls(result.data.articles || []);
    } else if (result.error) {
      this.loadError = result.error;
      this.suggestions = undefined;
    }
  }

  /** On a chat page, the case the agent may open from it: Attach appears once it exists. */
  get sessionCaseFields() {
    return this.objectApiName === 'MessagingSession' ? ['MessagingSession.CaseId'] : undefined;
  }

  linkedCaseId;

  @wire(getRecord, { recordId: '$recordId', optionalFields: '$sessionCaseFields' })
  wiredSession({ data }) {
    if (!data) {
      return;
    }
    const entry = data.fields && data.fields.CaseId;
    const caseId = entry && entry.value ? entry.value : null;
    // The suggestions were read without the case: read them again once the chat has one.
    if (this.linkedCaseId !== undefined && caseId !== this.linkedCaseId && this.wiredResult) {
      refreshApex(this.wiredResult);
    }
    this.linkedCaseId = caseId;
  }

  get isLoading() {
    return !this.suggestions && !this.loadError;
  }

  get hasTopic() {
    return Boolean(this.suggestions && this.suggestions.topic);
  }

  get topicLine() {
    return formatLabel(TOPIC_LINE, this.suggestions.topicLabel || this.suggestions.topic);
  }

  get noTopicText() {
    return NO_TOPIC;
  }

  get noArticlesText() {
    return NO_ARTICLES;
  }

  get hasArticles() {
    return this.articles.length > 0;
  }

  get canAttach() {
    return Boolean(this.suggestions && this.suggestions.caseId);
  }

  get articles() {
    const list = (this.suggestions && this.suggestions.articles) || [];
    return list.map((article) => ({
      ...article,
      numberText: article.articleNumber ? formatLabel(ARTICLE_NUMBER, article.articleNumber) : '',
      showAttach: this.canAttach && !article.attached,
      attachLabel: ATTACH,
      attachTitle: formatLabel(ATTACH_TITLE, article.title),
      attachDisabled: this.attaching === article.versionId,
      url: this.articleUrls[article.versionId],
      copyLabel: article.link ? COPY_LINK : COPY_SUMMARY,
      copyTitle: formatLabel(article.link ? COPY_LINK_TITLE : COPY_SUMMARY_TITLE, article.title)
    }));
  }

  findArticle(versionId) {
    return ((this.suggestions && this.suggestions.articles) || []).find(
      (a) => a.versionId === versionId
    );
  }

  async generateArticleUrls(articles) {
    const entries = await Promise.all(
      articles.map(async (a) => [
        a.versionId,
        await this[NavigationMixin.GenerateUrl](articleReference(a.versionId))
      ])
    );
    this.articleUrls = Object.fromEntries(entries);
  }

  handleOpen(event) {
    event.preventDefault();
    this[NavigationMixin.Navigate](articleReference(event.currentTarget.dataset.id));
  }

  async handleAttach(event) {
    const versionId = event.currentTarget.dataset.id;
    this.attaching = versionId;
    this.attachError = undefined;
    let attached = false;
    try {
      await attachToCase({ recordId: this.recordId, articleVersionId: versionId });
      this.dispatchEvent(new ShowToastEvent({ title: ATTACH_DONE, variant: 'success' }));
      attached = true;
    } catch (error) {
      this.attachError = error;
    } finally {
      this.attaching = undefined;
    }
    if (attached) {
      try {
        await refreshApex(this.wiredResult);
      } catch {
        // The article is attached; a failed refresh only leaves the list as it was until the next load.
      }
    }
  }

  async handleCopy(event) {
    const article = this.findArticle(event.currentTarget.dataset.id);
    const text = article.link
      ? `${article.title}: ${article.link}`
      : `${article.title}: ${article.summary || ''}`.trim();
    try {
      if (!navigator.clipboard || typeof navigator.clipboard.writeText !== 'function') {
        throw new Error('The clipboard is not available.');
      }
      await navigator.clipboard.writeText(text);
      this.dispatchEvent(new ShowToastEvent({ title: COPIED, variant: 'success' }));
    } catch {
      this.dispatchEvent(new ShowToastEvent({ title: COPY_FAILED, variant: 'warning' }));
    }
  }
}
