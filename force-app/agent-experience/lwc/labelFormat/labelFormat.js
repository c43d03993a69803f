/**
 * Fills {0}, {1} … placeholders in a custom label, the way Apex String.format does.
 * A placeholder without a value is left as it is.
 * @param {string} template the label text
 * @param {...*} values the values, in placeholder order
 * @returns {string} the text
 */
export function formatLabel(template, ...values) {
  if (typeof template !== 'string') {
    return '';
  }
  return template.replace(/\{(\d+)\}/g, (placeholder, index) => {
    const value = values[Number(index)];
    return value === undefined || value === null ? placeholder : String(value);
  });
}

/**
 * The visible rows of a definition list (label, value, optional help), with the keys and classes
 * the template's dt/dd pairs need.
 * @param {object[]} rows rows with key, label, value and optional help and hidden
 * @returns {object[]} the rows that are not hidden, with labelKey, valueKey and valueClass
 */
export function definitionRows(rows) {
  return rows
    .filter((row) => !row.hidden)
    .map((row) => ({
      ...row,
      labelKey: `${row.key}-label`,
      valueKey: `${row.key}-value`,
      valueClass: `slds-item_detail ${row.key}`
    }));
}

/**
 * The routing reasons (the matched phrases and rule notes) as list items with keys.
 * @param {string[]|undefined} reasons the reasons, in order
 * @returns {{key: string, text: string}[]} the items
 */
export function reasonItems(reasons) {
  return (reasons || []).map((text, index) => ({ key: `reason-${index}`, text }));
}
