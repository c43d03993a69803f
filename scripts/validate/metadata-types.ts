/**
 * The Metadata API type definitions, read from @salesforce/types (lib/metadata.d.ts), a maintained
 * Salesforce source that tracks the current API: every type is
 * `export type X = Metadata & { field?: T; list: U[] }` and every enum a union of string literals.
 * Parsed once per process with the TypeScript compiler API (syntax only: no type checker needed).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export type Primitive = 'string' | 'number' | 'boolean' | 'any';

export type FieldType =
  | { kind: 'primitive'; primitive: Primitive }
  | { kind: 'enum'; name: string; values: ReadonlySet<string> }
  | { kind: 'object'; name: string };

export interface FieldDef {
  name: string;
  /** Declared without `?`. Lists are never required: an empty list is no element at all. */
  optional: boolean;
  list: boolean;
  type: FieldType;
}

export interface ObjectType {
  name: string;
  /** Fields in declaration order, inherited ones (e.g. Metadata's fullName) first. */
  fields: Map<string, FieldDef>;
  /** Derives from Metadata: can be the root element of a metadata file. */
  isMetadata: boolean;
}

type RawType =
  | { kind: 'keyword'; primitive: Primitive }
  | { kind: 'ref'; name: string }
  | { kind: 'literals'; values: string[] };

interface RawMember {
  name: string;
  optional: boolean;
  list: boolean;
  type: RawType;
}

type RawDecl =
  | { kind: 'enum'; values: string[] }
  | { kind: 'alias'; target: RawType }
  | { kind: 'object'; bases: string[]; members: RawMember[] };

const KEYWORDS: Partial<Record<ts.SyntaxKind, Primitive>> = {
  [ts.SyntaxKind.StringKeyword]: 'string',
  [ts.SyntaxKind.NumberKeyword]: 'number',
  [ts.SyntaxKind.BooleanKeyword]: 'boolean',
  [ts.SyntaxKind.AnyKeyword]: 'any',
  [ts.SyntaxKind.UnknownKeyword]: 'any'
};

function entityName(name: ts.EntityName): string {
  return ts.isIdentifier(name) ? name.text : `${entityName(name.left)}.${name.right.text}`;
}

function literalValues(node: ts.TypeNode): string[] | undefined {
  const parts = ts.isUnionTypeNode(node) ? [...node.types] : [node];
  const values: string[] = [];
  for (const part of parts) {
    if (!ts.isLiteralTypeNode(part) || !ts.isStringLiteral(part.literal)) return undefined;
    values.push(part.literal.text);
  }
  return values;
}

function rawType(node: ts.TypeNode): RawType {
  const keyword = KEYWORDS[node.kind];
  if (keyword) return { kind: 'keyword', primitive: keyword };
  if (ts.isTypeReferenceNode(node)) return { kind: 'ref', name: entityName(node.typeName) };
  const values = literalValues(node);
  if (values) return { kind: 'literals', values };
  if (ts.isParenthesizedTypeNode(node)) return rawType(node.type);
  return { kind: 'keyword', primitive: 'any' };
}

function members(literal: ts.TypeLiteralNode): RawMember[] {
  const found: RawMember[] = [];
  for (const member of literal.members) {
    if (!ts.isPropertySignature(member) || !member.type) continue;
    let type = member.type;
    let list = false;
    if (ts.isArrayTypeNode(type)) {
      list = true;
      type = type.elementType;
    }
    found.push({
      name: ts.isIdentifier(member.name) || ts.isStringLiteral(member.name) ? member.name.text : '',
      optional: member.questionToken !== undefined,
      list,
      type: rawType(type)
    });
  }
  return found;
}

function rawDecl(node: ts.TypeNode): RawDecl {
  const values = literalValues(node);
  if (values) return { kind: 'enum', values };
  if (ts.isTypeLiteralNode(node)) return { kind: 'object', bases: [], members: members(node) };
  if (ts.isIntersectionTypeNode(node)) {
    const decl = { kind: 'object' as const, bases: [] as string[], members: [] as RawMember[] };
    for (const part of node.types) {
      if (ts.isTypeReferenceNode(part)) decl.bases.push(entityName(part.typeName));
      else if (ts.isTypeLiteralNode(part)) decl.members.push(...members(part));
    }
    return decl;
  }
  return { kind: 'alias', target: rawType(node) };
}

/** The type definitions of one metadata.d.ts file. */
export class MetadataTypes {
  private readonly objects = new Map<string, ObjectType | null>();

  constructor(
    private readonly decls: Map<string, RawDecl>,
    readonly source: string
  ) {}

  get size(): number {
    return this.decls.size;
  }

  /** The object type called `name` (following aliases such as `ReportFolder = Folder`). */
  object(name: string): ObjectType | undefined {
    if (this.objects.has(name)) return this.objects.get(name) ?? undefined;
    this.objects.set(name, null); // guards against a cycle while resolving bases
    const resolved = this.resolveObject(name);
    this.objects.set(name, resolved ?? null);
    return resolved;
  }

  private resolveObject(name: string): ObjectType | undefined {
    const decl = this.decls.get(name);
    if (!decl) return undefined;
    if (decl.kind === 'alias')
      return decl.target.kind === 'ref' ? this.object(decl.target.name) : undefined;
    if (decl.kind !== 'object') return undefined;
    const fields = new Map<string, FieldDef>();
    let isMetadata = name === 'Metadata';
    for (const base of decl.bases) {
      const baseType = this.object(base);
      if (!baseType) continue;
      isMetadata ||= baseType.isMetadata;
      for (const [fieldName, field] of baseType.fields) fields.set(fieldName, field);
    }
    for (const member of decl.members) {
      fields.set(member.name, {
        name: member.name,
        optional: member.optional,
        list: member.list,
        type: this.fieldType(member.type, `${name}.${member.name}`)
      });
    }
    return { name, fields, isMetadata };
  }

  private fieldType(raw: RawType, where: string, depth = 0): FieldType {
    if (raw.kind === 'keyword') return { kind: 'primitive', primitive: raw.primitive };
    if (raw.kind === 'literals') return { kind: 'enum', name: where, values: new Set(raw.values) };
    const decl = this.decls.get(raw.name);
    if (!decl || depth > 10) return { kind: 'primitive', primitive: 'any' };
    if (decl.kind === 'enum') return { kind: 'enum', name: raw.name, values: new Set(decl.values) };
    if (decl.kind === 'alias') return this.fieldType(decl.target, raw.name, depth + 1);
    return { kind: 'object', name: raw.name };
  }

  /** Names of every type deriving from Metadata (possible root elements). */
  metadataTypeNames(): string[] {
    return [...this.decls.keys()].filter((name) => this.object(name)?.isMetadata);
  }
}

/**
 * Where the installed @salesforce/types keeps metadata.d.ts. The package exports only the
 * compiled `./metadata` entry (lib/metadata.js); the declarations sit beside it.
 */
function metadataDtsPath(): string {
  const entry = require.resolve('@salesforce/types/metadata');
  return path.join(path.dirname(entry), 'metadata.d.ts');
}

export function parseMetadataTypes(source: string, fileName = 'metadata.d.ts'): MetadataTypes {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false);
  const decls = new Map<string, RawDecl>();
  for (const statement of file.statements) {
    if (ts.isTypeAliasDeclaration(statement))
      decls.set(statement.name.text, rawDecl(statement.type));
  }
  return new MetadataTypes(decls, fileName);
}

const cache = new Map<string, MetadataTypes>();

/** The Metadata API types, parsed once per process. */
export function loadMetadataTypes(file = metadataDtsPath()): MetadataTypes {
  let types = cache.get(file);
  if (!types) {
    types = parseMetadataTypes(readFileSync(file, 'utf8'), file);
    cache.set(file, types);
  }
  return types;
}
