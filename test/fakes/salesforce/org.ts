/**
 * The fake org's records and the rules Salesforce enforces when they are written: fields must
 * exist and be createable or updateable, required fields set, references pointing at a record of
 * the right object, restricted picklist values valid, unique and external id values unique,
 * Setup and non-Setup objects never mixed in one request, user licenses not exceeded. Queries
 * are evaluated on the same records. Tests arrange state directly (`add`) and inspect it
 * (`all`), and can make chosen records fail (`rejectWrites`).
 */
import { IdFactory, sameId } from './ids';
import { SCHEMA, type FieldDef, type ObjectDef } from './schema';
import { parseSoql, SoqlError, type Condition, type SoqlValue } from './soql';

export type FakeRecord = Record<string, unknown> & { Id: string };

export interface RecordError {
  statusCode: string;
  message: string;
  fields: string[];
}

export interface SaveResult {
  id: string | null;
  success: boolean;
  errors: RecordError[];
  created?: boolean;
}

/** An error for the whole request: HTTP status and `[{errorCode, message}]`. */
export class ApiFault extends Error {
  constructor(
    readonly status: number,
    readonly errorCode: string,
    message: string
  ) {
    super(message);
  }
}

export type OrgKind = 'scratch' | 'sandbox' | 'developer' | 'production';

export interface FakeOrgOptions {
  kind?: OrgKind;
  omniChannel?: boolean;
  enhancedChat?: boolean;
  /** Lightning Knowledge enabled (default true, as the project's scratch definition has it). */
  knowledge?: boolean;
  /** Salesforce user licenses in the org (default 50). */
  salesforceLicenses?: number;
  /**
   * Feature licence seats (User checkboxes Salesforce counts): Service Cloud User and Knowledge User
   * (default 50 each). Setting a flag beyond them fails with LICENSE_LIMIT_EXCEEDED.
   */
  serviceCloudSeats?: number;
  knowledgeSeats?: number;
  /** The project's custom fields are deployed (default true; false: a check-only deploy left none). */
  customFields?: boolean;
}

/** The feature licences a User checkbox takes a seat of. */
const FEATURE_LICENCES = [
  { flag: 'UserPermissionsSupportUser', label: 'Service Cloud User', option: 'serviceCloudSeats' },
  { flag: 'UserPermissionsKnowledgeUser', label: 'Knowledge User', option: 'knowledgeSeats' }
] as const;

/** Objects a Setup change touches: one request cannot write them together with others. */
const SETUP_OBJECTS = new Set([
  'User',
  'GroupMember',
  'PermissionSetAssignment',
  'PermissionSetLicenseAssign',
  'UserRole',
  'Group'
]);

interface Rejection {
  object: string;
  when: (record: Record<string, unknown>) => boolean;
  error: RecordError;
}

const error = (statusCode: string, message: string, fields: string[] = []): RecordError => ({
  statusCode,
  message,
  fields
});

const blank = (v: unknown) => v === null || v === undefined || v === '';

export class FakeOrg {
  readonly ids = new IdFactory();
  readonly kind: OrgKind;
  private readonly featureSeats: { serviceCloudSeats: number; knowledgeSeats: number };
  readonly features: { omniChannel: boolean; enhancedChat: boolean; knowledge: boolean };
  private readonly customFields: boolean;
  private readonly tables = new Map<string, Map<string, FakeRecord>>();
  private readonly rejections: Rejection[] = [];
  private readonly createHooks = new Map<string, ((record: FakeRecord) => void)[]>();
  private caseNumbers = 0;
  /** Permission set name → the permission set licence (DeveloperName) its permissions need. */
  private readonly licenceGated = new Map<string, string>();
  readonly organizationId: string;

  constructor(options: FakeOrgOptions = {}) {
    this.kind = options.kind ?? 'scratch';
    this.customFields = options.customFields ?? true;
    this.featureSeats = {
      serviceCloudSeats: options.serviceCloudSeats ?? 50,
      knowledgeSeats: options.knowledgeSeats ?? 50
    };
    this.features = {
      omniChannel: options.omniChannel ?? true,
      enhancedChat: options.enhancedChat ?? true,
      knowledge: options.knowledge ?? true
    };
    this.organizationId = this.add('Organization', {
      Name: 'Omni Desk Test Org',
      IsSandbox: this.kind === 'sandbox',
      TrialExpirationDate: this.kind === 'scratch' ? '2099-01-31T00:00:00.000+0000' : null,
      OrganizationType: this.kind === 'production' ? 'Enterprise Edition' : 'Developer Edition',
      InstanceName: 'FAKE1'
    });
    this.add('UserLicense', {
      Name: 'Salesforce',
      LicenseDefinitionKey: 'SFDC',
      TotalLicenses: options.salesforceLicenses ?? 50
    });
  }

  // ---- arranging and inspecting (tests) ----

  /** Adds a record without the API rules (test arrangement). */
  add(object: string, fields: Record<string, unknown>): string {
    const def = this.def(object);
    const id = this.ids.create(def.keyPrefix);
    const numbered =
      object === 'Case' && fields.CaseNumber === undefined
        ? { CaseNumber: String(++this.caseNumbers).padStart(8, '0') }
        : {};
    this.table(object).set(id, { ...numbered, ...fields, Id: id });
    return id;
  }

  /**
   * The standard action publishKnowledgeArticles: publishes draft versions (all or none, as one
   * action input). Returns the ids it could not publish (unknown, or not a draft).
   */
  publishArticles(versionIds: string[]): string[] {
    const refused = versionIds.filter(
      (id) => this.get('Knowledge__kav', id)?.PublishStatus !== 'Draft'
    );
    if (refused.length === 0)
      for (const id of versionIds) this.assign('Knowledge__kav', id, { PublishStatus: 'Online' });
    return refused;
  }

  /** Sets fields without the API rules: what platform code (an Apex trigger) does to a record. */
  assign(object: string, id: string, fields: Record<string, unknown>): void {
    const table = this.table(object);
    const key = [...table.keys()].find((k) => sameId(k, id));
    if (!key) throw new Error(`no ${object} ${id}`);
    table.set(key, { ...table.get(key)!, ...fields });
  }

  /**
   * Runs `hook` after each record of `object` the API creates, inside the same request, the way
   * an after-insert Apex trigger does (tests install the project's Apex behaviour this way).
   */
  onCreate(object: string, hook: (record: FakeRecord) => void): void {
    this.createHooks.set(object, [...(this.createHooks.get(object) ?? []), hook]);
  }

  all(object: string): FakeRecord[] {
    return [...this.table(object).values()].map((r) => this.withComputed(object, r));
  }

  find(object: string, field: string, value: unknown): FakeRecord | undefined {
    return this.all(object).find((r) => r[field] === value);
  }

  get(object: string, id: string): FakeRecord | undefined {
    const found = [...this.table(object).values()].find((r) => sameId(r.Id, id));
    return found ? this.withComputed(object, found) : undefined;
  }

  /** Makes writes of matching records fail with this error (per record, the rest succeed). */
  rejectWrites(
    object: string,
    when: Rejection['when'],
    statusCode: string,
    message: string,
    fields: string[] = []
  ): void {
    this.rejections.push({ object, when, error: error(statusCode, message, fields) });
  }

  /**
   * Makes assigning a permission set need a permission set licence on the user first, as
   * Salesforce does for licence-gated permissions (Enhanced Chat Rep needs Enhanced Chat User).
   */
  requireLicence(permissionSetName: string, licenceDeveloperName: string): void {
    this.licenceGated.set(permissionSetName, licenceDeveloperName);
  }

  clearRejections(): void {
    this.rejections.length = 0;
  }

  // ---- schema ----

  isAvailable(object: string): boolean {
    const def = SCHEMA[object];
    if (!def) return false;
    return !def.featureFlag || this.features[def.featureFlag];
  }

  def(object: string): ObjectDef {
    const def = SCHEMA[object];
    if (!def) throw new Error(`the fake has no object ${object}`);
    return def;
  }

  /** The object of an Id, by key prefix. */
  objectOfId(id: string): string | undefined {
    for (const [object, table] of this.tables)
      if ([...table.keys()].some((k) => sameId(k, id))) return object;
    return undefined;
  }

  private table(object: string): Map<string, FakeRecord> {
    let table = this.tables.get(object);
    if (!table) {
      table = new Map();
      this.tables.set(object, table);
    }
    return table;
  }

  private withComputed(object: string, record: FakeRecord): FakeRecord {
    if (object === 'User')
      return { ...record, Name: [record.FirstName, record.LastName].filter(Boolean).join(' ') };
    if (object === 'UserLicense') return { ...record, UsedLicenses: this.usedLicenses(record.Id) };
    if (object === 'PermissionSetLicense')
      return {
        ...record,
        UsedLicenses: [...this.table('PermissionSetLicenseAssign').values()].filter((a) =>
          sameId(a.PermissionSetLicenseId, record.Id)
        ).length
      };
    return { ...record };
  }

  private usedLicenses(licenseId: string): number {
    const profiles = this.all('Profile').filter((p) => sameId(p.UserLicenseId, licenseId));
    return [...this.table('User').values()].filter(
      (u) => u.IsActive !== false && profiles.some((p) => sameId(p.Id, u.ProfileId))
    ).length;
  }

  // ---- queries ----

  query(soql: string): FakeRecord[] {
    let parsed;
    try {
      parsed = parseSoql(soql);
    } catch (e) {
      if (e instanceof SoqlError)
        throw new ApiFault(400, 'MALFORMED_QUERY', `${e.message}: ${soql}`);
      throw e;
    }
    if (!this.isAvailable(parsed.object))
      throw new ApiFault(
        400,
        'INVALID_TYPE',
        `sObject type '${parsed.object}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name.`
      );
    const def = this.def(parsed.object);
    for (const field of parsed.fields) this.fieldDef(def, parsed.object, field, 'query');
    for (const condition of parsed.where) {
      const field = this.fieldDef(def, parsed.object, condition.field, 'query');
      if (field.filterable === false)
        throw new ApiFault(
          400,
          'INVALID_FIELD',
          `field '${condition.field}' can not be filtered in a query call`
        );
      // Salesforce refuses a blank Id literal ("invalid ID field: ").
      if (
        (field.type === 'id' || field.type === 'reference') &&
        condition.values.some((v) => v === '')
      )
        throw new ApiFault(400, 'MALFORMED_QUERY', `invalid ID field: '' in ${soql}`);
    }
    const rows = this.all(parsed.object)
      .filter((record) => parsed.where.every((c) => this.matches(def, record, c)))
      .slice(0, parsed.limit ?? Infinity);
    return rows.map((record) => {
      const row: FakeRecord = {
        attributes: {
          type: parsed.object,
          url: `/services/data/v65.0/sobjects/${parsed.object}/${record.Id}`
        },
        Id: record.Id
      } as FakeRecord;
      for (const field of parsed.fields) row[field] = record[field] ?? null;
      return row;
    });
  }

  /** A field of the object, unless it belongs to a feature the org does not have. */
  private availableField(def: ObjectDef, name: string): FieldDef | undefined {
    const field = def.fields[name];
    if (!this.customFields && name.endsWith('__c')) return undefined;
    return field && (!field.featureFlag || this.features[field.featureFlag]) ? field : undefined;
  }

  private fieldDef(
    def: ObjectDef,
    object: string,
    field: string,
    use: 'query' | 'write'
  ): FieldDef {
    const found = this.availableField(def, field);
    if (!found) {
      if (use === 'query')
        throw new ApiFault(
          400,
          'INVALID_FIELD',
          `No such column '${field}' on entity '${object}'.`
        );
      throw new Error('unreachable');
    }
    return found;
  }

  private matches(def: ObjectDef, record: FakeRecord, condition: Condition): boolean {
    const field = def.fields[condition.field]!;
    const actual = record[condition.field];
    const equal = (value: SoqlValue) => {
      if (value === null) return blank(actual);
      if (blank(actual)) return false;
      if (field.type === 'id' || field.type === 'reference') return sameId(actual, value);
      if (typeof value === 'string') return String(actual).toLowerCase() === value.toLowerCase();
      return actual === value;
    };
    const any = condition.values.some(equal);
    return condition.op === '=' || condition.op === 'IN' ? any : !any;
  }

  // ---- writes ----

  /** One sObject collection request: every record is checked and written on its own (allOrNone false). */
  collection(
    operation: 'create' | 'update' | 'upsert',
    records: Record<string, unknown>[],
    allOrNone: boolean,
    externalIdField?: string
  ): SaveResult[] {
    const types = new Set(
      records.map((r) => (r.attributes as { type?: string } | undefined)?.type ?? '')
    );
    const mixed =
      [...types].some((t) => SETUP_OBJECTS.has(t)) && [...types].some((t) => !SETUP_OBJECTS.has(t));
    const before = allOrNone ? this.snapshotTables() : undefined;
    const results = records.map((record) => {
      if (mixed)
        return failure(
          error(
            'MIXED_DML_OPERATION',
            'DML operation on setup object is not permitted after you have updated a non-setup object (or vice versa)'
          )
        );
      return this.writeOne(operation, record, externalIdField);
    });
    if (before && results.some((r) => !r.success)) {
      this.restoreTables(before);
      return results.map((r) =>
        r.success
          ? failure(
              error(
                'ALL_OR_NONE_OPERATION_ROLLED_BACK',
                'Record rolled back because not all records were valid and the request was using AllOrNone header'
              )
            )
          : r
      );
    }
    return results;
  }

  destroy(ids: string[]): SaveResult[] {
    return ids.map((id) => {
      const object = this.objectOfId(id);
      if (!object) return failure(error('ENTITY_IS_DELETED', 'entity is deleted'), id);
      if (this.def(object).deletable === false)
        return failure(error('INVALID_TYPE_FOR_OPERATION', `${object} cannot be deleted`), id);
      const rejected = this.rejection(object, this.get(object, id)!);
      if (rejected) return failure(rejected, id);
      const inUse = object === 'PermissionSetLicenseAssign' && this.licenceInUse(id);
      if (inUse) return failure(inUse, id);
      const table = this.table(object);
      for (const key of table.keys()) if (sameId(key, id)) table.delete(key);
      return { id, success: true, errors: [] };
    });
  }

  /** A User checkbox that takes a feature licence seat: refused when every seat is taken. */
  private featureSeatProblem(
    merged: Record<string, unknown>,
    selfId: string | undefined
  ): RecordError | undefined {
    for (const licence of FEATURE_LICENCES) {
      if (merged[licence.flag] !== true) continue;
      const before = selfId ? this.get('User', selfId) : undefined;
      if (before?.[licence.flag] === true) continue;
      const taken = this.all('User').filter((u) => u[licence.flag] === true).length;
      if (taken >= this.featureSeats[licence.option])
        return error(
          'LICENSE_LIMIT_EXCEEDED',
          `License Limit Exceeded: no ${licence.label} feature licenses are available`,
          [licence.flag]
        );
    }
    return undefined;
  }

  /**
   * Salesforce refuses to remove a permission set licence from a user while a permission set that
   * needs it is still assigned to them ("first remove the assigned permission sets that require the
   * license, and then remove the assigned permission set license", Salesforce Help).
   */
  private licenceInUse(assignmentId: string): RecordError | undefined {
    const assignment = this.get('PermissionSetLicenseAssign', assignmentId)!;
    const licence = this.get('PermissionSetLicense', String(assignment.PermissionSetLicenseId));
    const needing = [...this.licenceGated]
      .filter(([, developerName]) => developerName === licence?.DeveloperName)
      .map(([setName]) => setName);
    const still = this.all('PermissionSetAssignment').find((a) => {
      if (!sameId(a.AssigneeId, assignment.AssigneeId)) return false;
      const set = this.get('PermissionSet', String(a.PermissionSetId));
      return set !== undefined && needing.includes(String(set.Name));
    });
    if (!still) return undefined;
    const set = this.get('PermissionSet', String(still.PermissionSetId))!;
    return error(
      'FIELD_INTEGRITY_EXCEPTION',
      `the ${String(licence!.DeveloperName)} permission set license is still needed by ${String(set.Name)}, assigned to the user`
    );
  }

  /** PATCH /sobjects/{object}/{id}: throws ApiFault with the record's error. */
  patchOne(object: string, id: string, fields: Record<string, unknown>): void {
    const result = this.writeOne('update', { attributes: { type: object }, ...fields, Id: id });
    if (!result.success) {
      const first = result.errors[0]!;
      throw new ApiFault(400, first.statusCode, first.message);
    }
  }

  private snapshotTables(): Map<string, Map<string, FakeRecord>> {
    return new Map(
      [...this.tables].map(([k, t]) => [k, new Map([...t].map(([id, r]) => [id, { ...r }]))])
    );
  }

  private restoreTables(saved: Map<string, Map<string, FakeRecord>>): void {
    this.tables.clear();
    for (const [k, t] of saved) this.tables.set(k, t);
  }

  private rejection(object: string, record: Record<string, unknown>): RecordError | undefined {
    return this.rejections.find((r) => r.object === object && r.when(record))?.error;
  }

  private writeOne(
    operation: 'create' | 'update' | 'upsert',
    input: Record<string, unknown>,
    externalIdField?: string
  ): SaveResult {
    const { attributes, ...fields } = input as { attributes?: { type?: string } } & Record<
      string,
      unknown
    >;
    const object = attributes?.type;
    if (!object) return failure(error('INVALID_TYPE', 'Each record needs attributes.type'));
    if (!this.isAvailable(object))
      return failure(error('INVALID_TYPE', `sObject type '${object}' is not supported.`));
    const def = this.def(object);

    let existing: FakeRecord | undefined;
    let mode: 'create' | 'update' = operation === 'upsert' ? 'create' : operation;
    if (operation === 'upsert') {
      if (!externalIdField)
        return failure(error('INVALID_FIELD', 'upsert needs an external id field'));
      const key = fields[externalIdField];
      if (blank(key))
        return failure(
          error('MISSING_ARGUMENT', `${externalIdField} not specified`, [externalIdField])
        );
      const matches = [...this.table(object).values()].filter(
        (r) =>
          typeof r[externalIdField] === 'string' &&
          String(r[externalIdField]).toLowerCase() === String(key).toLowerCase()
      );
      if (matches.length > 1)
        return failure(
          error(
            'DUPLICATE_EXTERNAL_ID',
            `more than one record found for external id field: ${matches.map((m) => m.Id).join(', ')}`,
            [externalIdField]
          )
        );
      existing = matches[0];
      if (existing) mode = 'update';
      if ('Id' in fields)
        return failure(
          error('INVALID_FIELD', 'Id must not be set in an upsert by external id', ['Id'])
        );
    } else if (operation === 'update') {
      if (typeof fields.Id !== 'string')
        return failure(error('MISSING_ARGUMENT', 'Id not specified in an update call', ['Id']));
      existing = this.get(object, fields.Id);
      if (!existing || this.objectOfId(fields.Id) !== object)
        return failure(
          error('INVALID_CROSS_REFERENCE_KEY', `invalid cross reference id`, ['Id']),
          fields.Id
        );
    } else if ('Id' in fields) {
      return failure(error('INVALID_FIELD', 'cannot specify Id in an insert call', ['Id']));
    }
    if (mode === 'create' && def.createable === false)
      return failure(error('INVALID_TYPE_FOR_OPERATION', `${object} cannot be created`));
    if (mode === 'update' && def.updateable === false)
      return failure(error('INVALID_TYPE_FOR_OPERATION', `${object} cannot be updated`));
    if (object === 'Knowledge__kav' && existing && existing.PublishStatus !== 'Draft')
      return failure(
        error('INVALID_OPERATION', 'You can only update draft article versions.'),
        existing.Id
      );

    const values = { ...fields };
    delete values.Id;
    // Stored, and answered, the way Salesforce formats them: 2025-01-01T00:00:00.000+0000.
    for (const [name, value] of Object.entries(values))
      if (
        def.fields[name]?.type === 'datetime' &&
        typeof value === 'string' &&
        !Number.isNaN(Date.parse(value))
      )
        values[name] = new Date(value).toISOString().replace('Z', '+0000');
    const problem = this.checkFields(object, def, values, mode, existing);
    if (problem) return failure(problem, existing?.Id ?? null);
    const merged = { ...(existing ?? {}), ...values };
    const constraint = this.checkConstraints(object, def, merged, existing?.Id);
    if (constraint) return failure(constraint, existing?.Id ?? null);
    const rejected = this.rejection(object, merged);
    if (rejected) return failure(rejected, existing?.Id ?? null);

    if (existing) {
      const table = this.table(object);
      const key = [...table.keys()].find((k) => sameId(k, existing!.Id))!;
      table.set(key, { ...table.get(key)!, ...values });
      return {
        id: key,
        success: true,
        errors: [],
        ...(operation === 'upsert' ? { created: false } : {})
      };
    }
    const defaults: Record<string, unknown> =
      def.fields.IsActive && values.IsActive === undefined ? { IsActive: true } : {};
    // A new Knowledge__kav is the first (draft) version of a new article.
    if (object === 'Knowledge__kav')
      Object.assign(defaults, {
        PublishStatus: 'Draft',
        KnowledgeArticleId: this.ids.create('kA0')
      });
    const id = this.add(object, { ...defaults, ...values });
    for (const hook of this.createHooks.get(object) ?? []) hook(this.get(object, id)!);
    return { id, success: true, errors: [], ...(operation === 'upsert' ? { created: true } : {}) };
  }

  private checkFields(
    object: string,
    def: ObjectDef,
    values: Record<string, unknown>,
    mode: 'create' | 'update',
    existing: FakeRecord | undefined
  ): RecordError | undefined {
    for (const [name, value] of Object.entries(values)) {
      const field = this.availableField(def, name);
      if (!field)
        return error('INVALID_FIELD', `No such column '${name}' on sobject of type ${object}`, [
          name
        ]);
      const allowed = mode === 'create' ? field.createable : field.updateable;
      if (!allowed) {
        // Sending an unchanged value of a create-only field on update is what Salesforce rejects too.
        return error(
          'INVALID_FIELD_FOR_INSERT_UPDATE',
          `Unable to create/update fields: ${name}. Please check the security settings of this field and verify that it is read/write for your profile or permission set.`,
          [name]
        );
      }
      const typeProblem = this.checkValue(name, field, value);
      if (typeProblem) return typeProblem;
    }
    for (const [name, field] of Object.entries(def.fields)) {
      if (!field.required) continue;
      const value = name in values ? values[name] : existing?.[name];
      if (blank(value))
        return error('REQUIRED_FIELD_MISSING', `Required fields are missing: [${name}]`, [name]);
    }
    return undefined;
  }

  private checkValue(name: string, field: FieldDef, value: unknown): RecordError | undefined {
    if (value === null) return undefined;
    const bad = (what: string) =>
      error('JSON_PARSER_ERROR', `Cannot deserialize ${name}: ${what}`, [name]);
    switch (field.type) {
      case 'boolean':
        return typeof value === 'boolean'
          ? undefined
          : bad(`expected a boolean, got ${JSON.stringify(value)}`);
      case 'double':
      case 'currency':
      case 'int':
        return typeof value === 'number'
          ? undefined
          : bad(`expected a number, got ${JSON.stringify(value)}`);
      case 'datetime':
        return typeof value === 'string' && !Number.isNaN(Date.parse(value))
          ? undefined
          : bad(`expected a date/time, got ${JSON.stringify(value)}`);
      case 'reference': {
        if (typeof value !== 'string') return bad('expected an Id');
        const target = this.objectOfId(value);
        if (!target || !field.referenceTo?.includes(target))
          return error(
            'FIELD_INTEGRITY_EXCEPTION',
            `${name}: id value of incorrect type: ${value}`,
            [name]
          );
        return undefined;
      }
      case 'picklist':
        if (typeof value !== 'string') return bad('expected a string');
        if (field.values && !field.values.includes(value))
          return error(
            'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
            `${name}: bad value for restricted picklist field: ${value}`,
            [name]
          );
        return undefined;
      case 'multipicklist':
        if (typeof value !== 'string') return bad('expected a string');
        for (const part of value.split(';'))
          if (field.values && !field.values.includes(part))
            return error(
              'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
              `${name}: bad value for restricted picklist field: ${part}`,
              [name]
            );
        return undefined;
      case 'email':
        return typeof value === 'string' && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value)
          ? undefined
          : error('INVALID_EMAIL_ADDRESS', `${name}: invalid email address: ${String(value)}`, [
              name
            ]);
      default:
        return typeof value === 'string'
          ? undefined
          : bad(`expected a string, got ${JSON.stringify(value)}`);
    }
  }

  private checkConstraints(
    object: string,
    def: ObjectDef,
    merged: Record<string, unknown>,
    selfId: string | undefined
  ): RecordError | undefined {
    const others = [...this.table(object).values()].filter((r) => !selfId || !sameId(r.Id, selfId));
    for (const [name, field] of Object.entries(def.fields)) {
      if (!field.unique || blank(merged[name])) continue;
      const clash = others.find(
        (r) => String(r[name] ?? '').toLowerCase() === String(merged[name]).toLowerCase()
      );
      if (clash)
        return error(
          'DUPLICATE_VALUE',
          `duplicate value found: ${name} duplicates value on record with id: ${clash.Id}`,
          [name]
        );
    }
    for (const group of def.uniqueTogether ?? []) {
      const clash = others.find((r) =>
        group.every((f) => sameId(r[f], merged[f]) || r[f] === merged[f])
      );
      if (clash)
        return error(
          'DUPLICATE_VALUE',
          `duplicate value found: ${group.join(', ')} duplicates value on record with id: ${clash.Id}`,
          group
        );
    }
    if (object === 'PermissionSetLicenseAssign' && !selfId) {
      const licence = this.get('PermissionSetLicense', String(merged.PermissionSetLicenseId));
      if (licence && Number(licence.UsedLicenses) >= Number(licence.TotalLicenses))
        return error(
          'LICENSE_LIMIT_EXCEEDED',
          `License Limit Exceeded: no ${String(licence.MasterLabel)} permission set licenses are available`,
          ['PermissionSetLicenseId']
        );
    }
    if (object === 'PermissionSetAssignment' && !selfId) {
      const set = this.get('PermissionSet', String(merged.PermissionSetId));
      const needed = set ? this.licenceGated.get(String(set.Name)) : undefined;
      const licence = needed
        ? this.find('PermissionSetLicense', 'DeveloperName', needed)
        : undefined;
      const held =
        licence &&
        this.all('PermissionSetLicenseAssign').some(
          (a) =>
            sameId(a.AssigneeId, merged.AssigneeId) && sameId(a.PermissionSetLicenseId, licence.Id)
        );
      if (needed && !held)
        return error(
          'FIELD_INTEGRITY_EXCEPTION',
          `${String(set!.Name)}: the user has no ${needed} permission set license, which its permissions require`,
          ['PermissionSetId']
        );
    }
    if (object === 'User') {
      const seats = this.featureSeatProblem(merged, selfId);
      if (seats) return seats;
    }
    if (object === 'ServiceResource' && !selfId) {
      const user = this.get('User', String(merged.RelatedRecordId));
      if (user && user.IsActive === false)
        return error(
          'FIELD_INTEGRITY_EXCEPTION',
          "You can't create a service resource that is linked to an inactive user.",
          ['RelatedRecordId']
        );
    }
    if (object === 'User' && merged.IsActive !== false && !selfId) {
      const profile = this.get('Profile', String(merged.ProfileId));
      const license = profile ? this.get('UserLicense', String(profile.UserLicenseId)) : undefined;
      if (license && Number(license.UsedLicenses) >= Number(license.TotalLicenses))
        return error(
          'LICENSE_LIMIT_EXCEEDED',
          `License Limit Exceeded: no ${String(license.Name)} licenses are available`,
          ['ProfileId']
        );
    }
    return undefined;
  }
}

function failure(e: RecordError, id: string | null = null): SaveResult {
  return { id, success: false, errors: [e] };
}
