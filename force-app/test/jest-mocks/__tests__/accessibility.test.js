/**
 * The accessibility matcher must fail on the mistakes it claims to catch, or the assertion in
 * every component test proves nothing.
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

describe('toHaveAccessibleMarkup', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('passes labelled controls, named buttons and links, valid aria', () => {
    const element = host(
      `<h2>Transfer</h2>
       <lightning-combobox></lightning-combobox>
       <lightning-button></lightning-button>
       <button aria-label="Go to step 2"></button>
       <a href="https://example.com" target="_blank" rel="noopener noreferrer">Help</a>
       <p aria-live="polite"></p>
       <li aria-current="step">Greet</li>
       <div role="alert">Careful</div>
       <img alt="">`,
      (root) => {
        root.querySelector('lightning-combobox').label = 'Team';
        root.querySelector('lightning-button').label = 'Transfer';
      }
    );

    expect(accessibilityProblems(element)).toEqual([]);
    expect(element).toHaveAccessibleMarkup();
  });

  it('reports each mistake it knows', () => {
    const element = host(
      `<lightning-input></lightning-input>
       <lightning-button-icon></lightning-button-icon>
       <lightning-button></lightning-button>
       <button></button>
       <a href="https://example.com" target="_blank">Help</a>
       <a href="https://example.com"></a>
       <img>
       <h3> </h3>
       <span aria-describedby="nowhere">x</span>
       <p aria-live="loud">x</p>
       <li aria-current="yes">x</li>
       <div role="bogus">x</div>
       <div tabindex="3">x</div>
       <i id="twice"></i><b id="twice"></b>`
    );

    const problems = accessibilityProblems(element);
    expect(problems).toEqual(
      expect.arrayContaining([
        '<lightning-input> has no label',
        '<lightning-button-icon> has no alternative-text',
        '<lightning-button> has neither label nor title',
        '<button> has no accessible name',
        '<a> opens a new tab without rel="noopener"',
        '<a> link has no accessible name',
        '<img> has no alt attribute',
        '<h3> heading is empty',
        '<span> aria-describedby points at missing id "nowhere"',
        '<p> has aria-live="loud"',
        '<li> has aria-current="yes"',
        '<div> has role="bogus"',
        '<div> has tabindex="3" (positive tabindex breaks the tab order)',
        'id "twice" is used 2 times in one shadow root'
      ])
    );
    expect(problems).toHaveLength(14);
    expect(() => expect(element).toHaveAccessibleMarkup()).toThrow(/has no label/);
  });

  it('looks inside nested shadow roots', () => {
    const element = host('<section class="outer"></section>', (root) => {
      const inner = root.querySelector('section').attachShadow({ mode: 'open' });
      inner.innerHTML = '<lightning-textarea></lightning-textarea>';
    });

    expect(accessibilityProblems(element)).toEqual(['<lightning-textarea> has no label']);
  });
});
