/**
 * The entitlements the seed creates: one per entitlement process the project ships (segment ×
 * channel, named as ServiceLevels.cls and scripts/service-levels/targets.ts name them), all held by
 * one firm account nobody on the desk sees. Routing finds them by name; docs/service-journey.md.
 */
import { CHANNELS, SEGMENTS } from '../routing/model';
import { entitlementName } from '../service-levels/targets';

export const SERVICE_LEVEL_ACCOUNT_KEY = 'service-levels';
export const SERVICE_LEVEL_ACCOUNT_NAME = 'Service levels (entitlements of the service desk)';
/** A fixed start in the past: the entitlements are active from the first seed on, and a re-seed changes nothing. */
export const ENTITLEMENT_START_DATE = '2025-01-01';

/** Entitlement (and entitlement process) names, e.g. HNW_Phone, Standard_Email. */
export const SERVICE_LEVEL_ENTITLEMENTS: readonly string[] = SEGMENTS.flatMap((segment) =>
  CHANNELS.map((channel) => entitlementName(segment, channel))
);

/** Entitlement.SeedKey__c of an entitlement name. */
export function entitlementKey(name: string): string {
  return `entitlement-${name.toLowerCase().replace(/_/g, '-')}`;
}
