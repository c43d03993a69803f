/** An OrgApi on a jsforce Connection pointed at the fake, the way the scripts connect with a token. */
import { Connection } from 'jsforce';
import { OrgApi, type RestTransport } from '../../../scripts/provision/org-api';
import type { FakeSalesforce } from './server';

const API_VERSION = '65.0';

export function apiFor(fake: FakeSalesforce): OrgApi {
  const connection = new Connection({
    instanceUrl: fake.url,
    accessToken: fake.accessToken,
    version: API_VERSION
  });
  return new OrgApi(connection as unknown as RestTransport, API_VERSION);
}
