// End-to-end: Vergelijken shows a Noord-Limburg segment against the read-only Venlo reference policy, in Dutch
// (real server, Chromium).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eSession, type E2eSession } from './e2e-session';

describe('Vergelijken with a reference policy (Chromium)', () => {
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

  it('compares Wmo S1b version 1 with the Venlo model and words the differences', async () => {
    await page.goto(`${session.server.url}/#/regels/noord-limburg/wmo/S1b/vergelijken?van=v1&naar=ref:referentiemodellen/wmo/venlo-model`);
    const semantic = page.getByRole('region', { name: 'Inhoudelijke verschillen' });
    await semantic.getByText('Basiseenheid: traject → lumpsum').waitFor();
    const text = await semantic.textContent();
    expect(text).toContain('Referentiebeleid: Referentie — het Venlo-model');
    expect(text).toMatch(/bekostiging: Trajectfinanciering \(PxT\) → Lumpsum \(taakgericht\)/);
    expect(text).toContain('aanbieders onder 10 cliënten kiezen zelf of zij aansluiten');
    const right = page.getByLabel('Nieuw (rechts)');
    expect(await right.locator('option').allTextContents()).toContain('Referentiebeleid: Referentie — het Eindhoven-model (80 % open house, 20 % coöperatie)');
    await session.shot('51-vergelijken-met-venlo-model');
  });
});
