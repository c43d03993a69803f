/**
 * Headless Chromium for rendering the project's HTML pages (the simulator report's screenshot, and
 * the test that reads the rendered page): the system's Chromium (the Debian package installs
 * /usr/bin/chromium), driven by playwright-core, which downloads no browser of its own. Each run
 * gets a fresh profile folder, removed afterwards.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ToolError } from './cli';

/** An explicit path wins; then the usual places of a system Chromium or Chrome. */
const CHROMIUM_ENV = 'CHROMIUM_PATH';
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable'
];

/** No background traffic, no first-run work, no sandbox (containers and CI run as root). */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run'
];

export const INSTALL_CHROMIUM =
  'install Chromium (Debian or Ubuntu: apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium or Chrome executable';

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const explicit = env[CHROMIUM_ENV];
  if (explicit) return existsSync(explicit) ? explicit : undefined;
  return CANDIDATES.find((candidate) => existsSync(candidate));
}

/** Opens a page in a fresh headless Chromium, runs `work`, and closes everything. */
export async function withPage<T>(
  work: (page: Page) => Promise<T>,
  options: { executablePath?: string; width?: number; height?: number } = {}
): Promise<T> {
  const executablePath = options.executablePath ?? findChromium();
  if (!executablePath) throw new ToolError(`Chromium was not found: ${INSTALL_CHROMIUM}`);
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(path.join(os.tmpdir(), 'omni-chromium-'));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: options.width ?? 1320, height: options.height ?? 900 }
    });
    try {
      return await work(context.pages()[0] ?? (await context.newPage()));
    } finally {
      await context.close();
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Renders a self-contained HTML page and writes a PNG of all of it. */
export async function screenshotHtml(html: string, file: string): Promise<void> {
  await withPage(async (page) => {
    await page.setContent(html, { waitUntil: 'load' });
    await page.screenshot({ path: file, fullPage: true });
  });
}
