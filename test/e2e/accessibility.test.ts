// WCAG 2.1 AA (Besluit digitale toegankelijkheid overheid): axe-core finds zero violations on every page of the
// editor (test/e2e/pages.ts), each page is screenshotted, and no page shows an internal document reference.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { SCREENSHOTS, startE2eSession, type E2eSession } from './e2e-session';
import { EDITOR_PAGES } from './pages';

describe('accessibility of every page (axe-core, Chromium)', () => {
  let session: E2eSession;
  let page: Page;

  beforeAll(async () => {
    session = await startE2eSession();
    page = session.page;
    page.setDefaultTimeout(20_000);
    await session.signIn();
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  it.each(EDITOR_PAGES.map((p) => [p.name, p] as const))(
    '%s: zero axe violations',
    async (name, editorPage) => {
      // The sign-in page in a page of its own (no token); the others in the signed-in page.
      const signedOut = editorPage.hash === undefined ? await session.browser.newPage({ locale: 'nl-NL' }) : undefined;
      const target = signedOut ?? page;
      await target.goto(`${session.server.url}/${editorPage.hash ?? ''}`);
      await editorPage.ready(target);
      await target.screenshot({ path: join(SCREENSHOTS, `a11y-${name}.png`), fullPage: true });
      expect(await axeViolations(target)).toEqual([]);
      const text = await target.locator('body').innerText();
      expect(text).not.toMatch(/DOMAIN|§\s?\d+\.\d+|\.md\b/);
      await signedOut?.close();
    },
    120_000,
  );

  it('offers a skip link as the first tab stop that moves focus to the page content', async () => {
    await page.goto(`${session.server.url}/#/toegangscheck`);
    await page.getByRole('heading', { name: 'Toegangscheck' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Toegangscheck' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Naar de inhoud');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
    expect(await page.evaluate(() => location.hash)).toBe('#/toegangscheck');
  });
});
