/** Finding the Java tools the semantic check and PMD need (a JDK 11+: java, javac, javap, jar). */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export interface JavaTools {
  java: string;
  /** Absent with a JRE only: the patched platform jar can then not be built (a cached one still works). */
  javac?: string;
  javap?: string;
  jar?: string;
  /** e.g. `17.0.15` */
  version: string;
}

/** The tool from JAVA_HOME when set, else from PATH; undefined when it does not run. */
function locate(tool: string, env: NodeJS.ProcessEnv): string | undefined {
  const candidates = env.JAVA_HOME ? [path.join(env.JAVA_HOME, 'bin', tool), tool] : [tool];
  for (const candidate of candidates) {
    if (candidate.includes(path.sep) && !existsSync(candidate)) continue;
    const probe = spawnSync(candidate, ['-version'], { encoding: 'utf8', env });
    if (!probe.error && probe.status === 0) return candidate;
  }
  return undefined;
}

/** The Java tools, or undefined when no `java` runs. */
export function findJava(env: NodeJS.ProcessEnv = process.env): JavaTools | undefined {
  const java = locate('java', env);
  if (!java) return undefined;
  const probe = spawnSync(java, ['-version'], { encoding: 'utf8', env });
  const version = /version "([^"]+)"/.exec(`${probe.stderr}${probe.stdout}`)?.[1] ?? 'unknown';
  const javac = locate('javac', env);
  // javap and jar ship beside javac in every JDK.
  const sibling = (tool: string) =>
    javac && javac.includes(path.sep) ? path.join(path.dirname(javac), tool) : tool;
  return javac
    ? { java, javac, javap: sibling('javap'), jar: sibling('jar'), version }
    : { java, version };
}

/** The major version (8 for 1.8, 17 for 17.0.x). */
export function javaMajor(version: string): number {
  const [first, second] = version.split('.');
  const major = Number(first);
  return major === 1 ? Number(second) : major;
}
