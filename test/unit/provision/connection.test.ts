/** How the provisioning commands find their org from the environment. */
import {
  checkInstanceUrl,
  connectWithToken,
  ENV_ACCESS_TOKEN,
  ENV_INSTANCE_URL,
  tokenFromEnvironment
} from '../../../scripts/provision/connection';
import { soqlList, soqlString } from '../../../scripts/provision/org-api';
import { orgFactsFrom } from '../../../scripts/provision/preflight';

describe('tokenFromEnvironment', () => {
  it('given neither variable, when read, then there is no token', () => {
    expect(tokenFromEnvironment({})).toBeUndefined();
  });

  it('given both variables, when read, then the instance URL and token are used', () => {
    expect(
      tokenFromEnvironment({
        [ENV_INSTANCE_URL]: 'https://x.my.salesforce.com',
        [ENV_ACCESS_TOKEN]: 't'
      })
    ).toEqual({
      instanceUrl: 'https://x.my.salesforce.com',
      accessToken: 't'
    });
  });

  it('given only one variable, when read, then it says both are needed', () => {
    expect(() => tokenFromEnvironment({ [ENV_ACCESS_TOKEN]: 't' })).toThrow(
      `Set both ${ENV_INSTANCE_URL} and ${ENV_ACCESS_TOKEN}, or neither.`
    );
  });
});

describe('instance URLs', () => {
  it.each([
    'http://mydomain.my.salesforce.com',
    'http://10.0.0.5:8080',
    'ftp://mydomain.my.salesforce.com'
  ])(
    'given %s in the environment, when read, then it is refused: the token would travel in clear text',
    (url) => {
      expect(() =>
        tokenFromEnvironment({ [ENV_INSTANCE_URL]: url, [ENV_ACCESS_TOKEN]: 't' })
      ).toThrow(`${ENV_INSTANCE_URL} must be an https:// URL, got "${url}"`);
    }
  );

  it('given something that is not a URL, when read, then it says so with an example', () => {
    expect(() =>
      tokenFromEnvironment({
        [ENV_INSTANCE_URL]: 'mydomain.my.salesforce.com',
        [ENV_ACCESS_TOKEN]: 't'
      })
    ).toThrow(`${ENV_INSTANCE_URL} is not a URL: "mydomain.my.salesforce.com"`);
  });

  it.each(['https://x.sandbox.my.salesforce.com', 'http://127.0.0.1:4567', 'http://localhost:80'])(
    'given %s, when checked, then it is accepted (https, or http that stays on this machine)',
    (url) => {
      expect(checkInstanceUrl(url, 'the URL')).toBe(url);
    }
  );

  it('given an http instance URL passed in code, when connecting with a token, then it is refused before any request', async () => {
    await expect(connectWithToken('http://example.com', 't', '62.0')).rejects.toThrow(
      'the instance URL must be an https:// URL'
    );
  });
});

describe('orgFactsFrom', () => {
  it('given the Organization record of each kind of org, when read, then sandbox, scratch and production are told apart', () => {
    expect(orgFactsFrom({ Id: '00D1', IsSandbox: true, TrialExpirationDate: null }).kind).toBe(
      'sandbox'
    );
    expect(
      orgFactsFrom({
        Id: '00D2',
        IsSandbox: false,
        TrialExpirationDate: '2030-01-01T00:00:00.000+0000'
      }).kind
    ).toBe('scratch');
    expect(orgFactsFrom({ Id: '00D3', IsSandbox: false, TrialExpirationDate: null }).kind).toBe(
      'production'
    );
    expect(
      orgFactsFrom({
        Id: '00D4',
        IsSandbox: false,
        TrialExpirationDate: null,
        OrganizationType: 'Developer Edition'
      }).kind
    ).toBe('developer');
    expect(
      orgFactsFrom({
        Id: '00D5',
        IsSandbox: false,
        TrialExpirationDate: null,
        OrganizationType: 'Enterprise Edition'
      }).kind
    ).toBe('production');
  });
});

describe('SOQL literals', () => {
  it('given values with quotes and backslashes, when quoted, then they are escaped and an empty list still parses', () => {
    expect(soqlString("O'Brien\\x")).toBe("'O\\'Brien\\\\x'");
    expect(soqlList(['a', 'a', 'b'])).toBe("('a', 'b')");
    expect(soqlList([])).toBe("('')");
  });
});
