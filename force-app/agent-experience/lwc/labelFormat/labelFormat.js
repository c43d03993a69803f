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
