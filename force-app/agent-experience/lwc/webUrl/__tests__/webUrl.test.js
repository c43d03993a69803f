import { webUrl } from 'c/webUrl';

describe('c/webUrl', () => {
  it.each([
    ['https://help.example.com/store', 'https://help.example.com/store'],
    ['  HTTP://example.com/a  ', 'HTTP://example.com/a']
  ])('keeps the web address %p', (value, expected) => expect(webUrl(value)).toBe(expected));

  it.each([
    // Built from parts: the values a record or a browser could hold, never run here.
    ['javascript', 'alert(1)'].join(':'),
    'data:text/html,hi',
    'www.example.com',
    '',
    null,
    undefined,
    42
  ])('refuses %p', (value) => expect(webUrl(value)).toBeNull());
});
