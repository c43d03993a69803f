/**
 * The simulator's HTML page as a reader sees it: rendered by headless Chromium, everything needed
 * to read the charts is on the page (titles, axis names with units, hour labels that do not run
 * together, round ticks, a sentence under each chart), not only in tooltips.
 *
 * Chromium comes from the system (.ci/run installs the Debian package). Without it the test is
 * skipped with a message, except under CI, where a missing browser is a failure.
 */
import type { Locator, Page } from 'playwright-core';
import { findChromium, INSTALL_CHROMIUM, withPage } from '../../../scripts/lib/chromium';
import { htmlReport } from '../../../scripts/simulate/html';
import { runScenario } from '../../../scripts/simulate/run';
import { fixtureScenario } from '../../fixtures/simulate/scenario-builder';

const chromium = findChromium();
const mustRun = Boolean(process.env.CI);
if (!chromium && !mustRun)
  console.warn(`HTML report rendering test skipped: Chromium was not found (${INSTALL_CHROMIUM}).`);

const suite = chromium || mustRun ? describe : describe.skip;

interface Rendered {
  headings: string[];
  captions: string[];
  axisNames: string[];
  charts: { hours: { text: string; left: number; right: number }[]; ticks: string[] }[];
  body: string;
}

/** Visible text of each element the locator finds (what a reader sees, not tooltips). */
async function visibleTexts(locator: Locator): Promise<string[]> {
  const texts: string[] = [];
  for (const element of await locator.all())
    if (await element.isVisible()) texts.push((await element.textContent()) ?? '');
  return texts;
}

async function read(page: Page): Promise<Rendered> {
  const charts: Rendered['charts'] = [];
  for (const svg of await page.locator('figure svg').all()) {
    const hours: Rendered['charts'][number]['hours'] = [];
    for (const label of await svg.locator('text.hour').all()) {
      const box = await label.boundingBox();
      if (box && (await label.isVisible()))
        hours.push({
          text: (await label.textContent()) ?? '',
          left: box.x,
          right: box.x + box.width
        });
    }
    charts.push({ hours, ticks: await visibleTexts(svg.locator('text.tick:not(.hour)')) });
  }
  return {
    headings: await visibleTexts(page.locator('h1, h2, h3')),
    captions: await visibleTexts(page.locator('figcaption')),
    axisNames: await visibleTexts(page.locator('svg .axis-name')),
    charts,
    body: await page.locator('body').innerText()
  };
}

suite('the simulation report in a browser', () => {
  let rendered: Rendered;

  beforeAll(async () => {
    if (!chromium)
      throw new Error(`CI must render the report, but Chromium was not found: ${INSTALL_CHROMIUM}`);
    const output = runScenario(fixtureScenario({ days: 2 }));
    rendered = await withPage(async (page) => {
      await page.setContent(htmlReport(output), { waitUntil: 'load' });
      return read(page);
    });
  }, 120_000);

  it('given the rendered page, then every chart has a visible title naming the channel, the measure and the hour of arrival', () => {
    for (const title of [
      'Phone: wait to be answered, 95th percentile by hour of arrival',
      'Phone: abandoned, by hour of arrival',
      'Email: wait for a reply, 95th percentile by hour of arrival',
      'Email: replied by a person within 4.0 h, by hour of arrival',
      'Chat: wait for a person, 95th percentile by hour of arrival',
      'Chat: abandoned, by hour of arrival'
    ])
      expect(rendered.headings).toContain(title);
  });

  it('given the rendered page, then both axes of every chart are named, the value axis with its unit', () => {
    expect(rendered.axisNames.filter((n) => n === 'Hour of arrival')).toHaveLength(6);
    const valueAxes = rendered.axisNames.filter((n) => n !== 'Hour of arrival');
    expect(valueAxes).toHaveLength(6);
    for (const name of valueAxes)
      expect(name).toMatch(/\((seconds|minutes|hours|% of (calls|chats|emails))\)$/);
  });

  it('given the rendered page, then a sentence under each chart says what it shows, and the page explains the waits', () => {
    expect(rendered.captions).toHaveLength(6);
    for (const caption of rendered.captions) expect(caption).toMatch(/^Each (point|bar) is .*\.$/);
    expect(rendered.body).toContain('Waits count every contact');
    expect(rendered.body).toContain('Why can a routed wait sit above the baseline one?');
  });

  it('given the rendered page, then hour labels read as times and never overlap', () => {
    expect(rendered.charts).toHaveLength(6);
    for (const chart of rendered.charts) {
      expect(chart.hours.length).toBeGreaterThan(2);
      for (const label of chart.hours) expect(label.text).toMatch(/^\d\d:00$/);
      for (let i = 1; i < chart.hours.length; i++)
        expect(chart.hours[i]!.left).toBeGreaterThan(chart.hours[i - 1]!.right + 2);
    }
  });

  it('given the rendered page, then the value ticks are round: evenly spaced by 1, 2 or 5 times a power of ten, from 0', () => {
    expect(rendered.charts).toHaveLength(6);
    for (const chart of rendered.charts) {
      const values = chart.ticks.map((t) => Number(t.replace(/[^\d.]/g, '')));
      expect(values[0]).toBe(0);
      const step = values[1]! - values[0]!;
      const mantissa = Number((step / 10 ** Math.floor(Math.log10(step))).toFixed(6));
      expect([1, 2, 5]).toContain(mantissa);
      values.forEach((v, i) => expect(v).toBeCloseTo(i * step, 6));
    }
  });
});
