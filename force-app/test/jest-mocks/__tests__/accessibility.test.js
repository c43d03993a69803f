/**
 * The accessibility matcher must fail on the mistakes it claims to catch, or the assertion in
 * every component test proves nothing: each mistake alone, whether axe (@sa11y/jest) or the
 * project's own checks find it.
 */
const { accessibilityProblems } = require('../accessibility');

function host(html, setup) {
  const element = document.createElement('div');
  const root = element.attachShadow({ mode: 'open' });
  root.innerHTML = html;
  if (setup) {
    setup(root);
  }
  document.body.appendChild(element);
  return element;
}

const MISTAKES = [
  ['a Lightning input without label', '<lightning-input></lightning-input>', /has no label/],
  [
    'an icon button without alternative text',
    '<lightning-button-icon></lightning-button-icon>',
    /has no alternative-text/
  ],
  [
    'a Lightning button without label or title',
    '<lightning-button></lightning-button>',
    /has neither label nor title/
  ],
  ['a button without a name', '<button></button>', /button-name/],
  [
    'a new-tab link without noopener',
    '<a href="https://example.com" target="_blank">Help</a>',
    /without rel="noopener"/
  ],
  ['a link without a name', '<a href="https://example.com"></a>', /link-name/],
  ['an image without alt', '<img>', /image-alt/],
  ['an empty heading', '<h3> </h3>', /empty-heading/],
  [
    'a description pointing nowhere',
    '<span aria-describedby="nowhere">x</span>',
    /aria-describedby points at missing id "nowhere"/
  ],
  ['an invalid aria-live', '<p aria-live="loud">x</p>', /aria-valid-attr-value/],
  ['an unknown role', '<div role="bogus">x</div>', /aria-roles/],
  ['a positive tabindex', '<div tabindex="3">x</div>', /tabindex/],
  ['an id used twice', '<i id="twice">a</i><b id="twice">b</b>', /duplicate-id/]
];

describe('toHaveAccessibleMarkup', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('passes labelled controls, named buttons and links, valid aria', async () => {
    const element = host(
      `<main>
         <h2>Transfer</h2>
         <lightning-combobox></lightning-combobox>
         <lightning-button></lightning-button>
         <button aria-label="Go to step 2"></button>
         <a href="https://example.com" target="_blank" rel="noopener noreferrer">Help</a>
         <p aria-live="polite"></p>
         <ol><li aria-current="step">Greet</li></ol>
         <div role="alert">Careful</div>
         <img alt="">
       </main>`,
      (root) => {
        root.querySelector('lightning-combobox').label = 'Team';
        root.querySelector('lightning-button').label = 'Transfer';
      }
    );

    expect(accessibilityProblems(element)).toEqual([]);
    await expect(element).toHaveAccessibleMarkup();
  });

  it.each(MISTAKES)('fails on %s', async (_name, html, why) => {
    const element = host(`<main>${html}</main>`);
    await expect(expect(element).toHaveAccessibleMarkup()).rejects.toThrow(why);
  });

  it('looks inside nested shadow roots', async () => {
    const element = host('<section class="outer"></section>', (root) => {
      const inner = root.querySelector('section').attachShadow({ mode: 'open' });
      inner.innerHTML = '<lightning-textarea></lightning-textarea><button></button>';
    });

    expect(accessibilityProblems(element)).toEqual(['<lightning-textarea> has no label']);
    await expect(expect(element).toHaveAccessibleMarkup()).rejects.toThrow(/button-name/);
  });
});
