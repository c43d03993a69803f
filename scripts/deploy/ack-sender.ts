/**
 * Who the email acknowledgements (the Case auto-response rule) come from. Salesforce sends an
 * auto-response from the address its rule entry names, which must be the sender's own address or
 * a verified organization-wide address of the org (Salesforce Help, Set Up Auto-Response Rules;
 * Organization-Wide Addresses). A firm's address cannot ship in the source, so the rule carries a
 * placeholder that source-deploy-retrieve replaces at deploy time (sfdx-project.json
 * `replacements`, also honoured by `sf project deploy start`) with OMNI_DESK_ACK_SENDER: the org
 * owner's verified org-wide address, or, when it is not set, the deploying admin's own address.
 * The pre-flight checks the address before anything is deployed.
 */
import { UsageError } from '../lib/cli';
import { soqlString, type OrgApi } from '../provision/org-api';

export const ACK_SENDER_ENV = 'OMNI_DESK_ACK_SENDER';
/** In the shipped rule; `.invalid` (RFC 2606) so a deploy that skips the replacement fails loudly. */
export const ACK_SENDER_PLACEHOLDER = 'acknowledgement-sender@org-wide-address.invalid';
export const AUTO_RESPONSE_RULES_FILE =
  'force-app/agent-experience/autoResponseRules/Case.autoResponseRules-meta.xml';

const ORG_WIDE_ADDRESS_STEP =
  'Setup → Organization-Wide Addresses → Add: the firm’s service address, Purpose "User Selection", ' +
  'Allow All Profiles; Salesforce emails a verification link to it, which its owner clicks';

export interface AckSender {
  address: string;
  /** true when it is a verified organization-wide address; false for the admin's own address. */
  orgWide: boolean;
}

/**
 * The sender the deploy will put in the rule: the configured org-wide address once the org shows
 * it verified, else the connected user's own address (with a note on how to set the real one).
 */
export async function resolveAckSender(
  api: OrgApi,
  configured: string | undefined,
  log: (line: string) => void
): Promise<AckSender> {
  const address = configured?.trim();
  if (address) {
    const [row] = await api.query<{ IsVerified?: boolean }>(
      `SELECT Id, Address, IsVerified FROM OrgWideEmailAddress WHERE Address = ${soqlString(address)}`
    );
    if (!row)
      throw new UsageError(
        `${ACK_SENDER_ENV} is ${address}, which is not an organization-wide address of this org; nothing was deployed. ` +
          `Add it (${ORG_WIDE_ADDRESS_STEP}), then deploy again.`
      );
    if (row.IsVerified !== true)
      throw new UsageError(
        `${ACK_SENDER_ENV} is ${address}, an organization-wide address that is not verified yet; nothing was deployed. ` +
          'Click the link Salesforce emailed to it (Setup → Organization-Wide Addresses → Resend), then deploy again.'
      );
    log(`  ok: acknowledgements are sent from ${address} (verified organization-wide address).`);
    return { address, orgWide: true };
  }
  const me = await api.userInfo();
  const [user] = await api.query<{ Email?: string }>(
    `SELECT Id, Email FROM User WHERE Id = ${soqlString(me.userId)}`
  );
  if (!user?.Email)
    throw new UsageError(
      `The connected user has no email address to send acknowledgements from: set ${ACK_SENDER_ENV} to a verified organization-wide address.`
    );
  log(
    `  note: acknowledgements will be sent from your own address, ${user.Email}, because ${ACK_SENDER_ENV} is not set. ` +
      `Before customers write in: ${ORG_WIDE_ADDRESS_STEP}; then deploy with ${ACK_SENDER_ENV}=<that address>.`
  );
  return { address: user.Email, orgWide: false };
}
