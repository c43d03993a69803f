import { createElement } from 'lwc';
import KnowledgeSuggestions from 'c/knowledgeSuggestions';
import { generateUrl, navigate } from 'lightning/navigation';
import { ShowToastEventName } from 'lightning/platformShowToastEvent';
import { refreshApex } from '@salesforce/apex';
import { getRecord } from 'lightning/uiRecordApi';
import getSuggestions from '@salesforce/apex/KnowledgeSuggestionsController.getSuggestions';
import attachToCase from '@salesforce/apex/KnowledgeSuggestionsController.attachToCase';
import '../../../../test/jest-mocks/accessibility';

const CASE_SUGGESTIONS = require('./data/suggestionsCase.json');
const CHAT_WITHOUT_CASE = require('./data/suggestionsChatWithoutCase.json');

jest.mock(
  '@salesforce/apex/KnowledgeSuggestionsController.getSuggestions',
  () => {
    const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
    return { default: createApexTestWireAdapter(jest.fn()) };
  },
  { virtual: true }
);
jest.mock(
  '@salesforce/apex/KnowledgeSuggestionsController.attachToCase',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
// The labels whose text the tests read (unmocked labels render as c.Name).
jest.mock('@salesforce/label/c.Knowledge_TopicLine', () => ({ default: 'Articles for {0}' }), {
  virtual: true
});
jest.mock(
  '@salesforce/label/c.Knowledge_NoTopic',
  () => ({
    default:
      'No topic yet: triage found none, so no articles are suggested. Search Knowledge in the console instead.'
  }),
  {
    virtual: true
  }
);
jest.mock(
  '@salesforce/label/c.Knowledge_NoArticles',
  () => ({ default: 'No published article for this topic yet.' }),
  {
    virtual: true
  }
);
jest.mock('@salesforce/label/c.Knowledge_Attach', () => ({ default: 'Attach to case' }), {
  virtual: true
});
jest.mock('@salesforce/label/c.Knowledge_Attached', () => ({ default: 'Attached' }), {
  virtual: true
});
jest.mock(
  '@salesforce/label/c.Knowledge_AttachDone',
  () => ({ default: 'Article attached to the case.' }),
  {
    virtual: true
  }
);
jest.mock(
  '@salesforce/label/c.Knowledge_AttachError',
  () => ({ default: 'The article could not be attached.' }),
  {
    virtual: true
  }
);
jest.mock('@salesforce/label/c.Knowledge_CopyLink', () => ({ default: 'Copy link for chat' }), {
  virtual: true
});
jest.mock(
  '@salesforce/label/c.Knowledge_CopySummary',
  () => ({ default: 'Copy summary for chat' }),
  {
    virtual: true
  }
);
jest.mock(
  '@salesforce/label/c.Knowledge_CopyFailed',
  () => ({
    default:
      'The clipboard is not available in this browser: open the article and copy the text by hand.'
  }),
  {
    virtual: true
  }
);
jest.mock(
  '@salesforce/label/c.Knowledge_LoadError',
  () => ({ default: 'The suggested articles could not be loaded.' }),
  {
    virtual: true
  }
);
jest.mock('@salesforce/label/c.Knowledge_ArticleNumber', () => ({ default: 'Article {0}' }), {
  virtual: true
});
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), {
  virtual: true
});

const RECORD_ID = '500000000000001AAA';

function createComponent(recordId = RECORD_ID) {
  const element = createElement('c-knowledge-suggestions', { is: KnowledgeSuggestions });
  element.recordId = recordId;
  document.body.appendChild(element);
  return element;
}

// A few microtask turns: the awaited Apex call, the toast, refreshApex and the re-render.
const flush = () =>
  Promise.resolve()
    .then(() => Promise.resolve())
    .then(() => Promise.resolve())
    .then(() => Promise.resolve());
const $ = (element, selector) => element.shadowRoot.querySelector(selector);
const $$ = (element, selector) => Array.from(element.shadowRoot.querySelectorAll(selector));

function listenForToasts(element) {
  const toasts = [];
  element.addEventListener(ShowToastEventName, (event) => toasts.push(event.detail));
  return toasts;
}

describe('c-knowledge-suggestions', () => {
  const originalClipboard = navigator.clipboard;

  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    Object.defineProperty(navigator, 'clipboard', { value: originalClipboard, configurable: true });
    jest.clearAllMocks();
  });

  it('asks for the suggestions of its record and shows a spinner until they arrive', async () => {
    const element = createComponent();
    await flush();

    expect(getSuggestions.getLastConfig()).toEqual({ recordId: RECORD_ID });
    expect($(element, 'lightning-spinner')).not.toBeNull();
    await expect(element).toHaveAccessibleMarkup();
  });

  it('lists the articles of the topic with attach for the unattached and a badge for the attached', async () => {
    const element = createComponent();
    getSuggestions.emit(CASE_SUGGESTIONS);
    await flush();

    expect($(element, '.topic').textContent).toBe('Articles for Trading platform');
    const items = $$(element, 'li.article');
    expect(items.map((li) => li.querySelector('.title').textContent)).toEqual([
      'Orders stuck in Pending after the market opens',
      'Two-factor code not arriving on the trading app'
    ]);
    expect(items[0].querySelector('.number').textContent).toBe('Article 000001001');
    expect(items[0].querySelector('lightning-button.attach').label).toBe('Attach to case');
    expect(items[0].querySelector('lightning-badge.attached')).toBeNull();
    expect(items[1].querySelector('lightning-button.attach')).toBeNull();
    expect(items[1].querySelector('lightning-badge.attached').label).toBe('Attached');
    // A public link is copied when the site is configured, else the summary.
    expect(items[0].querySelector('lightning-button.copy').label).toBe('Copy link for chat');
    expect(items[1].querySelector('lightning-button.copy').label).toBe('Copy summary for chat');
    await expect(element).toHaveAccessibleMarkup();
  });

  it('opens the article version when its title is clicked', async () => {
    const element = createComponent();
    getSuggestions.emit(CASE_SUGGESTIONS);
    await flush();

    expect(generateUrl).toHaveBeenCalledTimes(CASE_SUGGESTIONS.articles.length);
    // The navigation service's URL, so a middle-click or a new tab opens the article, not "#".
    expect($(element, 'li.article .title').getAttribute('href')).toBe('https://www.example.com');
    $(element, 'li.article .title').click();

    expect(navigate).toHaveBeenCalledWith(
      {
        type: 'standard__recordPage',
        attributes: {
          recordId: 'ka0000000000001AAA',
          objectApiName: 'Knowledge__kav',
          actionName: 'view'
        }
      },
      undefined
    );
  });

  it('attaches an article to the case, confirms it and refreshes the list', async () => {
    attachToCase.mockResolvedValue(RECORD_ID);
    const element = createComponent();
    const toasts = listenForToasts(element);
    getSuggestions.emit(CASE_SUGGESTIONS);
    await flush();

    $(element, 'li.article lightning-button.attach').click();
    await flush();

    expect(attachToCase).toHaveBeenCalledWith({
      recordId: RECORD_ID,
      articleVersionId: 'ka0000000000001AAA'
    });
    expect(toasts).toEqual([
      expect.objectContaining({ title: 'Article attached to the case.', variant: 'success' })
    ]);
    expect(refreshApex).toHaveBeenCalledTimes(1);
    expect($(element, 'c-error-panel')).toBeNull();
  });

  it('shows no attach error when only the refresh after a successful attach fails', async () => {
    attachToCase.mockResolvedValue(RECORD_ID);
    refreshApex.mockRejectedValueOnce({ body: { message: 'Unable to refresh' } });
    const element = createComponent();
    const toasts = listenForToasts(element);
    getSuggestions.emit(CASE_SUGGESTIONS);
    await flush();

    $(element, 'li.article lightning-button.attach').click();
    await flush();

    expect(toasts).toEqual([expect.objectContaining({ variant: 'success' })]);
    expect($(element, 'c-error-panel')).toBeNull();
  });

  it('shows why an attach failed and keeps the article attachable', async () => {
    attachToCase.mockRejectedValue({
      body: { message: 'This article is not published or you cannot see it.' }
    });
    const element = createComponent();
    getSuggestions.emit(CASE_SUGGESTIONS);
    await flush();

    $(element, 'li.article lightning-button.attach').click();
    await flush();

    const panel = $(element, 'c-error-panel');
    expect(panel.friendlyMessage).toBe('The article could not be attached.');
    expect(panel.errors).toEqual({
      body: { message: 'This article is not published or you cannot see it.' }
    });
    expect(refreshApex).not.toHaveBeenCalled();
    expect($(element, 'li.article lightning-button.attach').disabled).toBe(false);
    await expect(element).toHaveAccessibleMarkup();
  });

  it('copies the title and public link for the chat', async () => {
    const writeText = jest.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const element = createComponent();
    const toasts = listenForToasts(element);
    getSuggestions.emit(CASE_SUGGESTIONS);
    await flush();

    $$(element, 'lightning-button.copy')[0].click();
    await flush();

    expect(writeText).toHaveBeenCalledWith(
      'Orders stuck in Pending after the market opens: https://help.example.com/s/article/orders-stuck-pending'
    );
    expect(toasts[0].variant).toBe('success');
  });

  it('copies the summary when there is no public link, and warns when the clipboard is missing', async () => {
    const writeText = jest.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const element = createComponent();
    const toasts = listenForToasts(element);
    getSuggestions.emit(CASE_SUGGESTIONS);
    await flush();

    $$(element, 'lightning-button.copy')[1].click();
    await flush();
    expect(writeText).toHaveBeenCalledWith(
      "Two-factor code not arriving on the trading app: Check the phone's time setting and resend; after three tries switch to the authenticator app."
    );

    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    $$(element, 'lightning-button.copy')[1].click();
    await flush();
    expect(toasts.map((t) => t.variant)).toEqual(['success', 'warning']);
    expect(toasts[1].title).toContain('clipboard is not available');
  });

  it('offers no attach on a chat without a case, but still the link', async () => {
    const element = createComponent('0Mw000000000001AAA');
    getSuggestions.emit(CHAT_WITHOUT_CASE);
    await flush();

    expect($$(element, 'li.article')).toHaveLength(1);
    expect($(element, 'lightning-button.attach')).toBeNull();
    expect($(element, 'lightning-button.copy').label).toBe('Copy link for chat');
    await expect(element).toHaveAccessibleMarkup();
  });

  it('reads the suggestions again once the agent opens a case from the chat, so Attach appears', async () => {
    const element = createElement('c-knowledge-suggestions', { is: KnowledgeSuggestions });
    element.recordId = '0Mw000000000001AAA';
    element.objectApiName = 'MessagingSession';
    document.body.appendChild(element);
    getSuggestions.emit(CHAT_WITHOUT_CASE);
    await flush();
    expect(getRecord.getLastConfig().optionalFields).toEqual(['MessagingSession.CaseId']);

    getRecord.emit({ fields: { CaseId: { value: null } } });
    await flush();
    expect(refreshApex).not.toHaveBeenCalled();
    getRecord.emit({ fields: { CaseId: { value: '500000000000009AAA' } } });
    await flush();

    expect(refreshApex).toHaveBeenCalledTimes(1);
  });

  it('says so when the record has no topic, or the topic has no article', async () => {
    const element = createComponent();
    getSuggestions.emit({ topic: null, topicLabel: null, caseId: RECORD_ID, articles: [] });
    await flush();
    expect($(element, '.no-topic').textContent).toContain('No topic yet');
    expect($(element, 'ul.articles')).toBeNull();

    getSuggestions.emit({ ...CASE_SUGGESTIONS, articles: [] });
    await flush();
    expect($(element, '.no-articles').textContent).toBe('No published article for this topic yet.');
    await expect(element).toHaveAccessibleMarkup();
  });

  it('shows the load error in the shared error panel', async () => {
    const element = createComponent();
    getSuggestions.error({ message: 'Insufficient privileges' });
    await flush();

    const panel = $(element, 'c-error-panel');
    expect(panel.friendlyMessage).toBe('The suggested articles could not be loaded.');
    expect($(element, 'lightning-spinner')).toBeNull();
    await expect(element).toHaveAccessibleMarkup();
  });
});
