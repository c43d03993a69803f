/**
 * The accessibility assertion of every LWC Jest test: `await expect(element).toHaveAccessibleMarkup()`.
 *
 * The audit is @sa11y/jest (axe-core through shadow roots) with Salesforce's `full` rule preset:
 * names of buttons and links, image alt text, empty headings, aria attribute values and roles,
 * positive tabindex, duplicate ids. Axe cannot see what it cannot see, so three project checks
 * follow it:
 * - Lightning base components are empty stubs in Jest: their `label` / `alternative-text` is only
 *   a property here, so a form control without a label, an icon button without alternative text or
 *   a button without label or title is checked on the property;
 * - aria-labelledby / aria-describedby must point at ids in the same shadow root (axe only marks a
 *   missing id as "needs review");
 * - links opening a new tab carry rel="noopener" (a security habit, not an axe rule).
 * It is no replacement for an axe audit in the browser; it catches regressions in unit tests.
 */
const { toBeAccessible } = require('@sa11y/jest');
const { full } = require('@sa11y/preset-rules');

// Rules that measure rendered glyphs need layout and a canvas, which jsdom has neither of (axe
// logs an error and checks nothing): colour contrast, and the icon-ligature detection of the label
// and name match. They are left to the audit in the browser.
const NEEDS_A_BROWSER = [
  'color-contrast',
  'color-contrast-enhanced',
  'label-content-name-mismatch'
];
const AXE_CONFIG = {
  ...full,
  runOnly: {
    ...full.runOnly,
    values: full.runOnly.values.filter((rule) => !NEEDS_A_BROWSER.includes(rule))
  }
};

const LABELLED_CONTROLS = [
  'lightning-input',
  'lightning-textarea',
  'lightning-combobox',
  'lightning-radio-group',
  'lightning-checkbox-group',
  'lightning-select',
  'lightning-slider',
  'lightning-dual-listbox',
  'lightning-progress-step'
];
const ICON_BUTTONS = ['lightning-button-icon', 'lightning-button-icon-stateful'];

function isBlank(value) {
  return value === undefined || value === null || String(value).trim() === '';
}

function describe(element) {
  const tag = element.tagName.toLowerCase();
  const cls = element.getAttribute('class');
  return cls ? `<${tag} class="${cls}">` : `<${tag}>`;
}

function checkRoot(root, problems) {
  const ids = new Set(Array.from(root.querySelectorAll('[id]'), (element) => element.id));
  root.querySelectorAll('*').forEach((element) => {
    const tag = element.tagName.toLowerCase();
    const where = describe(element);
    if (LABELLED_CONTROLS.includes(tag) && isBlank(element.label)) {
      problems.push(`${where} has no label`);
    }
    if (ICON_BUTTONS.includes(tag) && isBlank(element.alternativeText)) {
      problems.push(`${where} has no alternative-text`);
    }
    if (tag === 'lightning-button' && isBlank(element.label) && isBlank(element.title)) {
      problems.push(`${where} has neither label nor title`);
    }
    if (
      tag === 'a' &&
      element.getAttribute('target') === '_blank' &&
      !/\bnoopener\b/.test(element.getAttribute('rel') || '')
    ) {
      problems.push(`${where} opens a new tab without rel="noopener"`);
    }
    ['aria-labelledby', 'aria-describedby'].forEach((attribute) => {
      (element.getAttribute(attribute) || '')
        .split(/\s+/)
        .filter((id) => id !== '' && !ids.has(id))
        .forEach((id) => problems.push(`${where} ${attribute} points at missing id "${id}"`));
    });
    if (element.shadowRoot) {
      checkRoot(element.shadowRoot, problems);
    }
  });
}

/**
 * What axe cannot check in Jest, under an element and every shadow root below it.
 * @param {Element} element the component under test
 * @returns {string[]} the problems, empty when none
 */
function accessibilityProblems(element) {
  const problems = [];
  checkRoot(element.shadowRoot || element, problems);
  return problems;
}

expect.extend({
  async toHaveAccessibleMarkup(element) {
    const problems = accessibilityProblems(element);
    const audit = await toBeAccessible.call(this, element, AXE_CONFIG);
    if (!audit.pass) {
      problems.push(audit.message());
    }
    return {
      pass: problems.length === 0,
      message: () =>
        problems.length === 0
          ? 'expected accessibility problems, found none'
          : `expected accessible markup, found:\n  - ${problems.join('\n  - ')}`
    };
  }
});

module.exports = { accessibilityProblems };
