/**
 * Turns the errors Lightning Data Service, Apex and JavaScript produce into plain messages
 * (one shape for every component's error panel and toasts).
 * @param {*} errors one error or an array of them
 * @returns {string[]} the messages, empty when there is nothing to say
 */
export function reduceErrors(errors) {
  const list = Array.isArray(errors) ? errors : [errors];
  return list
    .filter((error) => !!error)
    .flatMap((error) => messagesOf(error))
    .filter((message) => typeof message === 'string' && message.trim().length > 0);
}

function messagesOf(error) {
  if (typeof error === 'string') {
    return [error];
  }
  const body = error.body;
  if (Array.isArray(body)) {
    return body.map((entry) => entry.message);
  }
  if (body) {
    const pageErrors = (body.pageErrors || []).map((entry) => entry.message);
    const fieldErrors = Object.values(body.fieldErrors || {})
      .flat()
      .map((entry) => entry.message);
    const outputErrors = ((body.output && body.output.errors) || []).map((entry) => entry.message);
    const all = [...pageErrors, ...fieldErrors, ...outputErrors];
    if (all.length > 0) {
      return all;
    }
    if (typeof body.message === 'string') {
      return [body.message];
    }
  }
  return typeof error.message === 'string' ? [error.message] : [];
}
