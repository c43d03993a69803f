/**
 * A value as a link target only when it is a web page (http or https): a javascript: or data:
 * URL from a record or from a customer's browser is never made clickable.
 * @param {*} value the stored value
 * @returns {string|null} the trimmed address, or null
 */
export function webUrl(value) {
  return typeof value === 'string' && /^https?:\/\//i.test(value.trim()) ? value.trim() : null;
}
