// End-to-end: "Resultaatsturing" (#/resultaten) in Chromium against the real server — read the fictional example
// outcome file through the file input, see a table per provider in name order against its own past and the policy
// targets, and axe-core on the page (no violations).
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../api/harness';
import { axeViolations } from './axe';
import { startE2eSession, type E2eSession } from './e2e-session';

const EXAMPLE = join(ROOT, 'examples/resultaten-zuid-limburg-jeugd-fictief.json');

describe('Resultaatsturing end to end (Chromium)', () => {
  let session: E2eSession;
  let page: Page;

  beforeAll(async () => {
    session = await startE2eSession();
    page = session.page;
    await session.signIn();
    await session.openPage('Resultaten', 'Resultaatsturing');
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  it('reports the example file per provider, by name and never ranked', async () => {
    await page.getByLabel('Peildatum van het beleid').fill('2018-12-31');
    await page.getByLabel('Resultaatgegevens (JSON)').setInputFiles(EXAMPLE);
    await page.getByRole('heading', { name: /Resultaatsturing zuid-limburg\/jeugd\/arrangementen/ }).waitFor();
    expect(await page.getByText('Fictieve voorbeeldgegevens.').count()).toBe(1);
    const providers = await page.locator('.outcome-report article h3').allTextContents();
    expect(providers).toEqual(['Gezinsbegeleiding Parkstad (fictief)', 'Jeugdzorg Heuvelland (fictief)', 'Regiebureau Westelijke Mijnstreek (fictief)']);
    const table = page.getByRole('table', { name: 'Indicatoren per halfjaar van Jeugdzorg Heuvelland (fictief)' });
    const rows = await table.locator('tbody tr').allTextContents();
    expect(rows).toContain('Uitvalhoogstens 15 %2018 H211 %slechtergehaald');
    expect(await page.locator('body').textContent()).not.toMatch(/rangorde|beste aanbieder/i);
    await session.shot('50-resultaatsturing');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('says in Dutch what is wrong with a file that is no JSON', async () => {
    await page.getByLabel('Resultaatgegevens (JSON)').setInputFiles({ name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from('{"regio": ') });
    await page.getByRole('alert').filter({ hasText: 'kapot.json is geen geldige JSON' }).waitFor();
    expect(await page.locator('.outcome-report').count()).toBe(0);
  });
});
