// End-to-end: the funding calculator (#/bekostiging) in Chromium against the real server — form from the schema,
// POST /api/calc/{model}, breakdown in euros and the SVG charts; the route never loads Monaco.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { startE2eSession, type E2eSession } from './e2e-session';

describe('funding calculator end to end (Chromium)', () => {
  let session: E2eSession;
  let page: Page;
  const requested: string[] = [];

  beforeAll(async () => {
    session = await startE2eSession();
    page = session.page;
    page.on('request', (r) => requested.push(r.url()));
    await session.signIn();
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  const resultValue = (field: string) => page.locator('.result-table tr', { has: page.locator('th', { hasText: new RegExp(`^${field}$`) }) }).locator('td');

  it('shows the budgetafspraak worked example with the band shaded and the breakdown in euros, without Monaco', async () => {
    await session.openPage('Bekostiging', 'Bekostiging berekenen');
    await page.getByLabel('Bekostigingsmodel').selectOption('budgetafspraak');
    await page.getByTestId('chart-band').waitFor();
    expect(await page.getByLabel('Budget (€)').inputValue()).toBe('100.000,00');
    await expect.poll(() => resultValue('Afrekening').textContent()).toBe('€ 0,00');
    const breakdown = await page.locator('.breakdown').textContent();
    expect(breakdown).toContain('geen afrekening tussen € 95.000,00 en € 105.000,00');
    expect(Number(await page.getByTestId('chart-band').getAttribute('width'))).toBeGreaterThan(0);
    expect(await page.getByRole('img', { name: /Afrekening tegen realisatie/ }).count()).toBe(1);
    expect(requested.filter((u) => /editor\.api|ruleset-editor-page/.test(u))).toEqual([]);
  });

  it('updates the result when a field is changed with the keyboard, and names the field in a Dutch error', async () => {
    const realisatie = page.getByLabel('Realisatie (€)');
    await realisatie.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('12.5');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Realisatie: "12.5" gebruik een komma als decimaalteken');
    expect(await realisatie.getAttribute('aria-invalid')).toBe('true');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('110.000,01');
    await expect.poll(() => resultValue('Afrekening').textContent()).toBe('€ 10.000,01');
    expect(await resultValue('Vastgesteld bedrag').textContent()).toBe('€ 110.000,01');
    expect(await resultValue('Binnen bandbreedte').textContent()).toBe('nee');
    expect(await page.locator('.chart-legend').textContent()).toContain('huidige invoer: € 110.000 → € 10.000,01');
    await session.shot('30-bekostiging-budgetafspraak');
  });

  it('splits the lumpsum overrun between the municipality and the providers', async () => {
    await page.getByLabel('Bekostigingsmodel').selectOption('lumpsum-plafond');
    await expect.poll(() => page.getByTestId('lumpsum-bar').count()).toBe(2);
    await expect.poll(() => resultValue('Overschrijding').textContent()).toBe('€ 218.644,00');
    expect(await resultValue('Gemeente deel').textContent()).toBe('€ 65.593,20');
    expect(await page.locator('.chart table').textContent()).toContain('Partner A betaalt terug€ 91.830,48');
    // One scale for both bars: a euro is as wide in the overrun bar as in the spending bar; one colour per party.
    const bars = await page
      .getByTestId('lumpsum-bar')
      .evaluateAll((gs) =>
        gs.map((g) => Array.from(g.querySelectorAll('rect')).map((r) => ({ width: Number(r.getAttribute('width')), cls: r.getAttribute('class') }))),
      );
    expect(bars[1][1].width / 91830.48).toBeCloseTo(bars[0][0].width / 6000000, 6);
    expect(bars[1][1].cls).toBe(bars[0][0].cls);
    expect(bars[1][0].cls).not.toBe(bars[0][2].cls);
    // The model picker shows Dutch names, not ids.
    expect(await page.locator('#bekostigingsmodel option:checked').textContent()).toBe('Lumpsum binnen budgetplafond: nacalculatie');
    expect(await page.locator('#bekostigingsmodel option').allTextContents()).not.toContain('lumpsum-plafond');
    expect(await axeViolations(page)).toEqual([]);
    await session.shot('31-lumpsum');
  });

  it('shows clients helped against duration for the plekken example (3 trajectories → 3,5 and 2,5 clients)', async () => {
    await page.getByLabel('Bekostigingsmodel').selectOption('plekken');
    await expect.poll(() => resultValue('Geholpen cliënten').textContent()).toBe('3,50');
    const legend = await page.locator('.chart-legend').textContent();
    expect(legend).toContain('afgesproken doorlooptijd: 7 → 3');
    expect(legend).toContain('snellere uitstroom: 6 → 3,5');
    expect(legend).toContain('langere doorlooptijd: 8,4 → 2,5');
    expect(await page.getByTestId('chart-mark').count()).toBe(4);
    await session.shot('32-plekken');
  });
});
