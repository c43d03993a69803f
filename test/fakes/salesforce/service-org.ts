/**
 * A fake org as `npm run deploy` leaves it: the profiles, roles, permission sets, public groups,
 * skills, presence configurations and service channels of docs/architecture.md exist, and one
 * System Administrator (the connected user) is logged in. Nothing the seed creates exists yet.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FakeOrg, type FakeOrgOptions } from './org';

const QUEUES_DIR = path.resolve(__dirname, '../../../force-app/service-org/queues');
const PROCESSES_DIR = path.resolve(
  __dirname,
  '../../../force-app/service-org/entitlementProcesses'
);
const SKILLS_DIR = path.resolve(__dirname, '../../../force-app/service-org/skills');

const DEPLOYED = {
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
    'Service_Routing_Details',
    'Service_Team_Lead',
    'Service_Routing_Admin',
    'Service_IVR_Integration',
    'Service_Chat_Agent',
    'Service_Historical_Load'
  ],
  Group: ['Ecommerce', 'Advisory', 'Experts'].flatMap((team) =>
    ['Phone', 'Email', 'Chat'].map((channel) => `${team}_${channel}_Reps`)
  ),
  /** The queues force-app ships, by file name: the fake cannot drift from the metadata. */
  Queue: readdirSync(QUEUES_DIR)
    .filter((file) => file.endsWith('.queue-meta.xml'))
    .map((file) => file.replace(/\.queue-meta\.xml$/, ''))
    .sort(),
  /** The skills force-app ships, by file name (the language skills included). */
  Skill: readdirSync(SKILLS_DIR)
    .filter((file) => file.endsWith('.skill-meta.xml'))
    .map((file) => file.replace(/\.skill-meta\.xml$/, ''))
    .sort(),
  PresenceUserConfig: [
    'Chat_Reps',
    'Phone_Reps',
    'Email_Reps',
    'Account_Managers',
    'Department_Director',
    'Team_Leads'
  ],
  ServiceChannel: ['Case_Work', 'sfdc_livemessage'],
  /** The entitlement processes force-app ships, by their name (the file name is its lower case). */
  SlaProcess: readdirSync(PROCESSES_DIR)
    .filter((file) => file.endsWith('.entitlementProcess-meta.xml'))
    .map((file) => {
      const xml = readFileSync(path.join(PROCESSES_DIR, file), 'utf8');
      // The process's own name is its last <name> (the milestones' actions have names too).
      return [...xml.matchAll(/<name>([^<]+)<\/name>/g)].pop()![1]!;
    })
    .sort(),
  /** Deployed inactive, as Salesforce does. */
  MessagingChannel: ['Web_Chat']
} as const;

type DeployedObject = keyof typeof DEPLOYED;

export interface ServiceOrgOptions extends FakeOrgOptions {
  /** Enhanced Chat User permission set licences in the org (default 30; null: the org has no such licence). */
  chatLicences?: number | null;
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
  // The project's queues (a queue with a group-like name must not be taken for a public group).
  for (const name of DEPLOYED.Queue)
    if (!skip('Queue', name))
      org.add('Group', { Name: name.replace(/_/g, ' '), DeveloperName: name, Type: 'Queue' });
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
  for (const name of DEPLOYED.SlaProcess)
    if (!skip('SlaProcess', name)) org.add('SlaProcess', { Name: name, IsActive: true });
  for (const name of DEPLOYED.ServiceChannel)
    if (!skip('ServiceChannel', name))
      org.add('ServiceChannel', {
        DeveloperName: name,
        RelatedEntity: name === 'Case_Work' ? 'Case' : 'MessagingSession'
      });
  if (org.features.enhancedChat && options.chatLicences !== null) {
    org.add('PermissionSetLicense', {
      DeveloperName: 'EmbeddedServiceMessagingUserPsl',
      MasterLabel: 'Enhanced Chat User',
      TotalLicenses: options.chatLicences ?? 30
    });
    org.requireLicence('Service_Chat_Agent', 'EmbeddedServiceMessagingUserPsl');
  }
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
