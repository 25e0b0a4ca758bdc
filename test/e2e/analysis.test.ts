// End-to-end (Chromium, real server): the Analyse tab finds a fixture's gap (nobody decides the HOE in Venlo), puts its
// marker in the JSON, opens its witness case in "Case proberen" with one click, and has no axe-core violations.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../api/harness';
import { startE2eSession, type E2eSession } from './e2e-session';

const FIXTURE = readFileSync(join(ROOT, 'test/fixtures/analysis/geen-beslisser.json'), 'utf8');

interface MarkerInfo {
  owner: string;
  message: string;
  line: number;
}

function analysisMarkers(page: Page): Promise<MarkerInfo[]> {
  return page.evaluate(() => {
    const handle = window.__sturingAnalysisEditor;
    const model = handle?.editor.getModel();
    if (!handle || !model) throw new Error('analysis view not mounted');
    return handle.monaco.editor.getModelMarkers({ resource: model.uri }).map((m) => ({ owner: m.owner, message: m.message, line: m.startLineNumber }));
  });
}

describe('Analyse tab (Chromium)', () => {
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

  it('shows the fixture gap with its marker on the override in the JSON', async () => {
    await session.replaceRuleSetText('noord-limburg/wmo/S1b', FIXTURE);
    await page.waitForFunction(() => window.__sturingEditor?.editor.getValue().includes('niemand bepaalt het HOE in Venlo'));
    await session.openTab('Analyse');
    const gap = page.locator('li.finding[data-code="BESLISSER_ONTBREEKT"]').first();
    await gap.waitFor({ timeout: 60_000 });
    expect(await gap.textContent()).toMatch(/Venlo · perceel regionaal · element soort-hulp/);
    expect(await gap.textContent()).toContain('/overrides/venlo/policy/percelen/regionaal/toegang/hoe');
    // The marker sits on the line of "hoe": null inside Venlo's override.
    const hoeLine = FIXTURE.split('\n').findIndex((line) => line.includes('"hoe": null')) + 1;
    await page.waitForFunction(() => (window.__sturingAnalysisEditor?.monaco.editor.getModelMarkers({ owner: 'sturing-analyse' }).length ?? 0) > 0);
    const markers = await analysisMarkers(page);
    expect(markers.filter((m) => m.owner === 'sturing-analyse' && m.message.includes('BESLISSER_ONTBREEKT')).map((m) => m.line)).toContain(hoeLine);
    // The responsibility map shows Venlo's HOE elements as decided by nobody, marked as an override.
    const venloRow = page.locator('table.analysis-map').first().locator('tr', { hasText: 'Venlo' });
    expect(await venloRow.textContent()).toMatch(/niemand \(afwijking\)/);
    await session.shot('analyse-01-gat');
  });

  it('has no axe-core violations on the Analyse tab', async () => {
    // Evaluated through the DevTools protocol: the page's CSP (script-src 'self') rightly forbids injecting a script tag.
    await page.evaluate(readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } })
        .axe;
      const tab = document.querySelector('section[aria-label="Analyse"]');
      if (!tab?.querySelector('li.finding')) throw new Error('Analyse tab not rendered');
      const result = await axe.run(tab, { resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
  });

  it('shows the couleur locale of the region: municipalities × steering elements', async () => {
    await page.getByRole('button', { name: 'Regio tonen' }).click();
    const table = page.locator('table.drift-table');
    await table.waitFor({ timeout: 60_000 });
    // Venlo converts trajectories to places in Jeugd S3 and S4 (both percelen) and on the Wmo S1a/S1b regional perceel.
    const venlo = table.locator('tr', { hasText: 'Venlo' });
    expect((await venlo.locator('td').allTextContents()).map(Number)).toEqual([0, 20, 0, 0]);
    expect(await page.locator('.drift-changes').textContent()).toMatch(
      /Horst aan de Maas — noord-limburg\/jeugd\/S3 v1: \/percelen\/lokaal\/toegang\/hoeElementenToegang/,
    );
    await session.shot('analyse-03-regio');
  });

  it('opens the witness of the gap in Case proberen with one click', async () => {
    const gap = page.locator('li.finding[data-code="BESLISSER_ONTBREEKT"]').first();
    await gap.getByRole('button', { name: 'Openen in Case proberen' }).click();
    await page.waitForFunction(() => location.hash.endsWith('/proberen'));
    // Case proberen shows the case as a form; the witness's JSON is on the JSON side.
    await page.getByRole('radio', { name: 'JSON' }).check();
    const caseText = page.getByLabel('Casus (JSON volgens het casusschema)');
    await caseText.waitFor();
    expect(await caseText.inputValue()).toContain('"id": "fictief-getuige-venlo-regionaal-soort-hulp"');
    expect(await caseText.inputValue()).toContain('"gemeente": "venlo"');
    // The witness runs against the editor's text: the access team fixes soort-hulp and no rule objects.
    await page
      .getByText(/Geen bevindingen|geen bevindingen/)
      .first()
      .waitFor({ timeout: 30_000 });
    await session.shot('analyse-02-getuige');
  });
});
