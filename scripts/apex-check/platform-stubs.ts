/**
 * What ApexLink 2.3.7's platform library (runforce-55.5.0.jar, Summer '22) lacks and this project uses.
 * Data only: platform-jar.ts turns it into Java classes compiled into a cached copy of that jar.
 *
 * Sources: the Object Reference for the Salesforce Platform, API 65 (fields and types; picklists are
 * String, double/percent/currency are Decimal in Apex) and the Apex Reference (Assert, AccessLevel,
 * the Database/Search overloads that take an AccessLevel). Add what new code needs here, with the
 * documented API name and type; never a field the platform does not have, or the check stops
 * catching misspellings.
 *
 * Type notation: an Apex platform type as `Namespace.Name` (`System.String`, `SObjects.User`,
 * `Internal.RecordSet$<System.SObject>`), `Object` for any value, `void`.
 */

/** SObject field types, as Apex sees them (double/percent/currency are Decimal in Apex). */
type ScalarFieldType =
  'Id' | 'String' | 'Boolean' | 'Integer' | 'Long' | 'Decimal' | 'Date' | 'Datetime';

/**
 * A field: a scalar type, or a lookup (`lookup:User`; `lookup:*` for polymorphic lookups such as
 * WorkItemId or OwnerId). A lookup `XxxId` also gets its relationship field `Xxx`.
 */
export type FieldType = ScalarFieldType | `lookup:${string}`;

export interface SObjectStub {
  /** Fields beyond the audit fields every object has (Id, IsDeleted, Created…, LastModified…, SystemModstamp). */
  fields: Record<string, FieldType>;
  /** Child relationships: relationship name → child object. */
  children?: Record<string, string>;
}

/** Standard objects missing from the platform jar. */
export const NEW_SOBJECTS: Record<string, SObjectStub> = {
  PendingServiceRouting: {
    fields: {
      BotId: 'Id',
      BotType: 'String',
      CapacityPercentage: 'Decimal',
      CapacityWeight: 'Decimal',
      CustomRequestedDateTime: 'Datetime',
      DropAdditionalSkillsTimeout: 'Integer',
      ExternalBotId: 'Id',
      // Read-only: Omni-Channel fills GroupId and QueueId; they cannot be set on insert.
      GroupId: 'lookup:Group',
      IsInterruptible: 'Boolean',
      IsOwnerChangeInitiated: 'Boolean',
      IsPreferredUserRequired: 'Boolean',
      IsPushAttempted: 'Boolean',
      IsPushed: 'Boolean',
      IsReadyForRouting: 'Boolean',
      IsStatusChangeInitiated: 'Boolean',
      IsTransfer: 'Boolean',
      LastDeclinedAgentSession: 'String',
      Name: 'String',
      OwnerId: 'lookup:*',
      PausedCapacityPercentage: 'Decimal',
      PausedCapacityWeight: 'Decimal',
      PreferredUserId: 'lookup:User',
      PushTimeout: 'Integer',
      QueueId: 'lookup:Group',
      RoutingModel: 'String',
      RoutingPriority: 'Integer',
      RoutingType: 'String',
      SecondaryRoutingPriority: 'Integer',
      Serial: 'Integer',
      ServiceChannelId: 'lookup:ServiceChannel',
      TargetAcceptDateTime: 'Datetime',
      TransferRequesterId: 'lookup:User',
      WorkItemId: 'lookup:*'
    },
    children: { SkillRequirements: 'SkillRequirement' }
  },
  ServiceChannel: {
    fields: {
      AcwExtensionDuration: 'Integer',
      AfterConvoWorkMaxTime: 'Integer',
      CapacityModel: 'String',
      DeveloperName: 'String',
      DoesCheckCapOnOwnerChange: 'Boolean',
      DoesCheckCapOnStatusChange: 'Boolean',
      DoesMinimizeWidgetOnAccept: 'Boolean',
      HasAutoAcceptEnabled: 'Boolean',
      Language: 'String',
      MasterLabel: 'String',
      RelatedEntity: 'String',
      RoutingConfigurationId: 'lookup:QueueRoutingConfig',
      SecRoutingPriorityField: 'String',
      StatusField: 'String'
    }
  },
  QueueRoutingConfig: {
    fields: {
      CapacityPercentage: 'Decimal',
      CapacityWeight: 'Decimal',
      DeveloperName: 'String',
      DropAdditionalSkillsTimeout: 'Integer',
      IsAttributeBased: 'Boolean',
      Language: 'String',
      MasterLabel: 'String',
      OverflowAssigneeId: 'Id',
      PausedCapacityPercentage: 'Decimal',
      PausedCapacityWeight: 'Decimal',
      PushTimeout: 'Integer',
      RoutingModel: 'String',
      RoutingPriority: 'Integer',
      ServiceChannelId: 'lookup:ServiceChannel'
    }
  },
  ServiceChannelFieldPriority: {
    fields: { Priority: 'Integer', ServiceChannelId: 'lookup:ServiceChannel', Value: 'String' }
  },
  ServicePresenceStatus: {
    fields: { DeveloperName: 'String', Language: 'String', MasterLabel: 'String' }
  },
  UserServicePresence: {
    fields: {
      AtCapacityDuration: 'Integer',
      AverageCapacity: 'Decimal',
      ConfiguredCapacity: 'Integer',
      ConfiguredInterruptCapacity: 'Integer',
      IdleDuration: 'Integer',
      IsAway: 'Boolean',
      IsCurrentState: 'Boolean',
      Name: 'String',
      OwnerId: 'lookup:*',
      ServicePresenceStatusId: 'lookup:ServicePresenceStatus',
      StatusDuration: 'Integer',
      StatusEndDate: 'Datetime',
      StatusStartDate: 'Datetime',
      UserId: 'lookup:User'
    }
  },
  AgentWork: {
    fields: {
      AcceptDateTime: 'Datetime',
      ActiveTime: 'Integer',
      AgentCapacityWhenDeclined: 'Decimal',
      AssignedDateTime: 'Datetime',
      BotId: 'Id',
      CancelDateTime: 'Datetime',
      CapacityModel: 'String',
      CapacityPercentage: 'Decimal',
      CapacityWeight: 'Decimal',
      CloseDateTime: 'Datetime',
      DeclineDateTime: 'Datetime',
      DeclineReason: 'String',
      HandleTime: 'Integer',
      IsPreferredUserRequired: 'Boolean',
      IsTransfer: 'Boolean',
      Name: 'String',
      OriginalGroupId: 'lookup:Group',
      OriginalQueueId: 'lookup:Group',
      OwnerId: 'lookup:*',
      PendingServiceRoutingId: 'lookup:PendingServiceRouting',
      PreferredUserId: 'lookup:User',
      PushTimeout: 'Integer',
      PushTimeoutDateTime: 'Datetime',
      RequestDateTime: 'Datetime',
      RoutingModel: 'String',
      RoutingPriority: 'Integer',
      RoutingType: 'String',
      SecondaryRoutingPriority: 'Integer',
      ServiceChannelId: 'lookup:ServiceChannel',
      SpeedToAnswer: 'Integer',
      Status: 'String',
      TransferRequesterId: 'lookup:User',
      UserId: 'lookup:User',
      WorkItemId: 'lookup:*'
    }
  },
  MessagingChannel: {
    fields: {
      BusinessHoursId: 'lookup:BusinessHours',
      ChannelAddressIdentifier: 'String',
      ConsentType: 'String',
      DeveloperName: 'String',
      IsActive: 'Boolean',
      IsAuthenticated: 'Boolean',
      IsoCountryCode: 'String',
      Language: 'String',
      MasterLabel: 'String',
      MessageType: 'String',
      MessagingPlatformKey: 'String',
      PlatformType: 'String',
      RoutingConfigurationId: 'lookup:QueueRoutingConfig',
      RoutingType: 'String',
      SessionHandler: 'String',
      TargetQueueId: 'lookup:Group',
      TargetUserId: 'lookup:User'
    }
  },
  MessagingEndUser: {
    fields: {
      AccountId: 'lookup:Account',
      ContactId: 'lookup:Contact',
      HasInitialResponseSent: 'Boolean',
      IsFullyOptedIn: 'Boolean',
      IsOptedOut: 'Boolean',
      IsoCountryCode: 'String',
      Language: 'String',
      LeadId: 'lookup:Lead',
      Locale: 'String',
      MessageType: 'String',
      MessagingChannelId: 'lookup:MessagingChannel',
      MessagingConsentStatus: 'String',
      MessagingPlatformKey: 'String',
      Name: 'String',
      OwnerId: 'lookup:*',
      ProfilePictureUrl: 'String'
    }
  },
  MessagingSession: {
    fields: {
      AcceptTime: 'Datetime',
      AgentMessageCount: 'Integer',
      AgentType: 'String',
      CaseId: 'lookup:Case',
      ChannelEndUserFormula: 'String',
      ChannelGroup: 'String',
      ChannelIntent: 'String',
      ChannelKey: 'String',
      ChannelLocale: 'String',
      ChannelName: 'String',
      ChannelType: 'String',
      ConversationId: 'Id',
      EndTime: 'Datetime',
      EndUserAccountId: 'lookup:Account',
      EndUserContactId: 'lookup:Contact',
      EndUserLanguage: 'String',
      EndUserMessageCount: 'Integer',
      EndedByType: 'String',
      LeadId: 'lookup:Lead',
      MessagingChannelId: 'lookup:MessagingChannel',
      MessagingEndUserId: 'lookup:MessagingEndUser',
      Name: 'String',
      OpportunityId: 'lookup:Opportunity',
      Origin: 'String',
      OwnerId: 'lookup:*',
      PreviewDetails: 'String',
      SessionKey: 'String',
      StartTime: 'Datetime',
      Status: 'String',
      TargetUserId: 'lookup:User'
    }
  },
  VoiceCall: {
    fields: {
      CallAcceptDateTime: 'Datetime',
      CallCenterId: 'lookup:CallCenter',
      CallDisposition: 'String',
      CallDurationInSeconds: 'Integer',
      CallEndDateTime: 'Datetime',
      CallOrigin: 'String',
      CallQueuedDateTime: 'Datetime',
      CallResolution: 'String',
      CallStartDateTime: 'Datetime',
      CallStatus: 'String',
      CallType: 'String',
      CallerId: 'Id',
      ConversationId: 'Id',
      CustomerHoldDuration: 'Integer',
      Description: 'String',
      DisconnectReason: 'String',
      EndUserId: 'lookup:MessagingEndUser',
      FromPhoneNumber: 'String',
      IsRecorded: 'Boolean',
      IvrDuration: 'Integer',
      Name: 'String',
      NextCallId: 'lookup:VoiceCall',
      NumberOfHolds: 'Integer',
      OwnerId: 'lookup:*',
      PreviousCallId: 'lookup:VoiceCall',
      QueueName: 'String',
      RelatedRecordId: 'lookup:*',
      ToPhoneNumber: 'String',
      UserId: 'lookup:User',
      VendorCallKey: 'String',
      VendorType: 'String'
    }
  }
};

/** Fields missing on objects the platform jar does have. */
export const SOBJECT_FIELD_PATCHES: Record<string, Record<string, FieldType>> = {
  // Entitlement management (Object Reference, Case): the lookup to the case's entitlement.
  Case: { EntitlementId: 'lookup:Entitlement' },
  Group: { QueueRoutingConfigId: 'lookup:QueueRoutingConfig' },
  SkillRequirement: { IsAdditionalSkill: 'Boolean', SkillPriority: 'Integer' }
};

/** A platform class that is missing altogether (Apex signatures in the type notation above). */
export interface ClassStub {
  /** `Namespace.Name` */
  name: string;
  /** e.g. `static System.AccessLevel USER_MODE` */
  fields?: string[];
  /** e.g. `static void areEqual(Object, Object, System.String)` */
  methods: string[];
  /** Classes like AccessLevel cannot be constructed in Apex. */
  privateConstructor?: boolean;
}

export const NEW_CLASSES: ClassStub[] = [
  {
    name: 'System.Assert',
    methods: [
      'static void areEqual(Object, Object)',
      'static void areEqual(Object, Object, System.String)',
      'static void areNotEqual(Object, Object)',
      'static void areNotEqual(Object, Object, System.String)',
      'static void fail()',
      'static void fail(System.String)',
      'static void isFalse(System.Boolean)',
      'static void isFalse(System.Boolean, System.String)',
      'static void isInstanceOfType(Object, System.Type)',
      'static void isInstanceOfType(Object, System.Type, System.String)',
      'static void isNotInstanceOfType(Object, System.Type)',
      'static void isNotInstanceOfType(Object, System.Type, System.String)',
      'static void isNotNull(Object)',
      'static void isNotNull(Object, System.String)',
      'static void isNull(Object)',
      'static void isNull(Object, System.String)',
      'static void isTrue(System.Boolean)',
      'static void isTrue(System.Boolean, System.String)'
    ]
  },
  {
    name: 'System.AccessLevel',
    fields: ['static System.AccessLevel SYSTEM_MODE', 'static System.AccessLevel USER_MODE'],
    methods: ['System.AccessLevel withPermissionSetId(System.String)'],
    privateConstructor: true
  }
];

/** A platform class that exists but lacks overloads: regenerated from its compiled shape plus these. */
export interface ClassPatch {
  name: string;
  /** Every existing public static method with one of these names gets a copy that also takes this last parameter. */
  appendParameter?: { type: string; toMethods: string[] };
  methods?: string[];
}

const DML_AND_QUERY = [
  'countQuery',
  'delete',
  'deleteAsync',
  'deleteImmediate',
  'getQueryLocator',
  'insert',
  'insertAsync',
  'insertImmediate',
  'merge',
  'query',
  'undelete',
  'update',
  'updateAsync',
  'updateImmediate',
  'upsert',
  'convertLead'
];

export const CLASS_PATCHES: ClassPatch[] = [
  {
    name: 'System.Database',
    appendParameter: { type: 'System.AccessLevel', toMethods: DML_AND_QUERY },
    methods: [
      'static Internal.RecordSet$<System.SObject> queryWithBinds(System.String, System.Map<System.String, Object>, System.AccessLevel)',
      'static System.Integer countQueryWithBinds(System.String, System.Map<System.String, Object>, System.AccessLevel)',
      'static Database.QueryLocator getQueryLocatorWithBinds(System.String, System.Map<System.String, Object>, System.AccessLevel)',
      'static void releaseSavepoint(System.Savepoint)'
    ]
  },
  {
    name: 'System.Search',
    appendParameter: { type: 'System.AccessLevel', toMethods: ['find', 'query', 'suggest'] }
  }
];
