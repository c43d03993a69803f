import { createElement } from 'lwc';
import RoutingReasons from 'c/routingReasons';
import '../../../../test/jest-mocks/accessibility';

function createComponent(reasons) {
  const element = createElement('c-routing-reasons', { is: RoutingReasons });
  element.reasons = reasons;
  document.body.appendChild(element);
  return element;
}

const texts = (element, selector) =>
  Array.from(element.shadowRoot.querySelectorAll(selector)).map((node) => node.textContent);

describe('c-routing-reasons', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
  });

  it('lists every reason in the order the engine gave them', async () => {
    const reasons = [
      'segment HNW: investable assets 2500000 >= threshold 1000000',
      'rule HNW_Staff_Concern_To_Director (order 10)',
      'segment HNW: investable assets 2500000 >= threshold 1000000'
    ];
    const element = createComponent(reasons);
    await Promise.resolve();

    expect(texts(element, '.reasons li')).toEqual(reasons);
    expect(element.shadowRoot.querySelector('.no-reasons')).toBeNull();
    await expect(element).toHaveAccessibleMarkup();
  });

  it('says there are none when the list is empty or missing, and follows a change', async () => {
    const element = createComponent([]);
    await Promise.resolve();
    expect(texts(element, '.no-reasons')).toEqual(['c.WhyHere_NoReasons']);
    expect(element.shadowRoot.querySelector('.reasons')).toBeNull();

    element.reasons = undefined;
    await Promise.resolve();
    expect(texts(element, '.no-reasons')).toEqual(['c.WhyHere_NoReasons']);

    element.reasons = ['topic none: no topic phrase found'];
    await Promise.resolve();
    expect(texts(element, '.reasons li')).toEqual(['topic none: no topic phrase found']);
    await expect(element).toHaveAccessibleMarkup();
  });
});
