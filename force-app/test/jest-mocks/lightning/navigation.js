/**
 * Jest mock of lightning/navigation. NavigationMixin records every navigation in `navigate` (a
 * jest.fn) so tests assert the page reference; GenerateUrl resolves to a fixed URL.
 */
const { createTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');

const Navigate = Symbol('Navigate');
const GenerateUrl = Symbol('GenerateUrl');

const navigate = jest.fn();
const generateUrl = jest.fn(() => Promise.resolve('https://www.example.com'));

const NavigationMixin = (Base) =>
  class extends Base {
    [Navigate](pageReference, replace) {
      navigate(pageReference, replace);
    }

    [GenerateUrl](pageReference) {
      return generateUrl(pageReference);
    }
  };
NavigationMixin.Navigate = Navigate;
NavigationMixin.GenerateUrl = GenerateUrl;

const CurrentPageReference = createTestWireAdapter(jest.fn());

module.exports = { CurrentPageReference, NavigationMixin, navigate, generateUrl };
