/**
 * The objects and fields the fake org knows, with the properties Salesforce enforces on them
 * (createable, updateable, required, unique, external id, references, restricted picklists,
 * filterable). Anything not declared here is rejected, as a real org rejects an unknown field,
 * so a typo in the scripts fails a test instead of passing silently.
 */

type FieldType =
  | 'id'
  | 'string'
  | 'textarea'
  | 'email'
  | 'phone'
  | 'boolean'
  | 'double'
  | 'currency'
  | 'int'
  | 'reference'
  | 'picklist'
  | 'multipicklist'
  | 'datetime'
  | 'date';

export interface FieldDef {
  type: FieldType;
  referenceTo?: string[];
  createable?: boolean;
  updateable?: boolean;
  /** Required on create (and cannot be blanked). */
  required?: boolean;
  unique?: boolean;
  externalId?: boolean;
  /** Restricted picklist values. */
  values?: string[];
  filterable?: boolean;
  /** The field exists only when the org has this feature (as User.UserPermissionsKnowledgeUser). */
  featureFlag?: 'omniChannel' | 'enhancedChat' | 'knowledge';
  /** Computed by the fake (read-only). */
  computed?: boolean;
  idLookup?: boolean;
}

export interface ObjectDef {
  keyPrefix: string;
  fields: Record<string, FieldDef>;
  createable?: boolean;
  updateable?: boolean;
  deletable?: boolean;
  /** Field sets that must be unique together (junction objects). */
  uniqueTogether?: string[][];
  /** Describable but not queryable or writable through the API in this org (feature off). */
  featureFlag?: 'omniChannel' | 'enhancedChat' | 'knowledge';
}

const ro = (type: FieldType, extra: Partial<FieldDef> = {}): FieldDef => ({
  type,
  createable: false,
  updateable: false,
  ...extra
});
const rw = (type: FieldType, extra: Partial<FieldDef> = {}): FieldDef => ({
  type,
  createable: true,
  updateable: true,
  ...extra
});
const createOnly = (type: FieldType, extra: Partial<FieldDef> = {}): FieldDef => ({
  type,
  createable: true,
  updateable: false,
  ...extra
});
const ref = (to: string, extra: Partial<FieldDef> = {}) =>
  rw('reference', { referenceTo: [to], ...extra });

const audit: Record<string, FieldDef> = {
  Id: ro('id', { idLookup: true }),
  CreatedDate: ro('datetime', { computed: true }),
  LastModifiedDate: ro('datetime', { computed: true })
};

export const SCHEMA: Record<string, ObjectDef> = {
  Organization: {
    keyPrefix: '00D',
    createable: false,
    updateable: false,
    deletable: false,
    fields: {
      ...audit,
      Name: ro('string'),
      IsSandbox: ro('boolean'),
      TrialExpirationDate: ro('datetime'),
      OrganizationType: ro('string'),
      InstanceName: ro('string')
    }
  },
  UserLicense: {
    keyPrefix: '100',
    createable: false,
    updateable: false,
    deletable: false,
    fields: {
      ...audit,
      Name: ro('string'),
      LicenseDefinitionKey: ro('string'),
      TotalLicenses: ro('int'),
      UsedLicenses: ro('int', { computed: true })
    }
  },
  Profile: {
    keyPrefix: '00e',
    createable: false,
    updateable: false,
    deletable: false,
    fields: {
      ...audit,
      Name: ro('string'),
      UserLicenseId: ro('reference', { referenceTo: ['UserLicense'] }),
      PermissionsModifyAllData: ro('boolean'),
      PermissionsViewAllData: ro('boolean')
    }
  },
  UserRole: {
    keyPrefix: '00E',
    createable: false,
    updateable: false,
    deletable: false,
    fields: { ...audit, Name: ro('string'), DeveloperName: ro('string') }
  },
  PermissionSet: {
    keyPrefix: '0PS',
    createable: false,
    updateable: false,
    deletable: false,
    fields: { ...audit, Name: ro('string'), Label: ro('string') }
  },
  Group: {
    keyPrefix: '00G',
    createable: false,
    updateable: false,
    deletable: false,
    fields: {
      ...audit,
      Name: ro('string'),
      DeveloperName: ro('string'),
      Type: ro('picklist', { values: ['Regular', 'Queue', 'Role', 'Organization'] })
    }
  },
  OrgWideEmailAddress: {
    keyPrefix: '0D2',
    fields: {
      ...audit,
      Address: rw('email', { required: true }),
      DisplayName: rw('string'),
      IsVerified: ro('boolean')
    }
  },
  Skill: {
    keyPrefix: '0C5',
    createable: false,
    updateable: false,
    deletable: false,
    featureFlag: 'omniChannel',
    fields: { ...audit, DeveloperName: ro('string'), MasterLabel: ro('string') }
  },
  PresenceUserConfig: {
    keyPrefix: '0Nd',
    createable: false,
    updateable: false,
    deletable: false,
    featureFlag: 'omniChannel',
    fields: {
      ...audit,
      DeveloperName: ro('string'),
      MasterLabel: ro('string'),
      Capacity: ro('int')
    }
  },
  ServiceChannel: {
    keyPrefix: '0N9',
    createable: false,
    updateable: false,
    deletable: false,
    featureFlag: 'omniChannel',
    fields: { ...audit, DeveloperName: ro('string'), RelatedEntity: ro('string') }
  },
  MessagingSession: {
    keyPrefix: '0Mw',
    createable: false,
    updateable: false,
    deletable: false,
    featureFlag: 'enhancedChat',
    fields: { ...audit, Name: ro('string'), Status: ro('string') }
  },
  MessagingChannel: {
    keyPrefix: '0Mj',
    createable: false,
    deletable: false,
    featureFlag: 'enhancedChat',
    fields: {
      ...audit,
      DeveloperName: ro('string'),
      MasterLabel: ro('string'),
      MessageType: ro('string'),
      IsActive: rw('boolean')
    }
  },
  User: {
    keyPrefix: '005',
    deletable: false,
    fields: {
      ...audit,
      Username: rw('string', { required: true, unique: true, idLookup: true }),
      FirstName: rw('string'),
      LastName: rw('string', { required: true }),
      Name: ro('string', { computed: true }),
      Alias: rw('string', { required: true }),
      Email: rw('email', { required: true }),
      Title: rw('string'),
      Department: rw('string'),
      TimeZoneSidKey: rw('picklist', { required: true }),
      LocaleSidKey: rw('picklist', { required: true }),
      LanguageLocaleKey: rw('picklist', { required: true }),
      EmailEncodingKey: rw('picklist', { required: true }),
      ProfileId: ref('Profile', { required: true }),
      UserRoleId: ref('UserRole'),
      UserPermissionsSupportUser: rw('boolean'),
      UserPermissionsKnowledgeUser: rw('boolean', { featureFlag: 'knowledge' }),
      IsActive: rw('boolean')
    }
  },
  PermissionSetLicense: {
    keyPrefix: '0PL',
    createable: false,
    updateable: false,
    deletable: false,
    fields: {
      ...audit,
      DeveloperName: ro('string'),
      MasterLabel: ro('string'),
      TotalLicenses: ro('int'),
      UsedLicenses: ro('int', { computed: true })
    }
  },
  PermissionSetLicenseAssign: {
    keyPrefix: '2LA',
    updateable: false,
    uniqueTogether: [['AssigneeId', 'PermissionSetLicenseId']],
    fields: {
      ...audit,
      AssigneeId: createOnly('reference', { referenceTo: ['User'], required: true }),
      PermissionSetLicenseId: createOnly('reference', {
        referenceTo: ['PermissionSetLicense'],
        required: true
      })
    }
  },
  PermissionSetAssignment: {
    keyPrefix: '0Pa',
    updateable: false,
    uniqueTogether: [['AssigneeId', 'PermissionSetId']],
    fields: {
      ...audit,
      AssigneeId: createOnly('reference', { referenceTo: ['User'], required: true }),
      PermissionSetId: createOnly('reference', { referenceTo: ['PermissionSet'], required: true })
    }
  },
  GroupMember: {
    keyPrefix: '011',
    updateable: false,
    uniqueTogether: [['GroupId', 'UserOrGroupId']],
    fields: {
      ...audit,
      GroupId: createOnly('reference', { referenceTo: ['Group'], required: true }),
      UserOrGroupId: createOnly('reference', { referenceTo: ['User', 'Group'], required: true })
    }
  },
  PresenceUserConfigUser: {
    keyPrefix: '0Ne',
    updateable: false,
    featureFlag: 'omniChannel',
    uniqueTogether: [['UserId']],
    fields: {
      ...audit,
      UserId: createOnly('reference', { referenceTo: ['User'], required: true }),
      PresenceUserConfigId: createOnly('reference', {
        referenceTo: ['PresenceUserConfig'],
        required: true
      })
    }
  },
  ServiceResource: {
    keyPrefix: '0Hn',
    featureFlag: 'omniChannel',
    uniqueTogether: [['RelatedRecordId']],
    fields: {
      ...audit,
      Name: rw('string', { required: true }),
      RelatedRecordId: createOnly('reference', { referenceTo: ['User'], required: true }),
      ResourceType: createOnly('picklist', { values: ['T', 'D', 'A', 'C'], required: true }),
      IsActive: rw('boolean')
    }
  },
  ServiceResourceSkill: {
    keyPrefix: '0Sm',
    featureFlag: 'omniChannel',
    uniqueTogether: [['ServiceResourceId', 'SkillId']],
    fields: {
      ...audit,
      ServiceResourceId: createOnly('reference', {
        referenceTo: ['ServiceResource'],
        required: true
      }),
      SkillId: createOnly('reference', { referenceTo: ['Skill'], required: true }),
      SkillLevel: rw('double'),
      EffectiveStartDate: rw('datetime', { required: true }),
      EffectiveEndDate: rw('datetime')
    }
  },
  Account: {
    keyPrefix: '001',
    fields: {
      ...audit,
      Name: rw('string', { required: true }),
      SeedKey__c: rw('string', { unique: true, externalId: true }),
      InvestableAssets__c: rw('currency'),
      AccountManager__c: ref('User')
    }
  },
  Contact: {
    keyPrefix: '003',
    fields: {
      ...audit,
      SeedKey__c: rw('string', { unique: true, externalId: true }),
      AccountId: ref('Account'),
      FirstName: rw('string'),
      LastName: rw('string', { required: true }),
      Title: rw('string'),
      Email: rw('email'),
      Phone: rw('phone'),
      MobilePhone: rw('phone')
    }
  },
  Case: {
    keyPrefix: '500',
    fields: {
      ...audit,
      SeedKey__c: rw('string', { unique: true, externalId: true }),
      Origin: rw('picklist', { values: ['Phone', 'Email', 'Web'] }),
      Subject: rw('string'),
      Description: rw('textarea', { filterable: false }),
      Status: rw('picklist', { values: ['New', 'Working', 'Escalated', 'Closed'] }),
      SuppliedEmail: rw('email'),
      SuppliedName: rw('string'),
      SuppliedPhone: rw('string'),
      ContactId: ref('Contact'),
      AccountId: ref('Account'),
      CaseNumber: ro('string', { computed: true }),
      OwnerId: rw('reference', { referenceTo: ['User', 'Group'] }),
      Priority: rw('picklist', { values: ['Low', 'Medium', 'High'] }),
      RoutingTeam__c: ro('string'),
      RoutingGroup__c: ro('string'),
      RoutingTopic__c: ro('string'),
      IssueType__c: ro('string'),
      CustomerSegment__c: ro('string'),
      AboutAccountManager__c: ro('boolean'),
      RoutingRule__c: ro('string'),
      RoutingTarget__c: ro('string'),
      RoutingStatus__c: ro('picklist', { values: ['Routed', 'Fallback', 'Failed'] }),
      RoutingError__c: ro('string'),
      IntakeTopic__c: rw('picklist', {
        values: [
          'ecommerce_platform',
          'financial_advising',
          'ai_portfolios',
          'trading_platform',
          'investment_portfolio'
        ]
      }),
      IntakeAboutStaff__c: rw('boolean')
    }
  },
  PendingServiceRouting: {
    keyPrefix: '0JR',
    featureFlag: 'omniChannel',
    fields: {
      ...audit,
      WorkItemId: createOnly('reference', {
        referenceTo: ['Case', 'MessagingSession'],
        required: true
      }),
      ServiceChannelId: createOnly('reference', {
        referenceTo: ['ServiceChannel'],
        required: true
      }),
      RoutingType: createOnly('picklist', { values: ['QueueBased', 'SkillsBased'] }),
      RoutingModel: createOnly('picklist', { values: ['MostAvailable', 'LeastActive'] }),
      RoutingPriority: createOnly('int'),
      CapacityWeight: createOnly('double'),
      PushTimeout: createOnly('int'),
      PreferredUserId: createOnly('reference', { referenceTo: ['User'] }),
      IsPreferredUserRequired: createOnly('boolean'),
      GroupId: createOnly('reference', { referenceTo: ['Group'] }),
      IsReadyForRouting: rw('boolean'),
      SecondaryRoutingPriority: rw('int')
    }
  },
  SkillRequirement: {
    keyPrefix: '0Sr',
    featureFlag: 'omniChannel',
    fields: {
      ...audit,
      RelatedRecordId: createOnly('reference', {
        referenceTo: ['PendingServiceRouting'],
        required: true
      }),
      SkillId: createOnly('reference', { referenceTo: ['Skill'], required: true }),
      SkillLevel: rw('double')
    }
  },
  SlaProcess: {
    keyPrefix: '552',
    createable: false,
    updateable: false,
    deletable: false,
    fields: { ...audit, Name: ro('string'), IsActive: ro('boolean') }
  },
  Entitlement: {
    keyPrefix: '550',
    fields: {
      ...audit,
      SeedKey__c: rw('string', { unique: true, externalId: true }),
      Name: rw('string', { required: true }),
      AccountId: ref('Account', { required: true }),
      SlaProcessId: ref('SlaProcess'),
      StartDate: rw('date')
    }
  },
  QuickText: {
    keyPrefix: '574',
    fields: {
      ...audit,
      SeedKey__c: rw('string', { unique: true, externalId: true }),
      Name: rw('string', { required: true }),
      Message: rw('textarea', { required: true, filterable: false }),
      Channel: rw('multipicklist', {
        values: ['Email', 'Phone', 'Internal', 'Messaging', 'Portal']
      })
    }
  },
  // Lightning Knowledge (Object Reference, Knowledge__kav): a version is created as a Draft of a new
  // article; only drafts can be updated; PublishStatus changes only through the publishing actions.
  Knowledge__kav: {
    keyPrefix: 'ka0',
    featureFlag: 'knowledge',
    deletable: false,
    fields: {
      ...audit,
      KnowledgeArticleId: ro('reference', { referenceTo: ['Knowledge__ka'] }),
      PublishStatus: ro('picklist'),
      Title: rw('string', { required: true }),
      UrlName: rw('string', { required: true, unique: true }),
      Summary: rw('textarea'),
      Answer__c: rw('textarea', { filterable: false }),
      Topic__c: rw('picklist', {
        values: [
          'ecommerce_platform',
          'financial_advising',
          'ai_portfolios',
          'trading_platform',
          'investment_portfolio'
        ]
      }),
      SeedKey__c: rw('string', { externalId: true })
    }
  },
  Knowledge__DataCategorySelection: {
    keyPrefix: '02o',
    featureFlag: 'knowledge',
    updateable: false,
    uniqueTogether: [['ParentId', 'DataCategoryGroupName', 'DataCategoryName']],
    fields: {
      ...audit,
      ParentId: createOnly('reference', { referenceTo: ['Knowledge__kav'], required: true }),
      DataCategoryGroupName: createOnly('string', { required: true }),
      DataCategoryName: createOnly('string', { required: true })
    }
  }
};
