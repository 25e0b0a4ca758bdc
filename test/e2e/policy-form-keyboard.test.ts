// End-to-end, keyboard only: a policy officer edits S1b in the policy form with Tab, typing, Space and the undo keys,
// and the form's own undo and redo (Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y, the "Ongedaan maken" button by Enter) take the
// edits back and forth in the form and in Monaco at once. axe-core checks the form afterwards.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { startE2eSession, type E2eSession } from './e2e-session';

const RULESET = 'noord-limburg/wmo/S1b';

/** The accessible name of the focused element: its label's text, else its own text. */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    const label = (el as HTMLInputElement).labels?.[0]?.textContent ?? '';
    return (label || el.textContent || '').trim();
  });
}

/** Presses Tab (or Shift+Tab) until the focused element's name is `name`, as a keyboard user would. */
async function tabTo(page: Page, name: string, { back = false, max = 250 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if ((await focusedName(page)) === name) return;
  }
  throw new Error(`Geen veld "${name}" bereikt met ${back ? 'Shift+Tab' : 'Tab'}`);
}

const editorText = (page: Page): Promise<string> => page.evaluate(() => window.__sturingEditor!.editor.getValue());
const regional = async (page: Page) => JSON.parse(await editorText(page)).policy.percelen.regionaal;

describe('policy form end to end, keyboard only (Chromium)', () => {
  let session: E2eSession;
  let page: Page;

  beforeAll(async () => {
    session = await startE2eSession();
    page = session.page;
    await session.signIn();
  }, 240_000);

  afterAll(async () => {
    await session?.close();
  });

  it('edits a number, a choice and a checkbox with the keyboard, and undoes and redoes them from the form', async () => {
    await page.goto(`${session.server.url}/#/regels/${RULESET}`);
    await page.locator('.monaco-editor .view-lines').waitFor();
    await page.getByText('Geen problemen in de beleidscontrole').waitFor();
    const form = page.getByRole('region', { name: 'Beleidsformulier' });
    const signal = form.getByLabel('Signalering bij benutting (%)');

    // A number: typed over the old value; leaving the field commits it as one step.
    await tabTo(page, 'Signalering bij benutting (%)');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('85');
    await expect.poll(async () => (await regional(page)).bekostiging.signaleringPct).toBe(85);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Control+Z');
    await expect.poll(() => signal.inputValue()).toBe('90');
    expect((await regional(page)).bekostiging.signaleringPct).toBe(90);
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => signal.inputValue()).toBe('85');

    // A choice: typing selects the option; then a checkbox with Space.
    await tabTo(page, 'Wie bepaalt het HOE');
    await page.keyboard.type('Deels');
    await expect.poll(async () => (await regional(page)).toegang.hoe).toBe('deels-toegang');
    await tabTo(page, 'Intensiteit');
    await page.keyboard.press('Space');
    await expect.poll(async () => (await regional(page)).toegang.hoeElementenToegang).toEqual(['intensiteit']);
    await page.keyboard.press('Control+Z');
    await expect.poll(async () => (await regional(page)).toegang.hoeElementenToegang).toBeUndefined();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(false);
    await page.keyboard.press('Control+Y');
    await expect.poll(async () => (await regional(page)).toegang.hoeElementenToegang).toEqual(['intensiteit']);

    // The "Ongedaan maken" button, reached with Shift+Tab and pressed with Enter, walks back the same history.
    await tabTo(page, 'Ongedaan maken', { back: true });
    for (let i = 0; i < 2; i++) await page.keyboard.press('Enter');
    await expect.poll(async () => (await regional(page)).toegang.hoe).toBe('aanbieder');
    expect((await regional(page)).bekostiging.signaleringPct).toBe(85);
    await page.keyboard.press('Enter');
    await expect.poll(() => signal.inputValue()).toBe('90');
    await page.getByText('Geen problemen in de beleidscontrole').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await session.shot('68-beleidsformulier-toetsenbord');
  });
});
