// End-to-end, keyboard only: an access worker checks a Venlo Wmo S1b decision in which the toegang fixed the intensity.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eSession, type E2eSession } from './e2e-session';

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
    await page.locator('#gemeente option', { hasText: 'Venlo' }).waitFor({ state: 'attached' });

    await tabTo(page, 'Gemeente');
    await page.keyboard.type('Venlo');
    await page.locator('#segment option', { hasText: 'Noord-Limburg Wmo S1b' }).waitFor({ state: 'attached' });
    await tabTo(page, 'Segment');
    await page.keyboard.type('Noord-Limburg Wmo S1b');
    await page.locator('#perceel option[value="regionaal"]').waitFor({ state: 'attached' });
    expect(await page.locator('#perceel').inputValue()).toBe('regionaal');
    await tabTo(page, 'Leeftijd (jaren)');
    await page.keyboard.type('46');
    await tabTo(page, 'Hulpvraag');
    await page.keyboard.type('enkel');
    await tabTo(page, 'Doelen (één per regel)');
    await page.keyboard.type('Zelfstandig de eigen administratie bijhouden');
    await tabTo(page, 'Financiën');
    await page.keyboard.press('Space');
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
    await session.shot('10-toegangscheck');

    await tabTo(page, 'Beschikkingsdossier tonen');
    await page.keyboard.press('Enter');
    const dossier = page.locator('article.dossier');
    await dossier.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Beschikkingsdossier');
    const dossierText = (await dossier.innerText()) ?? '';
    expect(dossierText).toMatch(/Versie\s+1, geldig vanaf 1 januari 2022/);
    const hash = /sha256:[0-9a-f]{64}/.exec(dossierText)?.[0];
    expect(hash).toBeDefined();
    expect(dossierText).toContain('Toegang stuurt op kortdurende indicatie met helder resultaat en goede monitoring.');
    expect(dossierText).toContain('3 uur per week, vastgesteld door toegang');
    expect(dossierText).toContain('WAT: toegang; HOE: aanbieder');
    expect(await page.locator('body').innerText()).not.toContain('{"');
    await session.shot('11-dossier');

    const downloaded = page.waitForEvent('download');
    await tabTo(page, 'Opslaan als HTML');
    await page.keyboard.press('Enter');
    const download = await downloaded;
    expect(download.suggestedFilename()).toMatch(/^beschikkingsdossier-venlo-\d{4}-\d{2}-\d{2}\.html$/);
    const html = readFileSync((await download.path())!, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<style>');
    expect(html).not.toContain('<script');
    expect(html).toContain(hash!);
    expect(html).toContain('Toegang stuurt op kortdurende indicatie met helder resultaat en goede monitoring.');
    expect(html).toContain('HOE_BIJ_AANBIEDER');
  });
});
