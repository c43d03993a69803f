/**
 * Test users: an Apex test that calls user-mode code must call it inside `System.runAs` of a user
 * built by the shared `TestUserFactory` (which assigns the project's permission sets, or none for a
 * deliberate negative test). Fields deployed through the Metadata API give nobody field access, not
 * even the admin running the tests, so user-mode code called as the running user passes or fails
 * depending on the org: such a test is reported.
 *
 * User-mode code: a method whose body has `WITH USER_MODE`, `as user` DML or
 * `AccessLevel.USER_MODE`, and every method that calls one (`Class.method(`, `new Class(`, an
 * unqualified call in the same class, or an instance call of a user-mode instance method name),
 * followed through the non-test classes until nothing changes.
 *
 * In a test class a call to user-mode code is fine inside `System.runAs(u)` when `u` is a
 * `TestUserFactory.…(…)` call, or a variable (local or field) assigned from one or from a test
 * helper that returns such a user; when `u` is a parameter of a helper, every call of that helper
 * must pass such a user. A call outside any `runAs` inside a helper makes the helper user-mode
 * code for the rest of its class. This is a reading of the source, not a compiler: it errs on the
 * side of reporting, and a finding names the test method and what it calls.
 */
import type { Finding } from './findings';

export interface ApexSource {
  file: string;
  source: string;
}

/** The factory every test user must come from. */
const TEST_USER_FACTORY = 'TestUserFactory';

const KEYWORDS = new Set([
  'if',
  'for',
  'while',
  'catch',
  'switch',
  'return',
  'new',
  'else',
  'do',
  'try',
  'finally',
  'when',
  'runAs'
]);

const USER_MODE =
  /\bWITH\s+USER_MODE\b|\b(?:insert|update|upsert|delete|undelete|merge)\s+as\s+user\b|\bAccessLevel\s*\.\s*USER_MODE\b/i;

interface Method {
  name: string;
  params: string[];
  isTest: boolean;
  returnsUser: boolean;
  /** Offsets of the body, between its braces. */
  start: number;
  end: number;
  line: number;
}

interface RunAs {
  argument: string;
  start: number;
  end: number;
}

interface ParsedClass {
  file: string;
  name: string;
  /** Source with comments and string contents blanked, same offsets. */
  code: string;
  isTest: boolean;
  methods: Method[];
  runAs: RunAs[];
}

/** Blanks comments and string literal contents, keeping offsets and line breaks. */
export function stripCommentsAndStrings(source: string): string {
  let out = '';
  let i = 0;
  while (i < source.length) {
    const two = source.slice(i, i + 2);
    if (two === '//') {
      while (i < source.length && source[i] !== '\n') {
        out += ' ';
        i++;
      }
    } else if (two === '/*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end < 0 ? source.length : end + 2;
      for (; i < stop; i++) out += source[i] === '\n' ? '\n' : ' ';
    } else if (source[i] === "'") {
      out += "'";
      i++;
      while (i < source.length && source[i] !== "'") {
        if (source[i] === '\\') {
          out += '  ';
          i += 2;
          continue;
        }
        out += source[i] === '\n' ? '\n' : ' ';
        i++;
      }
      if (i < source.length) {
        out += "'";
        i++;
      }
    } else {
      out += source[i];
      i++;
    }
  }
  return out;
}

/** The offset of the brace matching the `{` at `open`. */
function matchingBrace(code: string, open: number): number {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    if (code[i] === '{') depth++;
    else if (code[i] === '}') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return code.length;
}

function lineAt(code: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < code.length; i++) if (code[i] === '\n') line++;
  return line;
}

function parameterNames(params: string): string[] {
  return params
    .split(',')
    .map((param) => param.trim().split(/\s+/).pop() ?? '')
    .filter((name) => name.length > 0);
}

export function parseClass(file: string, source: string): ParsedClass | undefined {
  const code = stripCommentsAndStrings(source);
  const header = /\bclass\s+(\w+)/i.exec(code);
  if (!header?.[1]) return undefined;
  const isTest = /@IsTest[\s\S]*?\bclass\b/i.test(code.slice(0, header.index + header[0].length));
  const methods: Method[] = [];
  const declaration = /([\w>\]]+)\s+(\w+)\s*\(([^()]*)\)\s*(?:throws\s+[\w.,\s]+)?\{/g;
  for (let match = declaration.exec(code); match; match = declaration.exec(code)) {
    const [whole, returnType = '', name = '', params = ''] = match;
    if (KEYWORDS.has(name) || KEYWORDS.has(returnType)) continue;
    const before = code.slice(Math.max(0, match.index - 1), match.index);
    if (before === '.') continue;
    const open = match.index + whole.length - 1;
    const close = matchingBrace(code, open);
    const preamble = code.slice(
      Math.max(0, code.lastIndexOf('\n', match.index - 1) - 200),
      match.index
    );
    const annotations = preamble.slice(preamble.lastIndexOf(';') + 1);
    methods.push({
      name,
      params: parameterNames(params),
      isTest:
        /@IsTest\b/i.test(annotations.split(/[{}]/).pop() ?? '') || /\btestMethod\b/i.test(whole),
      returnsUser: /^User$/i.test(returnType),
      start: open + 1,
      end: close,
      line: lineAt(code, match.index)
    });
  }
  const runAs: RunAs[] = [];
  const runAsPattern = /\bSystem\s*\.\s*runAs\s*\(/gi;
  for (let match = runAsPattern.exec(code); match; match = runAsPattern.exec(code)) {
    let depth = 1;
    let i = match.index + match[0].length;
    const argStart = i;
    for (; i < code.length && depth > 0; i++) {
      if (code[i] === '(') depth++;
      else if (code[i] === ')') depth--;
    }
    const argument = code.slice(argStart, i - 1).trim();
    const open = code.indexOf('{', i);
    if (open < 0) continue;
    runAs.push({ argument, start: open + 1, end: matchingBrace(code, open) });
  }
  return { file, name: header[1], code, isTest, methods, runAs };
}

function body(cls: ParsedClass, method: Method): string {
  return cls.code.slice(method.start, method.end);
}

/** The innermost method holding an offset (methods of inner classes are parsed too). */
function methodAt(cls: ParsedClass, offset: number): Method | undefined {
  let found: Method | undefined;
  for (const method of cls.methods)
    if (offset >= method.start && offset < method.end)
      if (!found || method.start > found.start) found = method;
  return found;
}

interface CallSite {
  offset: number;
  callee: string;
}

/**
 * Calls in `text` (starting at `base`) to user-mode code: qualified `Class.method(`, `new Class(`,
 * unqualified calls of user-mode methods of `ownClass`, and instance calls of user-mode instance
 * method names.
 */
function userModeCalls(
  text: string,
  ownClass: string,
  userMode: Map<string, Set<string>>,
  instanceNames: Set<string>,
  offset: number
): CallSite[] {
  const calls: CallSite[] = [];
  const call =
    /(?:\bnew\s+(\w+)\s*\(|(\b\w+)\s*\.\s*(\w+)\s*\(|\)\s*\.\s*(\w+)\s*\(|(?<![.\w])(\w+)\s*\()/g;
  for (let match = call.exec(text); match; match = call.exec(text)) {
    const [, constructed, receiver, method, chained, bare] = match;
    const at = offset + match.index;
    if (chained) {
      // `new Service().handle(`, `load(id).text(`: an instance call on an expression.
      if (instanceNames.has(chained.toLowerCase()))
        calls.push({ offset: at, callee: `….${chained}(…)` });
      call.lastIndex = match.index + 1;
    } else if (constructed) {
      if (userMode.get(constructed.toLowerCase())?.has(constructed.toLowerCase()))
        calls.push({ offset: at, callee: `new ${constructed}(…)` });
    } else if (receiver && method) {
      const owner = userMode.get(receiver.toLowerCase());
      if (owner?.has(method.toLowerCase()))
        calls.push({ offset: at, callee: `${receiver}.${method}(…)` });
      else if (
        receiver.toLowerCase() === 'this' &&
        userMode.get(ownClass.toLowerCase())?.has(method.toLowerCase())
      )
        calls.push({ offset: at, callee: `${ownClass}.${method}(…)` });
      else if (!owner && /^[a-z]/.test(receiver) && instanceNames.has(method.toLowerCase()))
        calls.push({ offset: at, callee: `${receiver}.${method}(…)` });
    } else if (bare && !KEYWORDS.has(bare)) {
      if (userMode.get(ownClass.toLowerCase())?.has(bare.toLowerCase()))
        calls.push({ offset: at, callee: `${ownClass}.${bare}(…)` });
    }
  }
  return calls;
}

/** User-mode methods of the non-test classes: class (lower case) → method names (lower case). */
export function userModeMethods(classes: ParsedClass[]): Map<string, Set<string>> {
  const userMode = new Map<string, Set<string>>();
  const production = classes.filter((cls) => !cls.isTest);
  const mark = (cls: ParsedClass, method: Method): boolean => {
    const key = cls.name.toLowerCase();
    const names = userMode.get(key) ?? new Set<string>();
    userMode.set(key, names);
    if (names.has(method.name.toLowerCase())) return false;
    names.add(method.name.toLowerCase());
    return true;
  };
  for (const cls of production)
    for (const method of cls.methods) if (USER_MODE.test(body(cls, method))) mark(cls, method);
  let changed = true;
  while (changed) {
    changed = false;
    const instanceNames = new Set([...userMode.values()].flatMap((names) => [...names]));
    for (const cls of production)
      for (const method of cls.methods) {
        if (userMode.get(cls.name.toLowerCase())?.has(method.name.toLowerCase())) continue;
        const calls = userModeCalls(body(cls, method), cls.name, userMode, instanceNames, 0);
        if (calls.length > 0 && mark(cls, method)) changed = true;
      }
  }
  return userMode;
}

/** Whether an expression builds a user through the factory (directly or through a test helper). */
function buildsTestUser(expression: string, userBuilders: Set<string>): boolean {
  if (new RegExp(`\\b${TEST_USER_FACTORY}\\s*\\.\\s*\\w+\\s*\\(`).test(expression)) return true;
  const call = /(?:(\w+)\s*\.\s*)?(\w+)\s*\(/g;
  for (let match = call.exec(expression); match; match = call.exec(expression)) {
    const name = `${match[1] ? `${match[1]}.` : ''}${match[2]}`.toLowerCase();
    if (userBuilders.has(name) || userBuilders.has((match[2] ?? '').toLowerCase())) return true;
  }
  return false;
}

/** `v = <expr>;` assignments of a variable anywhere in the class (locals and fields). */
function assignedFromTestUser(
  cls: ParsedClass,
  variable: string,
  within: { start: number; end: number } | undefined,
  userBuilders: Set<string>
): boolean {
  const text = within ? cls.code.slice(within.start, within.end) : cls.code;
  const assignment = new RegExp(`\\b${variable}\\s*=(?!=)([^;]*);`, 'g');
  for (let match = assignment.exec(text); match; match = assignment.exec(text))
    if (buildsTestUser(match[1] ?? '', userBuilders)) return true;
  return false;
}

/** Test helpers (in any test class) that return a user built by the factory. */
function testUserBuilders(classes: ParsedClass[]): Set<string> {
  const builders = new Set<string>();
  let changed = true;
  while (changed) {
    changed = false;
    for (const cls of classes.filter((c) => c.isTest || c.name === TEST_USER_FACTORY))
      for (const method of cls.methods) {
        const key = `${cls.name}.${method.name}`.toLowerCase();
        if (!method.returnsUser || builders.has(key)) continue;
        const text = body(cls, method);
        if (cls.name === TEST_USER_FACTORY || buildsTestUser(text, builders)) {
          builders.add(key);
          builders.add(method.name.toLowerCase());
          changed = true;
        }
      }
  }
  return builders;
}

function splitArguments(text: string): string[] {
  const args: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(' || char === '{' || char === '[') depth++;
    if (char === ')' || char === '}' || char === ']') depth--;
    if (char === ',' && depth === 0) {
      args.push(current.trim());
      current = '';
    } else current += char;
  }
  if (current.trim()) args.push(current.trim());
  return args;
}

/** The arguments of every call of `method` in the class, with where the call is. */
function callsOf(cls: ParsedClass, method: string): { offset: number; args: string[] }[] {
  const calls: { offset: number; args: string[] }[] = [];
  const pattern = new RegExp(`(?<![.\\w])${method}\\s*\\(`, 'g');
  for (let match = pattern.exec(cls.code); match; match = pattern.exec(cls.code)) {
    const start = match.index + match[0].length;
    let depth = 1;
    let i = start;
    for (; i < cls.code.length && depth > 0; i++) {
      if (cls.code[i] === '(') depth++;
      else if (cls.code[i] === ')') depth--;
    }
    const after = cls.code.slice(i).trimStart();
    if (after.startsWith('{')) continue; // the declaration itself
    calls.push({ offset: match.index, args: splitArguments(cls.code.slice(start, i - 1)) });
  }
  return calls;
}

/** Every violation of the rule in the given Apex sources. */
export function findTestUserViolations(sources: ApexSource[]): Finding[] {
  const classes = sources
    .filter((source) => source.file.endsWith('.cls'))
    .map((source) => parseClass(source.file, source.source))
    .filter((cls): cls is ParsedClass => cls !== undefined);
  const userMode = userModeMethods(classes);
  const instanceNames = new Set([...userMode.values()].flatMap((names) => [...names]));
  const builders = testUserBuilders(classes);
  const findings: Finding[] = [];

  for (const cls of classes.filter((c) => c.isTest && c.name !== TEST_USER_FACTORY)) {
    // Helpers of this class that reach user-mode code outside runAs become user-mode callees here.
    const local = new Map(userMode);
    const ownKey = cls.name.toLowerCase();
    local.set(ownKey, new Set(userMode.get(ownKey) ?? []));
    const reported = new Set<string>();
    const report = (offset: number, message: string): void => {
      const method = methodAt(cls, offset);
      const key = `${method?.name}:${message}`;
      if (reported.has(key)) return;
      reported.add(key);
      findings.push({
        check: 'test-users',
        severity: 'error',
        file: cls.file,
        line: lineAt(cls.code, offset),
        message: `${method?.isTest ? 'test' : 'helper'} ${cls.name}.${method?.name ?? '?'} ${message}`,
        rule: 'TestUserWithPermissionSets'
      });
    };
    let changed = true;
    const pending: { offset: number; callee: string; method: Method }[] = [];
    while (changed) {
      changed = false;
      pending.length = 0;
      for (const method of cls.methods) {
        const calls = userModeCalls(
          body(cls, method),
          cls.name,
          local,
          instanceNames,
          method.start
        );
        for (const call of calls) {
          if (methodAt(cls, call.offset) !== method) continue;
          const guard = cls.runAs
            .filter((block) => call.offset >= block.start && call.offset < block.end)
            .sort((a, b) => b.start - a.start)[0];
          if (guard) {
            pending.push({ ...call, method });
            continue;
          }
          if (method.isTest) pending.push({ ...call, method });
          else if (!local.get(ownKey)?.has(method.name.toLowerCase())) {
            local.get(ownKey)?.add(method.name.toLowerCase());
            changed = true;
          }
        }
      }
    }
    for (const call of pending) {
      const guard = cls.runAs
        .filter((block) => call.offset >= block.start && call.offset < block.end)
        .sort((a, b) => b.start - a.start)[0];
      const needs = `calls user-mode ${call.callee}`;
      if (!guard) {
        report(
          call.offset,
          `${needs} outside System.runAs: run it as a user built by ${TEST_USER_FACTORY} with the project's permission sets`
        );
        continue;
      }
      const argument = guard.argument;
      if (buildsTestUser(argument, builders)) continue;
      const variable = /^\w+$/.test(argument) ? argument : undefined;
      if (!variable) {
        report(
          guard.start,
          `${needs} in System.runAs(${argument}), a user not built by ${TEST_USER_FACTORY}`
        );
        continue;
      }
      const position = call.method.params.findIndex(
        (param) => param.toLowerCase() === variable.toLowerCase()
      );
      if (position >= 0) {
        // runAs(parameter): every caller must pass a factory-built user.
        for (const caller of callsOf(cls, call.method.name)) {
          const passed = caller.args[position] ?? '';
          const callerMethod = methodAt(cls, caller.offset);
          const ok =
            buildsTestUser(passed, builders) ||
            (/^\w+$/.test(passed) &&
              (assignedFromTestUser(cls, passed, callerMethod, builders) ||
                assignedFromTestUser(cls, passed, undefined, builders)));
          if (!ok)
            report(
              caller.offset,
              `passes ${passed || 'nothing'} to ${call.method.name}, which ${needs} in System.runAs of it: pass a user built by ${TEST_USER_FACTORY}`
            );
        }
        continue;
      }
      if (
        assignedFromTestUser(cls, variable, call.method, builders) ||
        assignedFromTestUser(cls, variable, undefined, builders)
      )
        continue;
      report(
        guard.start,
        `${needs} in System.runAs(${variable}), a user not built by ${TEST_USER_FACTORY}`
      );
    }
  }
  return findings.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}
