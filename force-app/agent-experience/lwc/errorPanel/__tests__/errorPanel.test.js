import { createElement } from 'lwc';
import ErrorPanel from 'c/errorPanel';
import '../../../../test/jest-mocks/accessibility';

function createComponent(props) {
  const element = createElement('c-error-panel', { is: ErrorPanel });
  Object.assign(element, props);
  document.body.appendChild(element);
  return element;
}

describe('c-error-panel', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
  });

  it('announces the friendly message and lists the platform messages', async () => {
    const element = createComponent({
      friendlyMessage: "The script couldn't be loaded.",
      errors: [{ body: { message: 'Insufficient access' } }, new Error('Timeout')]
    });
    await Promise.resolve();

    const alert = element.shadowRoot.querySelector('[role="alert"]');
    expect(alert).not.toBeNull();
    expect(element.shadowRoot.querySelector('.friendly-message').textContent).toBe(
      "The script couldn't be loaded."
    );
    const items = Array.from(element.shadowRoot.querySelectorAll('li')).map((li) => li.textContent);
    expect(items).toEqual(['Insufficient access', 'Timeout']);
    await expect(element).toHaveAccessibleMarkup();
  });

  it('shows only the friendly message when the error says nothing more', async () => {
    const element = createComponent({
      friendlyMessage: 'Something went wrong.',
      errors: undefined
    });
    await Promise.resolve();

    expect(element.shadowRoot.querySelector('ul')).toBeNull();
    expect(element.shadowRoot.querySelector('.friendly-message').textContent).toBe(
      'Something went wrong.'
    );
  });
});
