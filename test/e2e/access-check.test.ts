// End-to-end, keyboard only: an access worker checks a Venlo Wmo S1b decision in which the toegang fixed the intensity.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { E2E_TOKEN, startE2eSession, type E2eSession } from './e2e-session';

/** The accessible name of the focused element: its label's text, else its own text. */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    const input = el as HTMLInputElement;
    const label = input.labels?.[0]?.textContent ?? '';
    return (label || el.textContent || '').trim();
  });
}

/** Presses Tab until the focused element's name matches (keyboard only, as a user would). */
async function tabTo(page: Page, name: string | RegExp, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const current = await focusedName(page);
    if (typeof name === 'string' ? current === name : name.test(current)) return;
  }
  throw new Error(`Geen veld "${String(name)}" bereikt met Tab`);
}

describe('toegangscheck end to end, keyboard only (Chromium)', () => {
  let session: E2eSession;
  let page: Page;

  beforeAll(async () => {
    session = await startE2eSession();
    page = session.page;
    await session.signIn();
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  it('checks a decision, shows HOE_BIJ_AANBIEDER in plain Dutch with advice, and saves the decision dossier as HTML', async () => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(`${session.server.url}/#/toegangscheck`);
    await page.getByRole('heading', { name: 'Toegangscheck' }).waitFor();
    await page.locator('#gemeente option[value="noord-limburg/venlo"]').waitFor({ state: 'attached' });

    await tabTo(page, 'Gemeente');
    await page.keyboard.type('Venlo');
    // Venlo is in Noord-Limburg and among the reference models: typing picks the first, the region is part of the value.
    expect(await page.locator('#gemeente').inputValue()).toBe('noord-limburg/venlo');
    await page.locator('#segment option', { hasText: 'S1b — volwassenen' }).waitFor({ state: 'attached' });
    await tabTo(page, 'Segment');
    // Segment labels start with the segment, so typing it selects it.
    await page.keyboard.type('S1b');
    await page.locator('#perceel option[value="regionaal"]').waitFor({ state: 'attached' });
    expect(await page.locator('#perceel').inputValue()).toBe('regionaal');
    // Who decides, under the policy in force for Venlo today: the provider decides the HOE, so it is preset open.
    await page.getByText('Intensiteit vastgesteld door (volgens beleid: aanbieder)').waitFor();
    await expect.poll(() => page.locator('input[name="hoe-intensiteit-door"]:checked').inputValue(), { timeout: 15_000 }).toBe('open');
    expect(await page.locator('input[name="wat-door"]:checked').inputValue()).toBe('toegang');
    // Adult Wmo: no youth result areas.
    expect(await page.getByRole('group', { name: 'Resultaatgebieden' }).innerText()).not.toContain('Opvoeding');
    await tabTo(page, 'Leeftijd (jaren)');
    await page.keyboard.type('46');
    await tabTo(page, 'Hulpvraag');
    await page.keyboard.type('enkel');
    await tabTo(page, 'Doelen (één per regel)');
    await page.keyboard.type('Zelfstandig de eigen administratie bijhouden');
    // The result areas are one tab stop: Tab lands on the first box, arrow keys move inside, Space ticks.
    await tabTo(page, 'Financiën');
    await page.keyboard.press('ArrowDown');
    expect(await focusedName(page)).toBe('Dagbesteding');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).not.toBe('Dagbesteding');
    await page.keyboard.press('Shift+Tab');
    await tabTo(page, 'Intensiteit: vastgestelde waarde');
    await page.keyboard.type('3 uur per week');
    // Into the "vastgesteld door" radio group (on "open"), then up to "toegang".
    await page.keyboard.press('Tab');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp');
    expect(await page.locator('input[name="hoe-intensiteit-door"]:checked').inputValue()).toBe('toegang');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');

    const heading = page.getByRole('heading', { name: 'Uitkomst van de toets' });
    await heading.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Uitkomst van de toets');
    const result = page.locator('.access-result');
    const text = (await result.textContent()) ?? '';
    expect(text).toContain('HOE_BIJ_AANBIEDER');
    expect(text).toContain("De toegang heeft 'intensiteit' vastgesteld, maar in dit segment bepaalt de aanbieder dat");
    expect(text).toContain("Advies: Laat 'intensiteit' open in het besluit");
    expect(text).toContain('Einddatum van de indicatie (leeg: onbepaalde tijd)');
    expect(await page.locator('body').innerText()).not.toContain('{"');
    expect(requested.filter((u) => /editor\.api|ruleset-editor-page|monaco/i.test(u))).toEqual([]);
    // The result comes into view.
    const box = await heading.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(1000);
    expect(await axeViolations(page)).toEqual([]);
    await session.shot('10-toegangscheck');

    await tabTo(page, 'Beschikkingsdossier tonen');
    await page.keyboard.press('Enter');
    const dossier = page.locator('article.dossier');
    await dossier.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Beschikkingsdossier');
    await tabTo(page, 'Zaaknummer');
    await page.keyboard.type('ZK-2022-0042');
    await tabTo(page, 'Consulent');
    await page.keyboard.type('J. Jansen (fictief)');
    await tabTo(page, 'Oordeel in één regel');
    await page.keyboard.type('Intensiteit open laten voor de aanbieder.');
    expect(await page.getByTestId('dossier-zaaknummer').innerText()).toBe('ZK-2022-0042');
    const dossierText = (await dossier.innerText()) ?? '';
    expect(dossierText).toMatch(/Versie\s+1, geldig vanaf 1 januari 2022/);
    const hash = /sha256:[0-9a-f]{64}/.exec(dossierText)?.[0];
    expect(hash).toBeDefined();
    expect(dossierText).toContain('Toegang stuurt op kortdurende indicatie met helder resultaat en goede monitoring.');
    expect(dossierText).toContain('3 uur per week, vastgesteld door toegang');
    expect(dossierText).toContain('WAT: toegang; HOE: aanbieder');
    // Sources by their document title, never a file name.
    expect(dossierText).not.toMatch(/\.txt\b|\d{3}_[0-9a-f]{6,}/);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.locator('body').innerText()).not.toContain('{"');
    await session.shot('11-dossier');

    const downloaded = page.waitForEvent('download');
    await tabTo(page, 'Opslaan als HTML');
    await page.keyboard.press('Enter');
    const download = await downloaded;
    expect(download.suggestedFilename()).toMatch(/^beschikkingsdossier-ZK-2022-0042-\d{4}-\d{2}-\d{2}\.html$/);
    const html = readFileSync((await download.path())!, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<style>');
    expect(html).not.toContain('<script');
    expect(html).toContain(hash!);
    expect(html).toContain('Toegang stuurt op kortdurende indicatie met helder resultaat en goede monitoring.');
    expect(html).toContain('HOE_BIJ_AANBIEDER');
    expect(html).toContain('J. Jansen (fictief)');
    expect(html).toContain('Intensiteit open laten voor de aanbieder.');

    // Editing the form after the check marks the result as stale.
    await page.locator('#leeftijd').fill('47');
    await page.getByText('Verouderd: het formulier is gewijzigd na deze toets.').waitFor();
  });

  it('follows the policy in force for the municipality and date: a Horst aan de Maas override presets the intensity', async () => {
    // A second version (fictional) from 2023: Horst aan de Maas lets the toegang set the intensity itself.
    const call = async (method: string, path: string, body?: unknown, ifMatch?: string) => {
      const response = await fetch(`${session.server.url}${path}`, {
        method,
        headers: { authorization: `Bearer ${E2E_TOKEN}`, 'content-type': 'application/json', ...(ifMatch ? { 'if-match': ifMatch } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const json = await response.json();
      expect(response.status, JSON.stringify(json)).toBeLessThan(300);
      return { json, etag: response.headers.get('etag') ?? '' };
    };
    const base = '/api/rulesets/noord-limburg/wmo/S1b';
    const draft = await call('POST', `${base}/drafts`, { fromVersion: 1 });
    const document = draft.json.document;
    const bron = document.policy.percelen.regionaal.toegang.bron;
    document.overrides = {
      'horst-aan-de-maas': {
        description: 'Fictief voorbeeld: in Horst aan de Maas stelt de toegang de intensiteit zelf vast.',
        source: [bron],
        policy: { percelen: { regionaal: { toegang: { hoe: 'deels-toegang', hoeElementenToegang: ['intensiteit'] } } } },
      },
    };
    const saved = await call('PUT', `${base}/drafts/${draft.json.id}`, { document }, draft.etag);
    await call(
      'POST',
      `${base}/drafts/${draft.json.id}/publish`,
      { effectiveFrom: '2030-01-01', changeNote: 'Fictief: afwijking Horst aan de Maas.' },
      saved.etag,
    );

    await page.goto(`${session.server.url}/#/`);
    await page.goto(`${session.server.url}/#/toegangscheck`);
    await page.locator('#gemeente option[value="noord-limburg/horst-aan-de-maas"]').waitFor({ state: 'attached' });
    await page.locator('#gemeente').selectOption('noord-limburg/horst-aan-de-maas');
    await page.locator('#segment').selectOption('noord-limburg/wmo/S1b');
    await page.locator('#besluitdatum').fill('2030-03-01');
    await page.getByText('Intensiteit vastgesteld door (volgens beleid: toegang — afwijking van Horst aan de Maas)').waitFor();
    // The preset follows in the next render after the hint.
    await expect.poll(() => page.locator('input[name="hoe-intensiteit-door"]:checked').inputValue(), { timeout: 15_000 }).toBe('toegang');
    expect(await page.getByText('Duur vastgesteld door (volgens beleid: aanbieder)').count()).toBe(1);
    await session.shot('12-toegangscheck-afwijking');
    // Before 2030 version 1 is in force: the provider decides the intensity.
    await page.locator('#besluitdatum').fill('2029-06-01');
    await page.getByText('Intensiteit vastgesteld door (volgens beleid: aanbieder)').waitFor();
    await expect.poll(() => page.locator('input[name="hoe-intensiteit-door"]:checked').inputValue(), { timeout: 15_000 }).toBe('open');
  });

  it('shows "de inwoner kiest" where the policy gives an element to the resident (Jeugd S3: the provider), preset open', async () => {
    await page.goto(`${session.server.url}/#/`);
    await page.goto(`${session.server.url}/#/toegangscheck`);
    await page.locator('#gemeente option[value="noord-limburg/venlo"]').waitFor({ state: 'attached' });
    await page.locator('#gemeente').selectOption('noord-limburg/venlo');
    await page.locator('#segment option[value="noord-limburg/jeugd/S3"]').waitFor({ state: 'attached' });
    await page.locator('#segment').selectOption('noord-limburg/jeugd/S3');
    await page.locator('#perceel option[value="regionaal"]').waitFor({ state: 'attached' });
    await page.locator('#perceel').selectOption('regionaal');
    await page.getByText('Aanbieder vastgesteld door (volgens beleid: de inwoner kiest)').waitFor();
    await page.getByText('Duur vastgesteld door (volgens beleid: in overleg)').waitFor();
    await expect.poll(() => page.locator('input[name="hoe-aanbieder-door"]:checked').inputValue(), { timeout: 15_000 }).toBe('open');
    await expect.poll(() => page.locator('input[name="hoe-duur-door"]:checked').inputValue(), { timeout: 15_000 }).toBe('in-overleg');
    expect(await axeViolations(page)).toEqual([]);
    await session.shot('13-toegangscheck-inwoner-kiest');
  });
});
