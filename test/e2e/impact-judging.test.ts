// End-to-end: a saved draft of S1b in which the toegang sets the intensity, its impact over the regression suites in the Impact
// tab, judging every changed suite case (one regressie, the others beoogd at once), the publish gate refusing on the regression,
// and publishing once it is re-judged beoogd — judgements take effect only then; the suite's history and the audit checked
// through the API (real server, Chromium).
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eSession, type E2eSession } from './e2e-session';

const RULESET = 'noord-limburg/wmo/S1b';
const API = `/api/rulesets/${RULESET}`;
const REGRESSION_NOTE = 'E2E: de intensiteit hoort bij de aanbieder te blijven.';
const INTENDED_NOTE = 'E2E: gevolg van de nieuwe HOE-verdeling, de toegang stelt de intensiteit vast.';
const REJUDGED_NOTE = 'E2E: na overleg toch beoogd, de toegang stelt de intensiteit vast.';

interface ChangedCase {
  suiteId: string;
  index: number;
  name: string;
  missing: string[];
  unexpected: string[];
  beoordeling: { oordeel: string } | null;
}
interface SuiteChanges {
  version: number;
  total: number;
  passed: number;
  changed: ChangedCase[];
}
interface ImpactReport {
  casesChanged: number;
  byCode: Record<string, { verschenen: number; verdwenen: number }>;
  changes: { kind: string; code: string; ruleId: string }[];
}
type Policy = { percelen: Record<string, { toegang: Record<string, unknown> }> };

const NOTE_LABEL = 'Toelichting (één voor alle geselecteerde casussen, verplicht)';

/** The review item of one changed suite case, found by its (exact) checkbox label so similar names cannot collide. */
function reviewItem(page: Page, name: string) {
  return page.locator('li.suite-case-review').filter({ has: page.getByLabel(name, { exact: true }) });
}

/** The element painted at the middle of `locator` belongs to it (nothing, such as a Monaco widget, is drawn over it); else what covers it. */
async function coveringElement(locator: Locator): Promise<string | null> {
  return locator.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return hit && el.contains(hit) ? null : `${hit?.tagName ?? 'niets'}.${hit?.className ?? ''}`;
  });
}

async function openPublishDialog(session: E2eSession): Promise<Locator> {
  const { page } = session;
  await session.openTab('Bewerken');
  await page.getByRole('button', { name: 'Publiceren…' }).click();
  const dialog = page.getByRole('dialog');
  // The dialog is modal: the editor (scrolled, so Monaco shows its sticky-scroll lines) must not be painted over it.
  expect(await coveringElement(dialog.getByRole('heading', { name: 'Nieuwe versie publiceren' }))).toBeNull();
  await dialog.getByLabel('Ingangsdatum').fill('2030-01-01');
  await dialog.getByLabel('Toelichting op de wijziging').fill('E2E: de toegang stelt de intensiteit vast');
  return dialog;
}

/** Selects the named cases and judges them at once with one note. */
async function judge(page: Page, names: string[], verdict: 'Beoogd' | 'Regressie', note: string): Promise<void> {
  const section = page.getByRole('region', { name: 'Veranderde regressiegevallen' });
  for (const name of names) await reviewItem(page, name).getByRole('checkbox').check();
  await section.getByLabel(NOTE_LABEL).fill(note);
  await section.getByRole('button', { name: verdict, exact: true }).click();
}

describe('judging changed suite outcomes in the Impact tab (Chromium)', () => {
  let session: E2eSession;
  let page: Page;
  let draftId: string;
  let changes: SuiteChanges;
  let regression: ChangedCase;

  beforeAll(async () => {
    session = await startE2eSession();
    page = session.page;
    await session.signIn();
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  it('lets the toegang set the intensity in the editor and shows the changed suite cases and codes in Impact', async () => {
    const { document } = await session.api<{ document: { policy: Policy } }>(`${API}/versions/1`);
    for (const perceel of Object.values(document.policy.percelen)) {
      perceel.toegang.hoe = 'deels-toegang';
      perceel.toegang.hoeElementenToegang = ['intensiteit'];
    }

    await session.replaceRuleSetText(RULESET, JSON.stringify(document, null, 2));
    await page.getByText('Geen problemen in de beleidscontrole').waitFor();
    // Running an impact analysis never creates a draft: the policy officer saves one first.
    await page.getByRole('button', { name: 'Concept opslaan' }).click();
    await page.getByText(/Concept opgeslagen \(revisie \d+\)/).waitFor();

    await session.openTab('Impact');
    await page.getByLabel('Van versie').selectOption('v1');
    expect(await page.getByLabel('Naar', { exact: true }).inputValue()).toMatch(/^c:/);
    await page.getByLabel('Casussen').selectOption('suites');
    const impactResponse = page.waitForResponse((r) => r.url().endsWith('/api/impact') && r.request().method() === 'POST', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Impact berekenen' }).click();
    const answered = await impactResponse;
    expect(answered.status()).toBe(200);
    draftId = (answered.request().postDataJSON() as { draftId: string }).draftId;
    expect(draftId).toEqual(expect.any(String));
    const report = (await answered.json()) as ImpactReport;

    // The known effect of this change (as test/api/impact.test.ts asserts): intensity findings at the provider disappear, a missing intensity appears.
    expect(report.byCode.HOE_BIJ_AANBIEDER?.verdwenen).toBeGreaterThan(0);
    expect(report.byCode.HOE_ONTBREEKT?.verschenen).toBeGreaterThan(0);
    expect(report.changes.map((c) => [c.kind, c.code])).toEqual(
      expect.arrayContaining([
        ['verdwijnt', 'HOE_BIJ_AANBIEDER'],
        ['verschijnt', 'HOE_ONTBREEKT'],
      ]),
    );

    const reportView = page.getByRole('region', { name: 'Impactrapport' });
    await reportView.waitFor();
    expect(await reportView.getByRole('heading', { level: 3 }).textContent()).toBe(`Impact versie 1 → concept (als versie 2)`);
    const codeRows = reportView.getByRole('table', { name: 'Bevindingen per code' }).locator('tbody tr');
    const shownCodes = await codeRows.evaluateAll((rows) => rows.map((r) => Array.from(r.children, (c) => c.textContent?.trim())));
    expect(shownCodes).toEqual(Object.entries(report.byCode).map(([code, c]) => [code, String(c.verschenen), String(c.verdwenen)]));
    expect(shownCodes.map((row) => row[0])).toEqual(expect.arrayContaining(['HOE_BIJ_AANBIEDER', 'HOE_ONTBREEKT']));

    changes = await session.api<SuiteChanges>(`${API}/drafts/${draftId}/suite-changes`);
    expect(changes.version).toBe(2);
    expect(changes.changed.length).toBeGreaterThan(1); // one to mark regressie, at least one beoogd
    expect(changes.changed.every((c) => c.beoordeling === null)).toBe(true);
    // Every changed case loses a HOE_BIJ_AANBIEDER or gains a HOE_ONTBREEKT.
    for (const c of changes.changed) expect([...c.missing, ...c.unexpected]).toEqual(expect.arrayContaining([expect.stringMatching(/^HOE_/)]));
    regression = changes.changed.find((c) => c.missing.includes('HOE_BIJ_AANBIEDER')) as ChangedCase;
    expect(regression).toBeDefined();

    const section = page.getByRole('region', { name: 'Veranderde regressiegevallen' });
    await section
      .getByText(
        new RegExp(
          `^${changes.changed.length} van ${changes.total} casussen krijgen onder het concept \\(revisie \\d+, als versie 2\\) een andere uitkomst dan verwacht; 0 daarvan zijn beoordeeld\\.`,
        ),
      )
      .waitFor();
    expect(await section.locator('li.suite-case-review').count()).toBe(changes.changed.length);
    for (const c of changes.changed) await reviewItem(page, c.name).waitFor();
    await session.shot('50-impact-wijzigingen');
  }, 120_000);

  it('marks one case regressie and the others beoogd at once; judged cases stay listed with their pending judgement', async () => {
    const section = page.getByRole('region', { name: 'Veranderde regressiegevallen' });
    await judge(page, [regression.name], 'Regressie', REGRESSION_NOTE);
    await reviewItem(page, regression.name).getByText('Beoordeeld als').waitFor();
    expect(await reviewItem(page, regression.name).textContent()).toContain(REGRESSION_NOTE);
    await section.getByText('1 casus gemarkeerd als regressie; publiceren blijft geweigerd zolang ze afwijken.').waitFor();

    const others = changes.changed.filter((c) => c !== regression);
    await judge(
      page,
      others.map((c) => c.name),
      'Beoogd',
      INTENDED_NOTE,
    );
    await section
      .getByText(
        `${others.length} ${others.length === 1 ? 'casus' : 'casussen'} beoordeeld als beoogd; de verwachtingen volgen wanneer dit concept wordt gepubliceerd.`,
      )
      .waitFor();
    // Pending until the draft is published: every case is still listed, each with its judgement.
    expect(await section.locator('li.suite-case-review').count()).toBe(changes.changed.length);
    for (const c of others)
      await reviewItem(page, c.name)
        .getByText(/Wacht op publicatie van het concept/)
        .waitFor();

    const after = await session.api<SuiteChanges>(`${API}/drafts/${draftId}/suite-changes`);
    expect(after.changed.map((c) => [c.suiteId, c.index, c.beoordeling?.oordeel])).toEqual(
      changes.changed.map((c) => [c.suiteId, c.index, c === regression ? 'regressie' : 'beoogd']),
    );
    const { suites } = await session.api<{ suites: { id: string; suite: { cases: { wijzigingen?: unknown[] }[] } }[] }>(`${API}/suites`);
    expect(suites.flatMap((s) => s.suite.cases).filter((c) => c.wijzigingen)).toEqual([]);
  }, 120_000);

  it('the publish dialog refuses and names the case marked as regression', async () => {
    const dialog = await openPublishDialog(session);
    await dialog.getByRole('button', { name: 'Publiceren', exact: true }).click();
    const refusal = dialog.getByRole('alert');
    await refusal.waitFor({ timeout: 60_000 });
    // The refusal makes the dialog taller, so its top now lies where Monaco draws its sticky-scroll lines.
    expect(await coveringElement(dialog.getByRole('heading', { name: 'Nieuwe versie publiceren' }))).toBeNull();
    const text = (await refusal.textContent()) ?? '';
    expect(text).toContain('Publicatie geweigerd: de regressiesuite faalt');
    expect(text).toContain(`gemarkeerd als regressie (eerste: "${regression.name}")`);
    expect(text).toContain(`${regression.suiteId}: ${regression.name} — gemarkeerd als regressie door`);
    expect(text).toContain(REGRESSION_NOTE);
    await session.shot('51-regressie-geweigerd');
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await dialog.waitFor({ state: 'detached' });
  }, 120_000);

  it('re-judging the case beoogd lets version 2 publish', async () => {
    await session.openTab('Impact');
    await page.getByRole('button', { name: 'Impact berekenen' }).click();
    const item = reviewItem(page, regression.name);
    await item.getByText('Publiceren blijft geweigerd zolang deze casus afwijkt.').waitFor({ timeout: 60_000 });
    await judge(page, [regression.name], 'Beoogd', REJUDGED_NOTE);
    await item.getByText(REJUDGED_NOTE, { exact: false }).waitFor();
    await page
      .getByRole('region', { name: 'Veranderde regressiegevallen' })
      .getByText(new RegExp(`; ${changes.changed.length} daarvan zijn beoordeeld\\.`))
      .waitFor();

    const dialog = await openPublishDialog(session);
    await dialog.getByRole('button', { name: 'Publiceren', exact: true }).click();
    await page.getByText('Versie 2 gepubliceerd.').waitFor({ timeout: 60_000 });
    await session.shot('52-beoogd-gepubliceerd');
  }, 120_000);

  it('the API shows each expectation with its history (note, version 2) and the audit entries', async () => {
    const { suites } = await session.api<{ suites: { id: string; suite: { cases: { expect: unknown; wijzigingen?: Record<string, unknown>[] }[] } }[] }>(
      `${API}/suites`,
    );
    const caseOf = (c: ChangedCase) => suites.find((s) => s.id === c.suiteId)?.suite.cases[c.index];
    for (const c of changes.changed) {
      const note = c === regression ? REJUDGED_NOTE : INTENDED_NOTE;
      expect(caseOf(c)?.wijzigingen).toEqual([
        expect.objectContaining({ versie: 2, concept: draftId, toelichting: note, vorigeVerwachting: expect.any(Object) }),
      ]);
    }
    expect(caseOf(regression)?.wijzigingen?.[0].vorigeVerwachting).toEqual(
      expect.objectContaining({ findings: expect.arrayContaining(['HOE_BIJ_AANBIEDER']) }),
    );

    const { entries } = await session.api<{ entries: { action: string; target: string; detail?: Record<string, unknown> }[] }>(`/api/audit?target=${RULESET}`);
    const updated = entries.filter((e) => e.action === 'verwachting-bijgewerkt');
    expect(updated).toHaveLength(changes.changed.length);
    const regressionTarget = `${RULESET}/suites/${encodeURIComponent(regression.suiteId)}/cases/${regression.index}`;
    expect(updated.find((e) => e.target === regressionTarget)?.detail).toMatchObject({
      oordeel: 'beoogd',
      concept: draftId,
      versie: 2,
      toelichting: REJUDGED_NOTE,
    });
    expect(entries.filter((e) => e.action === 'regressie-gemarkeerd').map((e) => [e.target, e.detail?.toelichting])).toEqual([
      [regressionTarget, REGRESSION_NOTE],
    ]);
    expect(entries.filter((e) => e.action === 'gepubliceerd')).toHaveLength(1);
  });
});
