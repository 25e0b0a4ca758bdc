// End-to-end: the built editor served by the real server (server/index.ts, temporary store, free port), driven by Debian's Chromium.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_TOKEN, startE2eSession, type E2eSession } from './e2e-session';

/** Double-clicks a visible JSON string token (exact text) in Monaco, selecting the word inside the quotes. */
async function selectWord(page: Page, word: string): Promise<void> {
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('Control+Home');
  await page.waitForTimeout(300);
  await page
    .locator('.monaco-editor .view-line span', { hasText: new RegExp(`^"${word}"$`) })
    .first()
    .dblclick();
}

describe('editor end to end (Chromium)', () => {
  let session: E2eSession;
  let page: Page;
  const shot = (name: string) => session.shot(name);

  beforeAll(async () => {
    session = await startE2eSession();
    page = session.page;
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  it('signs in with the token link and shows the segment matrix without loading Monaco', async () => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(`${session.server.url}/#token=${E2E_TOKEN}`);
    await page.getByRole('heading', { name: 'Segmentmatrix' }).waitFor();
    await page.getByRole('table').first().waitFor();
    expect(await page.locator('.app-header .user').textContent()).toContain('beheerder');
    expect(requested.filter((u) => /editor\.api|ruleset-editor-page/.test(u))).toEqual([]);
    await shot('01-segmentmatrix');
  });

  it('opens Noord-Limburg Wmo S1b, marks an invalid enum value in Dutch, and clears it when fixed', async () => {
    await page.locator('a[href="#/regels/noord-limburg/wmo/S1b"]').first().click();
    await page.locator('.monaco-editor .view-lines').waitFor();
    await page.getByText('Geen problemen in de beleidscontrole').waitFor();
    await selectWord(page, 'traject');
    await page.keyboard.type('trajekt', { delay: 40 });
    await page.getByText(/^1 probleem in de beleidscontrole/).waitFor();
    const problems = page.getByRole('region', { name: 'Problemen' });
    const text = await problems.textContent();
    expect(text).toContain('/policy/basiseenheid');
    expect(text).toMatch(/waarde|moet|toegestaan/);
    await page.locator('.monaco-editor .squiggly-error').first().waitFor();
    await shot('02-ongeldige-enum');
    await page.keyboard.press('Control+Z');
    await page.getByText('Geen problemen in de beleidscontrole').waitFor();
    await shot('03-hersteld');
  });

  it('tries the S1b example where the toegang fixes the intensity: HOE_BIJ_AANBIEDER with its explanation', async () => {
    await page.getByRole('link', { name: 'Case proberen' }).click();
    const picker = page.getByLabel('Voorbeeldcasus (uit de regressietests)');
    const example = 'Toegang stelt de intensiteit vast → HOE_BIJ_AANBIEDER';
    await picker.locator('option', { hasText: example }).waitFor({ state: 'attached' });
    await picker.selectOption({ label: example });
    const finding = page.locator('li.finding', { hasText: 'HOE_BIJ_AANBIEDER' });
    await finding.waitFor();
    expect(await finding.textContent()).toMatch(
      /casus\.besluit\.hoe\.intensiteit\.vastgesteldDoor.*is gelijk aan “toegang”; werkelijke waarde: “toegang” — voldaan/,
    );
    expect(await page.locator('.receipt').textContent()).toMatch(/sha256:[0-9a-f]{64}/);
    await shot('04a-case-proberen');

    // Re-running on unsaved text is covered by simulator-panel.test.tsx; back to the editor for the save step.
    await page.getByRole('link', { name: 'Bewerken' }).click();
    await page.getByText('Geen problemen in de beleidscontrole').waitFor();
  });

  it('saves a draft and publishes it as version 2', async () => {
    await page.getByRole('button', { name: 'Concept opslaan' }).click();
    await page.getByText(/Concept opgeslagen \(revisie \d+\)/).waitFor();
    await page.getByRole('button', { name: 'Publiceren…' }).click();
    await page.getByLabel('Ingangsdatum').fill('2030-01-01');
    await page.getByLabel('Toelichting op de wijziging').fill('E2E: ongewijzigd beleid opnieuw gepubliceerd');
    await shot('04-publiceren');
    await page.getByRole('dialog').getByRole('button', { name: 'Publiceren' }).click();
    await page.getByText('Versie 2 gepubliceerd.').waitFor({ timeout: 60_000 });
    // The editor now shows the document as published: numbered and dated by the server.
    await page.waitForFunction(() => window.__sturingEditor?.editor.getValue().includes('"version": 2'));
    expect(await page.evaluate(() => window.__sturingEditor?.editor.getValue())).toContain('"effectiveFrom": "2030-01-01"');
    await shot('05-gepubliceerd');
  });

  it("a save that conflicts with someone else's save keeps the text and says in Dutch what differs", async () => {
    await page.getByRole('button', { name: 'Concept opslaan' }).click();
    const saved = /Concept opgeslagen \(revisie (\d+)\)/;
    await page.getByText(saved).waitFor();
    // Someone else saves the same draft with another funding form (through the API, with the current ETag).
    type DraftDocument = { policy: { percelen: { regionaal: { bekostiging: Record<string, unknown> } } } };
    const { drafts } = await session.api<{ drafts: { id: string }[] }>('/api/rulesets/noord-limburg/wmo/S1b');
    expect(drafts).toHaveLength(1);
    const draft = await session.api<{ id: string; etag: string; document: DraftDocument }>(`/api/rulesets/noord-limburg/wmo/S1b/drafts/${drafts[0].id}`);
    const theirs = structuredClone(draft.document);
    delete theirs.policy.percelen.regionaal.bekostiging.voorschotten;
    Object.assign(theirs.policy.percelen.regionaal.bekostiging, { budget: 'budgetafspraak', bandbreedtePct: 5 });
    const put = await fetch(`${session.server.url}/api/rulesets/noord-limburg/wmo/S1b/drafts/${draft.id}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${E2E_TOKEN}`, 'content-type': 'application/json', 'if-match': draft.etag },
      body: JSON.stringify({ document: theirs }),
    });
    expect(put.status).toBe(200);
    const textBefore = await page.evaluate(() => window.__sturingEditor?.editor.getValue());

    await page.getByRole('button', { name: 'Concept opslaan' }).click();
    const conflict = page.getByRole('region', { name: 'Conflict bij opslaan' });
    await conflict.waitFor();
    expect(await conflict.textContent()).toMatch(/S1b regionaal — bekostiging: budgetafspraak.* → budgetplafond/);
    expect(await page.evaluate(() => window.__sturingEditor?.editor.getValue())).toBe(textBefore);
    await shot('06-conflict');
    // Saving again overwrites with the editor's text, now against the server's current ETag.
    await page.getByRole('button', { name: 'Concept opslaan' }).click();
    await page.getByText(saved).waitFor();
  });
});
