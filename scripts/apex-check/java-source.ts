/**
 * Java source for the platform stubs: new SObjects and classes from platform-stubs.ts, and existing
 * platform classes regenerated from their `javap` listing with extra members. ApexLink reads these
 * classes by reflection, so only the public shape matters; every body throws.
 */
import type { ClassPatch, ClassStub, FieldType, SObjectStub } from './platform-stubs';

export const RUNFORCE = 'com.nawforce.runforce';
const THROW = '{ throw new java.lang.UnsupportedOperationException(); }';

export interface JavaFile {
  /** Path below the output root, e.g. `com/nawforce/runforce/SObjects/VoiceCall.java` */
  path: string;
  source: string;
}

/** `System.String` → `com.nawforce.runforce.System.String`; `Object` → `java.lang.Object`. */
export function javaType(apexType: string): string {
  return apexType
    .replace(/\b([A-Z][A-Za-z]*)\.([A-Za-z_][\w$]*)/g, `${RUNFORCE}.$1.$2`)
    .replace(/(^|[^.\w])Object\b/g, '$1java.lang.Object');
}

function fileFor(qualifiedName: string, body: string): JavaFile {
  const [namespace, name] = qualifiedName.split('.') as [string, string];
  return {
    path: `${RUNFORCE.replace(/\./g, '/')}/${namespace}/${name}.java`,
    source: `package ${RUNFORCE}.${namespace};\n\n${body}`
  };
}

/** Splits `a, b<c, d>, e` at top-level commas. */
function splitTopLevel(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of list) {
    if (ch === '<') depth++;
    if (ch === '>') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

function parameters(types: string[]): string {
  return types.map((type, index) => `${type} p${index}`).join(', ');
}

/** The Java declarations of one SObject field (and its relationship field for a lookup). */
function sobjectFieldLines(name: string, type: FieldType): string[] {
  if (!type.startsWith('lookup:')) return [`    public ${RUNFORCE}.System.${type} ${name};`];
  const target = type.slice('lookup:'.length);
  const lines = [`    public ${RUNFORCE}.System.Id ${name};`];
  if (name.endsWith('Id')) {
    const relationship = name.slice(0, -2);
    const relatedType = target === '*' ? 'Name' : target;
    lines.push(`    public ${RUNFORCE}.SObjects.${relatedType} ${relationship};`);
  }
  return lines;
}

const AUDIT_FIELDS: Record<string, FieldType> = {
  Id: 'Id',
  IsDeleted: 'Boolean',
  CreatedById: 'lookup:User',
  CreatedDate: 'Datetime',
  LastModifiedById: 'lookup:User',
  LastModifiedDate: 'Datetime',
  SystemModstamp: 'Datetime'
};

/** A new SObject class in the shape of the platform jar's own (static SObjectType/Fields, public fields). */
export function sobjectSource(name: string, stub: SObjectStub): JavaFile {
  const lines = [
    `public class ${name} extends ${RUNFORCE}.System.SObject {`,
    `    public static ${RUNFORCE}.Internal.SObjectType$<${RUNFORCE}.SObjects.${name}> SObjectType;`,
    `    public static ${RUNFORCE}.Internal.SObjectFields$<${RUNFORCE}.SObjects.${name}> Fields;`
  ];
  const fields = { ...AUDIT_FIELDS, ...stub.fields };
  for (const [field, type] of Object.entries(fields)) lines.push(...sobjectFieldLines(field, type));
  for (const [relationship, child] of Object.entries(stub.children ?? {}))
    lines.push(`    public ${RUNFORCE}.SObjects.${child}[] ${relationship};`);
  lines.push(`    public ${name}() {}`, '}', '');
  return fileFor(`SObjects.${name}`, lines.join('\n'));
}

/** `static void isNull(Object, System.String)` → a Java member declaration with a throwing body. */
function memberFromSignature(signature: string): string {
  const match = /^(static\s+)?(.+?)\s+(\w+)\((.*)\)$/.exec(signature.trim());
  if (!match) throw new Error(`Unreadable stub signature: ${signature}`);
  const [, isStatic, returnType = '', name, params = ''] = match;
  const types = splitTopLevel(params).map(javaType);
  const ret = returnType === 'void' ? 'void' : javaType(returnType);
  return `    public ${isStatic ? 'static ' : ''}${ret} ${name}(${parameters(types)}) ${THROW}`;
}

/** A class missing from the platform jar. */
export function classSource(stub: ClassStub): JavaFile {
  const simpleName = stub.name.split('.')[1] ?? stub.name;
  const lines = [`public class ${simpleName} {`];
  for (const field of stub.fields ?? []) {
    const match = /^(static\s+)?(.+?)\s+(\w+)$/.exec(field.trim());
    if (!match) throw new Error(`Unreadable stub field: ${field}`);
    lines.push(`    public ${match[1] ? 'static ' : ''}${javaType(match[2] ?? '')} ${match[3]};`);
  }
  lines.push(`    ${stub.privateConstructor ? 'private' : 'public'} ${simpleName}() {}`);
  for (const method of stub.methods) lines.push(memberFromSignature(method));
  lines.push('}', '');
  return fileFor(stub.name, lines.join('\n'));
}

/** One public member of a compiled class, as `javap -public` prints it. */
type JavapMember =
  | { kind: 'field'; isStatic: boolean; type: string; name: string }
  | { kind: 'constructor'; params: string[] }
  | {
      kind: 'method';
      isStatic: boolean;
      typeParams: string;
      returnType: string;
      name: string;
      params: string[];
    };

export interface JavapClass {
  /** e.g. `class Group extends com.nawforce.runforce.System.SObject` */
  header: string;
  simpleName: string;
  members: JavapMember[];
}

/** Reads the output of `javap -public <class>` (one class). */
export function parseJavap(output: string): JavapClass {
  const lines = output.split('\n').map((line) => line.trim());
  const headerLine = lines.find((line) => /^public .*\b(class|interface) /.test(line));
  if (!headerLine) throw new Error(`No class in javap output:\n${output}`);
  const header = /^public (?:abstract )?(class|interface) ([\w.$]+)(.*)\{$/.exec(headerLine);
  if (!header) throw new Error(`Unreadable javap header: ${headerLine}`);
  const qualified = header[2] ?? '';
  const simpleName = qualified.slice(qualified.lastIndexOf('.') + 1);
  const members: JavapMember[] = [];
  for (const line of lines) {
    if (!line.startsWith('public ') || !line.endsWith(';')) continue;
    const body = line.slice('public '.length, -1).replace(/\s+throws\s+[\w.$, ]+$/, '');
    const isStatic = /^static\b/.test(body);
    const rest = body.replace(/^(static\s+)?(final\s+)?(synchronized\s+)?(native\s+)?/, '');
    const call = /^(<.+?>\s+)?(.*?)\(([^()]*)\)$/.exec(rest);
    if (!call) {
      const field = /^(.+)\s+(\S+)$/.exec(rest);
      if (field)
        members.push({ kind: 'field', isStatic, type: field[1] ?? '', name: field[2] ?? '' });
      continue;
    }
    const params = splitTopLevel(call[3] ?? '');
    const target = (call[2] ?? '').trim();
    if (target === qualified) {
      members.push({ kind: 'constructor', params });
      continue;
    }
    const split = /^(.+)\s+(\S+)$/.exec(target);
    if (!split) continue;
    members.push({
      kind: 'method',
      isStatic,
      typeParams: (call[1] ?? '').trim(),
      returnType: split[1] ?? '',
      name: split[2] ?? '',
      params
    });
  }
  return { header: `${header[1]} ${simpleName}${header[3] ?? ''}`.trimEnd(), simpleName, members };
}

/** A platform class regenerated from its javap shape, with the patch's members added. */
export function patchedClassSource(
  qualifiedName: string,
  compiled: JavapClass,
  patch: { fields?: Record<string, FieldType>; classPatch?: ClassPatch }
): JavaFile {
  const lines = [`public ${compiled.header} {`];
  const seen = new Set<string>();
  const methodLine = (
    isStatic: boolean,
    typeParams: string,
    ret: string,
    name: string,
    params: string[]
  ) => {
    const key = `${name}(${params.join(',')})`;
    // javap lists bridge methods too (same name and parameters, wider return type): keep the first.
    if (seen.has(key)) return;
    seen.add(key);
    const generic = typeParams ? `${typeParams} ` : '';
    lines.push(
      `    public ${isStatic ? 'static ' : ''}${generic}${ret} ${name}(${parameters(params)}) ${THROW}`
    );
  };
  for (const member of compiled.members) {
    if (member.kind === 'field')
      lines.push(`    public ${member.isStatic ? 'static ' : ''}${member.type} ${member.name};`);
    else if (member.kind === 'constructor')
      lines.push(`    public ${compiled.simpleName}(${parameters(member.params)}) {}`);
    else
      methodLine(member.isStatic, member.typeParams, member.returnType, member.name, member.params);
  }
  const existingFields = new Set(
    compiled.members.flatMap((member) => (member.kind === 'field' ? [member.name] : []))
  );
  for (const [field, type] of Object.entries(patch.fields ?? {}))
    if (!existingFields.has(field)) lines.push(...sobjectFieldLines(field, type));
  const append = patch.classPatch?.appendParameter;
  if (append) {
    for (const member of compiled.members)
      if (member.kind === 'method' && member.isStatic && append.toMethods.includes(member.name))
        methodLine(true, member.typeParams, member.returnType, member.name, [
          ...member.params,
          javaType(append.type)
        ]);
  }
  for (const signature of patch.classPatch?.methods ?? []) {
    const declaration = memberFromSignature(signature);
    const name = /(\w+)\(/.exec(declaration)?.[1] ?? '';
    const params = /\((.*)\)/.exec(declaration)?.[1] ?? '';
    const key = `${name}(${splitTopLevel(params)
      .map((p) => p.replace(/\s+p\d+$/, ''))
      .join(',')})`;
    if (seen.has(key)) continue;
    seen.add(key);
    lines.push(declaration);
  }
  lines.push('}', '');
  return fileFor(qualifiedName, lines.join('\n'));
}
