import {
  classSource,
  javaType,
  parseJavap,
  patchedClassSource,
  sobjectSource
} from '../../../scripts/apex-check/java-source';

const RF = 'com.nawforce.runforce';

describe('platform stub sources', () => {
  it('given Apex type names, when mapped to Java, then platform types are qualified and Object is java.lang.Object', () => {
    expect(javaType('System.Map<System.String, Object>')).toBe(
      `${RF}.System.Map<${RF}.System.String, java.lang.Object>`
    );
    expect(javaType('Internal.RecordSet$<System.SObject>')).toBe(
      `${RF}.Internal.RecordSet$<${RF}.System.SObject>`
    );
  });

  it('given a new SObject with a lookup, when generated, then it has the platform shape with the id and relationship fields', () => {
    const source = sobjectSource('PendingServiceRouting', {
      fields: {
        WorkItemId: 'lookup:*',
        ServiceChannelId: 'lookup:ServiceChannel',
        PushTimeout: 'Integer'
      },
      children: { SkillRequirements: 'SkillRequirement' }
    }).source;

    expect(source).toContain(`public class PendingServiceRouting extends ${RF}.System.SObject {`);
    expect(source).toContain(
      `public static ${RF}.Internal.SObjectType$<${RF}.SObjects.PendingServiceRouting> SObjectType;`
    );
    expect(source).toContain(`public ${RF}.System.Id WorkItemId;`);
    expect(source).toContain(`public ${RF}.SObjects.Name WorkItem;`);
    expect(source).toContain(`public ${RF}.SObjects.ServiceChannel ServiceChannel;`);
    expect(source).toContain(`public ${RF}.System.Integer PushTimeout;`);
    expect(source).toContain(`public ${RF}.SObjects.SkillRequirement[] SkillRequirements;`);
    expect(source).toContain(`public ${RF}.System.Id CreatedById;`);
    expect(source).toContain('public PendingServiceRouting() {}');
  });

  it('given a missing class, when generated, then it has its static fields, a private constructor and throwing methods', () => {
    const source = classSource({
      name: 'System.AccessLevel',
      fields: ['static System.AccessLevel USER_MODE'],
      methods: ['System.AccessLevel withPermissionSetId(System.String)'],
      privateConstructor: true
    });

    expect(source.path).toBe('com/nawforce/runforce/System/AccessLevel.java');
    expect(source.source).toContain(`public static ${RF}.System.AccessLevel USER_MODE;`);
    expect(source.source).toContain('private AccessLevel() {}');
    expect(source.source).toContain(
      `public ${RF}.System.AccessLevel withPermissionSetId(${RF}.System.String p0) { throw new java.lang.UnsupportedOperationException(); }`
    );
  });

  it('given javap output with bridge methods, when patched with an AccessLevel overload, then each method appears once plus its overload', () => {
    const javap = [
      'Compiled from "Search.java"',
      `public class ${RF}.System.Search {`,
      `  public ${RF}.System.Search();`,
      `  public static ${RF}.System.List<${RF}.System.List<${RF}.System.SObject>> query(${RF}.System.String);`,
      `  public ${RF}.System.Search clone$();`,
      `  public java.lang.Object clone$();`,
      '}'
    ].join('\n');

    const source = patchedClassSource('System.Search', parseJavap(javap), {
      classPatch: {
        name: 'System.Search',
        appendParameter: { type: 'System.AccessLevel', toMethods: ['query'] }
      }
    }).source;

    expect(source).toContain('public class Search {');
    expect(source).toContain('public Search() {}');
    expect(source.match(/ clone\$\(/g)).toHaveLength(1);
    expect(source).toContain(`query(${RF}.System.String p0) {`);
    expect(source).toContain(`query(${RF}.System.String p0, ${RF}.System.AccessLevel p1) {`);
  });
});
