/**
 * A fake org as `npm run deploy` leaves it: the profiles, roles, permission sets, public groups,
 * skills, presence configurations and service channels of docs/architecture.md exist, and one
 * System Administrator (the connected user) is logged in. Nothing the seed creates exists yet.
 */
import { FakeOrg, type FakeOrgOptions } from './org';

export const DEPLOYED = {
  UserRole: [
    'Head_of_Client_Service',
    'Department_Director',
    'Account_Manager',
    'Ecommerce_Team_Lead',
    'Ecommerce_Rep',
    'Advisory_Team_Lead',
    'Advisory_Rep',
    'Experts_Team_Lead',
    'Experts_Rep'
  ],
  PermissionSet: [
    'Service_Agent',
    'Service_Team_Lead',
    'Service_Routing_Admin',
    'Service_IVR_Integration'
  ],
  Group: ['Ecommerce', 'Advisory', 'Experts'].flatMap((team) =>
    ['Phone', 'Email', 'Chat'].map((channel) => `${team}_${channel}_Reps`)
  ),
  Skill: ['AI_Portfolios', 'Trading_Platform', 'Channel_Phone', 'Channel_Email', 'Channel_Chat'],
  PresenceUserConfig: [
    'Chat_Reps',
    'Phone_Reps',
    'Email_Reps',
    'Account_Managers',
    'Department_Director',
    'Team_Leads'
  ],
  ServiceChannel: ['Case_Work', 'sfdc_livemessage'],
  /** Deployed inactive, as Salesforce does. */
  MessagingChannel: ['Web_Chat']
} as const;

export type DeployedObject = keyof typeof DEPLOYED;

export interface ServiceOrgOptions extends FakeOrgOptions {
  /** Deployed names to leave out, e.g. `{ UserRole: ['Account_Manager'] }`. */
  without?: Partial<Record<DeployedObject, string[]>>;
  /** Standard User grants View All Data (an org whose admin widened it). */
  standardUserViewsAllData?: boolean;
}

export interface ServiceOrg {
  org: FakeOrg;
  adminId: string;
}

export function serviceOrg(options: ServiceOrgOptions = {}): ServiceOrg {
  const org = new FakeOrg(options);
  const license = org.all('UserLicense')[0]!.Id;
  const adminProfile = org.add('Profile', {
    Name: 'System Administrator',
    UserLicenseId: license,
    PermissionsModifyAllData: true,
    PermissionsViewAllData: true
  });
  org.add('Profile', {
    Name: 'Standard User',
    UserLicenseId: license,
    PermissionsModifyAllData: false,
    PermissionsViewAllData: options.standardUserViewsAllData === true
  });
  const adminId = org.add('User', {
    Username: 'admin@omni-desk.test',
    FirstName: 'Ada',
    LastName: 'Admin',
    Alias: 'aadmin',
    Email: 'admin@omni-desk.test',
    TimeZoneSidKey: 'America/New_York',
    LocaleSidKey: 'en_US',
    LanguageLocaleKey: 'en_US',
    EmailEncodingKey: 'UTF-8',
    ProfileId: adminProfile,
    UserPermissionsSupportUser: false,
    IsActive: true
  });
  const skip = (object: DeployedObject, name: string) =>
    options.without?.[object]?.includes(name) === true;
  for (const name of DEPLOYED.UserRole)
    if (!skip('UserRole', name))
      org.add('UserRole', { Name: name.replace(/_/g, ' '), DeveloperName: name });
  for (const name of DEPLOYED.PermissionSet)
    if (!skip('PermissionSet', name))
      org.add('PermissionSet', { Name: name, Label: name.replace(/_/g, ' ') });
  for (const name of DEPLOYED.Group)
    if (!skip('Group', name))
      org.add('Group', { Name: name.replace(/_/g, ' '), DeveloperName: name, Type: 'Regular' });
  // A queue with a group-like name must not be taken for a public group.
  org.add('Group', { Name: 'Ecommerce Phone', DeveloperName: 'Ecommerce_Phone', Type: 'Queue' });
  for (const name of DEPLOYED.Skill)
    if (!skip('Skill', name))
      org.add('Skill', { DeveloperName: name, MasterLabel: name.replace(/_/g, ' ') });
  for (const name of DEPLOYED.PresenceUserConfig)
    if (!skip('PresenceUserConfig', name))
      org.add('PresenceUserConfig', {
        DeveloperName: name,
        MasterLabel: name.replace(/_/g, ' '),
        Capacity: 3
      });
  for (const name of DEPLOYED.ServiceChannel)
    if (!skip('ServiceChannel', name))
      org.add('ServiceChannel', {
        DeveloperName: name,
        RelatedEntity: name === 'Case_Work' ? 'Case' : 'MessagingSession'
      });
  if (org.features.enhancedChat)
    for (const name of DEPLOYED.MessagingChannel)
      if (!skip('MessagingChannel', name))
        org.add('MessagingChannel', {
          DeveloperName: name,
          MasterLabel: name.replace(/_/g, ' '),
          MessageType: 'EmbeddedMessaging',
          IsActive: false
        });
  return { org, adminId };
}
