// End-to-end: change S1b's funding in the editor, publish version 2, then compare v1 with v2 (semantic diff and Monaco diff),
// run the regression suite with live progress, read the history and the impact (real server, temporary store, Chromium).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eSession, type E2eSession } from './e2e-session';

const RULESET = 'noord-limburg/wmo/S1b';
const FUNDING_LINE =
  'S1b regionaal — bekostiging: budgetplafond per aanbieder (geen voorschotten, daarboven niet vergoed) → budgetafspraak met afrekening, bandbreedte 5 %';

describe('compare, regression tests, history and impact (Chromium)', () => {
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

  it('changes the funding in the editor, saves and publishes version 2', async () => {
    const { document } = await session.api<{ document: { policy: { percelen: { regionaal: { bekostiging: Record<string, unknown> } } } } }>(
      `/api/rulesets/${RULESET}/versions/1`,
    );
    const bekostiging = document.policy.percelen.regionaal.bekostiging;
    delete bekostiging.voorschotten;
    // A budget agreement has no per-provider ceiling: the ceiling's meaning goes with it (a policy check says so otherwise).
    delete bekostiging.plafondBetekenis;
    Object.assign(bekostiging, { budget: 'budgetafspraak', bandbreedtePct: 5 });

    await session.replaceRuleSetText(RULESET, JSON.stringify(document, null, 2));
    await page.getByText('Geen problemen in de beleidscontrole').waitFor();

    await page.getByRole('button', { name: 'Concept opslaan' }).click();
    await page.getByText(/Concept opgeslagen \(revisie \d+\)/).waitFor();
    await page.getByRole('button', { name: 'Publiceren…' }).click();
    await page.getByLabel('Ingangsdatum').fill('2030-01-01');
    await page.getByLabel('Toelichting op de wijziging').fill('E2E: budgetafspraak met bandbreedte 5 % in plaats van een budgetplafond');
    await page.getByRole('dialog').getByRole('button', { name: 'Publiceren' }).click();
    await page.getByText('Versie 2 gepubliceerd.').waitFor({ timeout: 60_000 });
  }, 120_000);

  it('compares version 2 with version 1: the Dutch semantic diff and the Monaco diff editor', async () => {
    await session.openTab('Vergelijken');
    await page.getByLabel('Oud (links)').selectOption('v1');
    await page.getByLabel('Nieuw (rechts)').selectOption('v2');
    const semantic = page.getByRole('region', { name: 'Inhoudelijke verschillen' });
    await semantic.getByText(FUNDING_LINE, { exact: true }).waitFor();
    expect(await semantic.textContent()).toContain('Ingangsdatum 01-01-2022 → 01-01-2030');
    const diff = page.locator('.monaco-diff .monaco-diff-editor');
    await diff.waitFor();
    await page.locator('.monaco-diff .editor.original .view-lines').waitFor();
    await page.locator('.monaco-diff .editor.modified .view-lines').waitFor();
    expect(page.url()).toContain('vergelijken?van=v1&naar=v2');
    await session.shot('20-vergelijken');
  });

  it('runs the regression suite with a progress bar that reaches 100 %, then shows the results table', async () => {
    await session.openTab('Regressietests');
    await page.getByLabel('Te testen').selectOption('v2');
    await page.getByRole('button', { name: 'Suite uitvoeren' }).click();
    const results = page.getByRole('table', { name: /Regressiesuite versie 2: \d+ casussen, \d+ geslaagd, \d+ gefaald/ });
    await results.waitFor({ timeout: 60_000 });
    await page.getByRole('region', { name: 'Gewijzigde uitkomsten' }).waitFor({ timeout: 60_000 });
    const bars = await page
      .locator('progress')
      .evaluateAll((els) => els.map((e) => ({ value: (e as HTMLProgressElement).value, max: (e as HTMLProgressElement).max })));
    expect(bars).toHaveLength(2); // version 2 and, for the outcome comparison, version 1
    for (const bar of bars) expect(bar.value).toBe(bar.max);
    expect(bars[0].max).toBeGreaterThan(0);
    const status = await page.locator('.test-run-progress [role="status"]').first().textContent();
    expect(status).toMatch(new RegExp(`^${bars[0].max} van ${bars[0].max} casussen \\(klaar`));
    expect(await results.locator('tbody tr').count()).toBe(bars[0].max);
    await session.shot('21-regressie');
  });

  it('shows both versions and the audit trail in Geschiedenis', async () => {
    await session.openTab('Geschiedenis');
    const versions = page.getByRole('table', { name: 'Gepubliceerde versies (2)' });
    await versions.waitFor();
    const rows = versions.locator('tbody tr');
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(0).textContent()).toContain('budgetafspraak met bandbreedte 5 %');
    expect(await rows.nth(0).textContent()).toContain('1 januari 2030');
    const audit = page.getByRole('table', { name: /Audittrail/ });
    await audit.waitFor();
    const auditText = await audit.textContent();
    expect(auditText).toContain('Gepubliceerd');
    expect(auditText).toContain('Concept opgeslagen');
    await session.shot('22-geschiedenis');
    await versions.getByRole('link', { name: 'Vergelijk met versie 1' }).click();
    await page.getByRole('region', { name: 'Inhoudelijke verschillen' }).getByText(FUNDING_LINE, { exact: true }).waitFor();
  });

  it('computes the impact of version 1 → 2 over the regression suites', async () => {
    await session.openTab('Impact');
    await page.getByLabel('Van versie').selectOption('v1');
    await page.getByLabel('Naar', { exact: true }).selectOption('v2');
    await page.getByRole('button', { name: 'Impact berekenen' }).click();
    const report = page.getByRole('region', { name: 'Impactrapport' });
    await report.waitFor({ timeout: 60_000 });
    expect(await report.getByRole('heading', { level: 3 }).textContent()).toBe('Impact versie 1 → versie 2');
    // Funding form does not change any finding: the report says so.
    await report.getByText(/Geen wijzigingen/).waitFor();
    await session.shot('23-impact');
  });
});
