/**
 * A structural accessibility check for LWC Jest tests: `expect(element).toHaveAccessibleMarkup()`.
 *
 * @sa11y/jest (axe-core) is not a dependency of this project, so this matcher checks what the
 * components here can get wrong, through every shadow root under the element:
 * - form controls (lightning-input, -textarea, -combobox, -radio-group, -checkbox-group, -select,
 *   -slider) have a label; buttons and links have an accessible name; icon buttons have
 *   alternative text; progress steps have a label; images have alt text;
 * - links opening a new tab carry rel="noopener";
 * - aria-labelledby / aria-describedby point at ids that exist in the same shadow root;
 * - aria-live, aria-current and role values are valid; no positive tabindex; headings are not empty;
 * - ids are unique within a shadow root.
 * It is no replacement for an axe audit in the browser; it catches regressions in unit tests.
 */

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
const LIVE_VALUES = ['polite', 'assertive', 'off'];
const CURRENT_VALUES = ['page', 'step', 'location', 'date', 'time', 'true', 'false'];
const ROLES = [
  'alert',
  'alertdialog',
  'article',
  'banner',
  'button',
  'cell',
  'checkbox',
  'columnheader',
  'combobox',
  'complementary',
  'contentinfo',
  'definition',
  'dialog',
  'document',
  'feed',
  'figure',
  'form',
  'grid',
  'gridcell',
  'group',
  'heading',
  'img',
  'link',
  'list',
  'listbox',
  'listitem',
  'log',
  'main',
  'marquee',
  'math',
  'menu',
  'menubar',
  'menuitem',
  'menuitemcheckbox',
  'menuitemradio',
  'navigation',
  'none',
  'note',
  'option',
  'presentation',
  'progressbar',
  'radio',
  'radiogroup',
  'region',
  'row',
  'rowgroup',
  'rowheader',
  'scrollbar',
  'search',
  'searchbox',
  'separator',
  'slider',
  'spinbutton',
  'status',
  'switch',
  'tab',
  'table',
  'tablist',
  'tabpanel',
  'term',
  'textbox',
  'timer',
  'toolbar',
  'tooltip',
  'tree',
  'treegrid',
  'treeitem'
];

function isBlank(value) {
  return value === undefined || value === null || String(value).trim() === '';
}

function describe(element) {
  const tag = element.tagName.toLowerCase();
  const cls = element.getAttribute('class');
  return cls ? `<${tag} class="${cls}">` : `<${tag}>`;
}

function textOf(element) {
  return (element.textContent || '').trim();
}

/** Visible text of an element including the shadow trees of nested components. */
function deepText(element) {
  let text = textOf(element);
  element.querySelectorAll('*').forEach((child) => {
    if (child.shadowRoot) {
      text += deepText(child.shadowRoot);
    }
  });
  return text.trim();
}

function hasName(element) {
  return (
    !isBlank(element.getAttribute('aria-label')) ||
    !isBlank(element.getAttribute('aria-labelledby')) ||
    !isBlank(element.getAttribute('title')) ||
    !isBlank(deepText(element))
  );
}

function checkRoot(root, problems) {
  const ids = new Map();
  root.querySelectorAll('[id]').forEach((element) => {
    ids.set(element.id, (ids.get(element.id) || 0) + 1);
  });
  ids.forEach((count, id) => {
    if (count > 1) {
      problems.push(`id "${id}" is used ${count} times in one shadow root`);
    }
  });

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
    if (tag === 'button' && !hasName(element)) {
      problems.push(`${where} has no accessible name`);
    }
    if (tag === 'a' && element.hasAttribute('href')) {
      if (!hasName(element)) {
        problems.push(`${where} link has no accessible name`);
      }
      if (
        element.getAttribute('target') === '_blank' &&
        !/\bnoopener\b/.test(element.getAttribute('rel') || '')
      ) {
        problems.push(`${where} opens a new tab without rel="noopener"`);
      }
    }
    if (tag === 'img' && !element.hasAttribute('alt')) {
      problems.push(`${where} has no alt attribute`);
    }
    if (/^h[1-6]$/.test(tag) && isBlank(deepText(element))) {
      problems.push(`${where} heading is empty`);
    }
    ['aria-labelledby', 'aria-describedby'].forEach((attribute) => {
      const value = element.getAttribute(attribute);
      if (!isBlank(value)) {
        value
          .split(/\s+/)
          .filter((id) => !ids.has(id))
          .forEach((id) => problems.push(`${where} ${attribute} points at missing id "${id}"`));
      }
    });
    const live = element.getAttribute('aria-live');
    if (live !== null && !LIVE_VALUES.includes(live)) {
      problems.push(`${where} has aria-live="${live}"`);
    }
    const current = element.getAttribute('aria-current');
    if (current !== null && !CURRENT_VALUES.includes(current)) {
      problems.push(`${where} has aria-current="${current}"`);
    }
    const role = element.getAttribute('role');
    if (role !== null && !role.split(/\s+/).every((value) => ROLES.includes(value))) {
      problems.push(`${where} has role="${role}"`);
    }
    const tabindex = element.getAttribute('tabindex');
    if (tabindex !== null && Number(tabindex) > 0) {
      problems.push(`${where} has tabindex="${tabindex}" (positive tabindex breaks the tab order)`);
    }
    if (element.shadowRoot) {
      checkRoot(element.shadowRoot, problems);
    }
  });
}

/**
 * The accessibility problems found under an element (and its shadow root).
 * @param {Element} element the component under test
 * @returns {string[]} the problems, empty when none
 */
function accessibilityProblems(element) {
  const problems = [];
  checkRoot(element.shadowRoot || element, problems);
  return problems;
}

expect.extend({
  toHaveAccessibleMarkup(element) {
    const problems = accessibilityProblems(element);
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
