// End-to-end: "Berichten toetsen" (#/berichten) in Chromium against the real server — upload our own fictional 301
// (drag and drop and the file input), the table of allocations, one decision's explanation, the filter, the CSV
// export, and axe-core on the page (no violations).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../api/harness';
import { startE2eSession, type E2eSession } from './e2e-session';

const FIXTURE = join(ROOT, 'test/fixtures/berichten/venlo-301-wmo-s1b.xml');

describe('Berichten toetsen end to end (Chromium)', () => {
  let session: E2eSession;
  let page: Page;

  beforeAll(async () => {
    session = await startE2eSession();
    page = session.page;
    await session.signIn();
    await session.openPage('Berichten toetsen', 'Berichten toetsen');
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  const rows = () => page.locator('.messages-table tbody tr');

  it("uploads a 301 by drag and drop and shows the table with each allocation's verdict", async () => {
    const xml = readFileSync(FIXTURE, 'utf8');
    const transfer = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'venlo-301-wmo-s1b.xml', { type: 'application/xml' }));
      return data;
    }, xml);
    await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
    await page.getByRole('status').filter({ hasText: '1 van 1 bestand(en) getoetst' }).waitFor();
    await expect.poll(() => rows().count()).toBe(3);
    const texts = await rows().allTextContents();
    expect(texts[0]).toContain('0983-22000101');
    expect(texts[0]).toContain('HOE_BIJ_AANBIEDER');
    expect(texts[1]).toContain('In orde');
    expect(texts[2]).toContain('INDICATIE_ONBEPAALDE_TIJD');
    expect(await page.getByRole('progressbar').getAttribute('value')).toBe('1');
  });

  it('shows one decision with its explanation, condition by condition', async () => {
    await page.getByRole('button', { name: 'Uitleg bij 0983-22000101' }).click();
    const detail = page.getByRole('region', { name: 'Besluit bij toewijzing 0983-22000101' });
    await detail.waitFor();
    const text = await detail.textContent();
    expect(text).toContain('De toewijzing is specifiek (product, volume en frequentie), maar in dit segment bepaalt de aanbieder het HOE.');
    expect(text).toContain('voldaan');
    expect(text).toContain('$.besluit.wat');
    expect(await detail.locator('.condition').count()).toBeGreaterThan(1);
    await session.shot('40-berichten-toetsen');
  });

  it('filters the table and exports the shown rows as CSV', async () => {
    await page.getByLabel('Oordeel').selectOption('fout');
    await expect.poll(() => rows().count()).toBe(2);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Exporteer CSV/ }).click()]);
    const path = await download.path();
    const csv = readFileSync(path, 'utf8');
    const lines = csv.trim().split(/\r?\n/);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('0983-22000101;');
    expect(csv).not.toContain('999990019');
    await page.getByLabel('Oordeel').selectOption('');
  });

  it('has no accessibility violations (axe-core)', async () => {
    // Injected through the DevTools protocol: the server's CSP (script-src 'self') rightly refuses inline scripts.
    await page.evaluate(readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run: (context: Element, options?: object) => Promise<{ violations: { id: string; help: string; nodes: unknown[] }[] }> } }
      ).axe;
      const result = await axe.run(document.body, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
  });

  it('the file input works too and an unreadable file is listed with its place', async () => {
    await page.getByLabel('Berichtbestanden').setInputFiles([FIXTURE, join(ROOT, 'test/fixtures/berichten/geen-xml.xml')]);
    await page.getByRole('status').filter({ hasText: '2 van 2 bestand(en) getoetst' }).waitFor();
    await expect.poll(() => rows().count()).toBe(3);
    expect(await page.locator('table').last().textContent()).toContain('geen-xml.xml:3:1');
  });
});
