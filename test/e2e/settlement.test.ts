// End-to-end: the funding settlement and scenario in the Impact tab (Chromium, real server). A draft of Maastricht
// begeleiding in which the providers bear 50 % of an overrun again from 2023; the 2023 realisation settled under the
// version in force and compared with the draft (chart and tables), then settled under the draft itself; axe-core on the panel.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../api/harness';
import { startE2eSession, type E2eSession } from './e2e-session';

const RULESET = 'maastricht-heuvelland/wmo/begeleiding';
const realisation = readFileSync(join(ROOT, 'examples/realisatie-maastricht-heuvelland-2023.json'), 'utf8');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

function shareDraftText(): string {
  const document = JSON.parse(readFileSync(join(ROOT, 'rules', RULESET, 'v2.json'), 'utf8'));
  for (const perceel of Object.values(document.policy.percelen) as { bekostiging: { aanbiederAandeelPct: { waarde: number }[] } }[])
    perceel.bekostiging.aanbiederAandeelPct[1].waarde = 50;
  return JSON.stringify(document, null, 2);
}

describe('settlement and funding scenario in the Impact tab (Chromium)', () => {
  let session: E2eSession;
  let page: Page;

  beforeAll(async () => {
    session = await startE2eSession();
    page = session.page;
    await session.signIn();
    await session.replaceRuleSetText(RULESET, shareDraftText());
    await session.openTab('Impact');
    await page.getByRole('heading', { name: 'Bekostiging: jaarafrekening en scenario' }).waitFor();
  }, 240_000);

  afterAll(async () => {
    await session?.close();
  });

  const calculate = async () => {
    const response = page.waitForResponse((r) => r.url().endsWith('/api/afrekening') && r.request().method() === 'POST', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Afrekening berekenen' }).click();
    expect((await response).status()).toBe(200);
  };

  it('compares the version in force with the draft: the municipality bears € 100.000 more, a bar per provider and the numbers as tables', async () => {
    await page.getByLabel('Realisatie (JSON of CSV)').fill(realisation);
    expect(await page.getByLabel('Vergelijken met').inputValue()).toBe('concept');
    await calculate();
    const summary = page.locator('.scenario-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('De lasten van de regio stijgen met € 100.000,00');
    const chart = page.getByRole('img', { name: /Verschil in afrekening per aanbieder/ });
    expect(await chart.count()).toBe(1);
    // Only BGI overruns its plafond in 2023: its eight partners bear less under the draft, a bar each, right of zero.
    expect(await page.locator('svg.diverging-chart rect.diverging-positive').count()).toBe(8);
    expect(await page.locator('svg.diverging-chart rect.diverging-negative').count()).toBe(0);
    const providers = page.getByRole('table', { name: 'Verschil per aanbieder' });
    expect(await providers.locator('tbody tr').count()).toBeGreaterThanOrEqual(8);
    const municipalities = page.getByRole('table', { name: 'Lasten per gemeente' });
    expect(await municipalities.locator('tbody tr', { hasText: 'Regio' }).textContent()).toContain('€ 100.000,00');
    expect(await page.getByRole('heading', { name: /Jaarafrekening 2023 — versie 2/ }).count()).toBe(1);
    await session.shot('40-afrekening-scenario');
  });

  it('settles the 2023 realisation under the draft itself, and the draft against itself changes no euro', async () => {
    await page.getByLabel('Afrekenen onder').selectOption('concept');
    await page.getByLabel('Vergelijken met').selectOption('');
    await calculate();
    await page.getByRole('heading', { name: /Jaarafrekening 2023 — concept/ }).waitFor();
    expect(await page.locator('.settlement').textContent()).toContain('aanbieders dragen 50% = € 250.000,00');
    expect(await page.getByRole('table', { name: 'Afrekening per aanbieder, gemeente en perceel' }).locator('tbody tr').count()).toBeGreaterThan(10);
    await page.getByLabel('Vergelijken met').selectOption('concept');
    await calculate();
    await page.locator('.scenario-summary').waitFor();
    expect(await page.locator('.scenario-summary').textContent()).toContain('Geen euro verschil');
  });

  it('a realisation with an unknown municipality is refused in Dutch, naming the line and field', async () => {
    await page.getByLabel('Realisatie (JSON of CSV)').fill(realisation.replace('"gemeente": "meerssen"', '"gemeente": "heerlen"'));
    await page.getByRole('button', { name: 'Afrekening berekenen' }).click();
    const alert = page.locator('.settlement').getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/gemeente "heerlen" hoort niet bij regio maastricht-heuvelland/);
    expect(await alert.textContent()).toMatch(/\/regels\/\d+\/gemeente/);
  });

  it('has no axe-core violations on the settlement panel', async () => {
    await page.getByLabel('Realisatie (JSON of CSV)').fill(realisation);
    await page.getByLabel('Afrekenen onder').selectOption('');
    await calculate();
    await page.locator('.scenario-summary').waitFor();
    // Evaluated through the debugging protocol, so the page's Content Security Policy (script-src 'self') does not apply.
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: Element) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
      const result = await axe.run(document.querySelector('.settlement') as Element);
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
  });

  it('#/bekostiging loads the plafond and risk share from the policy ("laad uit beleid") instead of typed values', async () => {
    await session.openPage('Bekostiging', 'Bekostiging berekenen');
    await page.getByLabel('Bekostigingsmodel').selectOption('lumpsum-plafond');
    await page.getByLabel('Regelset', { exact: true }).selectOption(RULESET);
    await expect.poll(() => page.getByLabel('Perceel', { exact: true }).inputValue()).toBe('bgi');
    await page.getByLabel('Jaar', { exact: true }).fill('2023');
    await page.getByRole('button', { name: 'Laad uit beleid' }).click();
    const loaded = page.locator('.policy-loaded');
    await loaded.waitFor();
    expect(await loaded.textContent()).toContain('aanbiederAandeelPct = 70');
    expect(await loaded.textContent()).toContain('/policy/percelen/bgi/bekostiging/plafond/1');
    await expect.poll(async () => (await page.locator('.breakdown').textContent()) ?? '').toContain('plafond € 11.881.000,00');
    await session.shot('41-bekostiging-laad-uit-beleid');
  });
});
