// End-to-end, three people in three browser contexts with three tokens of three roles (real server, Chromium):
// a policy officer edits S1b's regional funding and access in the policy form (no JSON typed; undo from the form and
// from Monaco), adds to Venlo's variant by button (Venlo's access team also sets the duration), saves and closes; a
// tester opens that draft in another context, runs the regression suite and the impact analysis and judges three
// changed cases at once; the policy officer reopens the draft (banner) and publishes; an access worker checks a Venlo
// case whose HOE presets follow Venlo's variant and saves the dossier.
// axe-core checks each screen; screenshots go to test/e2e/screenshots/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../api/harness';
import { E2E_TOKEN, SCREENSHOTS, startE2eSession, type E2eSession } from './e2e-session';

const RULESET = 'noord-limburg/wmo/S1b';
const API = `/api/rulesets/${RULESET}`;
const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const NOTE = 'E2E: gevolg van de nieuwe HOE-verdeling, de toegang stelt de intensiteit vast.';

interface Person {
  context: BrowserContext;
  page: Page;
  token: string;
  /** Uncaught errors in any of this person's tabs. */
  errors: string[];
}

/** The rule-set text as Monaco holds it. */
const editorText = (page: Page): Promise<string> => page.evaluate(() => window.__sturingEditor!.editor.getValue());

/** axe-core on the page as it is now; returns the violations as "rule: target" lines (empty means none). */
async function axe(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const result = await (
      window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }
    ).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  return violations;
}

describe('a policy team in three sessions: form, variant, judging at scale, publish (Chromium)', () => {
  let session: E2eSession;
  let officer: Person;
  let tester: Person;
  let worker: Person;
  let draftId: string;

  async function person(role: string, name: string): Promise<Person> {
    const response = await fetch(`${session.server.url}/api/tokens`, {
      method: 'POST',
      headers: { authorization: `Bearer ${E2E_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ role, name }),
    });
    expect(response.status).toBe(201);
    const { token } = (await response.json()) as { token: string };
    const context = await session.browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
    const errors: string[] = [];
    context.on('weberror', (e) => errors.push(e.error().message));
    const page = await context.newPage();
    await page.goto(`${session.server.url}/#token=${token}`);
    await page.getByRole('heading', { name: 'Segmentmatrix' }).waitFor();
    return { context, page, token, errors };
  }

  const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  const form = (page: Page) => page.getByRole('region', { name: 'Beleidsformulier' });
  const element = (page: Page, title: string) =>
    form(page)
      .locator('fieldset.steering-element')
      .filter({ has: page.locator(`legend:text-is("${title}")`) });

  beforeAll(async () => {
    session = await startE2eSession();
  }, 240_000);

  afterAll(async () => {
    await officer?.context.close();
    await tester?.context.close();
    await worker?.context.close();
    await session?.close();
  });

  it('the policy officer edits regional funding and access in the form; both views follow each other, undo works across both', async () => {
    officer = await person('vaststeller', 'Fleur de Vries');
    const { page } = officer;
    await page.goto(`${session.server.url}/#/regels/${RULESET}`);
    await page.getByTestId('draft-banner').getByText('Gepubliceerde versie 1').waitFor();
    await page.locator('.monaco-editor .view-lines').waitFor();

    const funding = element(page, 'Bekostiging');
    await funding.getByLabel('Signalering bij benutting (%)').fill('80');
    await expect.poll(() => editorText(page)).toContain('"signaleringPct": 80');
    // Undo in Monaco takes the form edit back, and the form shows it at once.
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('Control+Z');
    await expect.poll(() => editorText(page)).toContain('"signaleringPct": 90');
    await expect.poll(() => funding.getByLabel('Signalering bij benutting (%)').inputValue()).toBe('90');
    await funding.getByLabel('Signalering bij benutting (%)').fill('80');
    await expect.poll(() => editorText(page)).toContain('"signaleringPct": 80');

    // The form's own undo and redo walk the same history: its buttons, and Ctrl+Z / Ctrl+Y / Ctrl+Shift+Z in the form.
    const undo = form(page).getByRole('button', { name: 'Ongedaan maken' });
    const redo = form(page).getByRole('button', { name: 'Opnieuw' });
    await undo.click();
    await expect.poll(() => editorText(page)).toContain('"signaleringPct": 90');
    await expect.poll(() => funding.getByLabel('Signalering bij benutting (%)').inputValue()).toBe('90');
    await redo.click();
    await expect.poll(() => funding.getByLabel('Signalering bij benutting (%)').inputValue()).toBe('80');
    const advances = funding.getByLabel('Voorschotten');
    await advances.selectOption({ label: 'Ja' });
    await expect.poll(() => editorText(page)).toContain('"voorschotten": true');
    await advances.focus();
    await page.keyboard.press('Control+Z');
    await expect.poll(() => advances.inputValue()).toBe('nee');
    await page.keyboard.press('Control+Y');
    await expect.poll(() => advances.inputValue()).toBe('ja');
    await page.keyboard.press('Control+Z');
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => editorText(page)).toContain('"voorschotten": true');
    await undo.click();
    await expect.poll(() => editorText(page)).toContain('"voorschotten": false');
    // An edit typed in Monaco, undone from the form: the cursor is put on the value, the new one is typed.
    await page.evaluate(() => {
      const { editor, monaco } = window.__sturingEditor!;
      const model = editor.getModel()!;
      const at = model.getValue().indexOf('"signaleringPct": 80') + '"signaleringPct": '.length;
      const from = model.getPositionAt(at);
      editor.focus();
      editor.setSelection(new monaco.Range(from.lineNumber, from.column, from.lineNumber, from.column + 2));
    });
    await page.keyboard.type('75');
    await expect.poll(() => funding.getByLabel('Signalering bij benutting (%)').inputValue()).toBe('75');
    await undo.click();
    await expect.poll(() => funding.getByLabel('Signalering bij benutting (%)').inputValue()).toBe('80');
    await expect.poll(() => editorText(page)).toContain('"signaleringPct": 80');
    await expect.poll(() => redo.isEnabled()).toBe(true);
    await shot(page, '60a-beleidsformulier-ongedaan-maken');

    // A choice other fields depend on asks what to do with them, and flags the description of the old choice.
    await funding.getByLabel('Budgetsturing').selectOption({ label: 'Budgetafspraak' });
    const question = form(page).getByRole('alertdialog');
    await question.getByText(/Signalering bij benutting \(%\)/).waitFor();
    await funding.getByText('Deze omschrijving noemt nog ‘Budgetplafond’, maar de keuze is nu ‘Budgetafspraak’. Pas de tekst aan.').waitFor();
    await shot(page, '60-beleidsformulier-afhankelijke-keuze');
    await question.getByRole('button', { name: 'Keuze terugzetten' }).click();
    await expect.poll(() => funding.getByLabel('Budgetsturing').inputValue()).toBe('budgetplafond');

    // Regional funding: trajecten may be converted to plekken (what Venlo's variant builds on).
    await funding.getByLabel('Omzetting van trajecten naar plekken').selectOption({ label: 'Ja' });
    await expect.poll(() => editorText(page)).toContain('"omzettingNaarPlekken": true');

    // Access, in both percelen: the toegang sets the intensity.
    for (const perceel of ['regionaal', 'lokaal']) {
      await form(page).getByLabel('Perceel').selectOption(perceel);
      const access = element(page, 'Toegang');
      await access.getByLabel('Wie bepaalt het HOE').selectOption({ label: 'Deels de toegang' });
      await access.getByRole('group', { name: 'HOE-elementen die de toegang vaststelt' }).getByLabel('Intensiteit').check();
    }
    await form(page).getByLabel('Perceel').selectOption('regionaal');
    const text = await editorText(page);
    expect(JSON.parse(text).policy.percelen.lokaal.toegang).toMatchObject({ hoe: 'deels-toegang', hoeElementenToegang: ['intensiteit'] });
    await page.getByText('Geen problemen in de beleidscontrole').waitFor();
    expect(await axe(page)).toEqual([]);
    await shot(page, '61-beleidsformulier');
  }, 180_000);

  it("adds to Venlo's variant by button: Venlo's access team also sets the duration; only that value is added, shown in words", async () => {
    const { page } = officer;
    const venloBefore = JSON.parse(await editorText(page)).overrides.venlo;
    await form(page).getByRole('button', { name: 'Gemeentelijke afwijking toevoegen' }).click();
    // Venlo already has a variant (plekken): choosing it opens that variant in the same form.
    await form(page).getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Venlo (heeft al een afwijking)' });
    await form(page).getByRole('button', { name: 'Bestaande afwijking aanvullen' }).click();
    const variant = form(page).getByRole('group', { name: 'Afwijking van Venlo' });
    await variant.getByText('Vul de toelichting aan met wat u aan de afwijking van Venlo toevoegt, en geef de bron daarvan.').waitFor();
    await form(page).getByTestId('variant-words').getByText('Venlo: plekken in plaats van trajecten (perceel regionaal)').waitFor();
    expect(await element(page, 'Bekostiging').getByLabel('Bekostigingsvorm').inputValue()).toBe('plek');
    const access = element(page, 'Toegang');
    expect(await access.getByLabel('Wie bepaalt het HOE').inputValue()).toBe('deels-toegang');
    await access.getByRole('group', { name: 'HOE-elementen die de toegang vaststelt' }).getByLabel('Duur').check();
    const explanation = variant.getByLabel('Toelichting (verplicht)');
    await explanation.fill(`${await explanation.inputValue()} In Venlo stelt de toegang ook de duur vast (fictief voorbeeld).`);
    await variant.getByLabel('Bron 2: document (verplicht)').selectOption({ label: 'Regionale beslisnotitie Noord-Limburg, project Sturing en Inkoop fase 3' });
    await variant.getByLabel('Bron 2: passage (verplicht)').fill('Toegang bepaalt WAT, zorgaanbieder bepaalt HOE (fictief aangevuld voor Venlo).');
    expect(await variant.getByText(/Vul de toelichting aan|Een afwijking heeft een toelichting/).count()).toBe(0);
    const venlo = JSON.parse(await editorText(page)).overrides.venlo;
    // Only the changed value is added; Venlo's existing entries stay as they were.
    expect(venlo.policy.percelen.regionaal.toegang).toEqual({ hoeElementenToegang: ['intensiteit', 'duur'] });
    expect(venlo.policy.percelen.regionaal.bekostiging).toEqual(venloBefore.policy.percelen.regionaal.bekostiging);
    expect(venlo.source).toEqual([...venloBefore.source, { document: '003_6f0bd8bccfd79392.txt', passage: expect.stringContaining('Venlo') }]);
    // The summary reads the variant in words, never as a JSON pointer.
    const summary = page.getByRole('region', { name: 'Samenvatting van het beleid' });
    await summary.getByText('Venlo: plekken in plaats van trajecten (perceel regionaal)').waitFor();
    await summary
      .getByText(/Venlo: .*duur/)
      .first()
      .waitFor();
    expect(await summary.textContent()).not.toContain('/policy/');
    await page.getByText('Geen problemen in de beleidscontrole').waitFor();
    expect(await axe(page)).toEqual([]);

    // Vergelijken shows the unsaved variant against version 1; leaving the tab disposes Monaco's diff editor cleanly.
    const tabs = page.getByRole('navigation', { name: 'Onderdelen van de regelset' });
    await tabs.getByRole('link', { name: 'Vergelijken', exact: true }).click();
    await page.getByTestId('monaco-diff').locator('.monaco-diff-editor').waitFor();
    await tabs.getByRole('link', { name: 'Bewerken', exact: true }).click();
    await page.getByTestId('monaco-diff').waitFor({ state: 'detached' });
    await page.waitForTimeout(500); // let a disposal error surface, if any
    expect(officer.errors).toEqual([]);

    await page.getByRole('button', { name: 'Concept opslaan' }).click();
    await page.getByText('Concept opgeslagen (revisie 2).').waitFor();
    await page
      .getByTestId('draft-banner')
      .getByText(/Concept van Fleur de Vries \(vaststeller\) · revisie 2/)
      .waitFor();
    const info = await session.api<{ drafts: { id: string }[] }>(API);
    expect(info.drafts).toHaveLength(1);
    draftId = info.drafts[0].id;
    await shot(page, '62-afwijking-venlo');
    await page.close();
  }, 120_000);

  it('a tester in another context opens that draft (read-only), runs the suite and the impact, and judges three changed cases at once', async () => {
    tester = await person('tester', 'Tom Tester');
    const { page } = tester;
    await page.goto(`${session.server.url}/#/regels/${RULESET}`);
    const banner = page.getByTestId('draft-banner');
    await banner.getByText(/Concept van Fleur de Vries \(vaststeller\) · revisie 2/).waitFor();
    await banner.getByText('Uw rol mag deze regelset alleen lezen; de editor is alleen-lezen.').waitFor();
    expect(await page.evaluate(() => window.__sturingEditor!.editor.getOption(window.__sturingEditor!.monaco.editor.EditorOption.readOnly))).toBe(true);

    await page.getByRole('navigation', { name: 'Onderdelen van de regelset' }).getByRole('link', { name: 'Regressietests', exact: true }).click();
    await expect.poll(() => page.getByLabel('Te testen').inputValue()).toBe(`c:${draftId}`);
    await page.getByRole('button', { name: 'Suite uitvoeren' }).click();
    await page.getByRole('region', { name: 'Resultaten' }).waitFor({ timeout: 90_000 });
    expect(await axe(page)).toEqual([]);
    // The results table fits a 1366 px screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
    await shot(page, '63-tester-regressietests');
    // A failing row opens its case in Case proberen.
    const failing = page.getByRole('region', { name: 'Resultaten' }).locator('tr.failed').first();
    const failingName = (await failing.locator('th').textContent()) ?? '';
    await failing.getByRole('button', { name: `“${failingName}” openen in Case proberen` }).click();
    await expect
      .poll(() => page.getByLabel('Voorbeeldcasus (uit de regressietests)').evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent))
      .toBe(failingName);
    await page
      .getByRole('region', { name: 'Verantwoording' })
      .getByText(/concept, revisie 2, geldig vanaf/)
      .waitFor();
    // Case proberen shows the case as a form (the JSON on its own tab).
    await page.getByRole('group', { name: 'Casus als formulier' }).getByLabel('Gemeente').waitFor();
    expect(await axe(page)).toEqual([]);
    await shot(page, '63b-tester-case-proberen');

    await page.getByRole('navigation', { name: 'Onderdelen van de regelset' }).getByRole('link', { name: 'Impact', exact: true }).click();
    await expect.poll(() => page.getByLabel('Naar', { exact: true }).inputValue()).toBe(`c:${draftId}`);
    await page.getByRole('button', { name: 'Impact berekenen' }).click();
    const section = page.getByRole('region', { name: 'Veranderde regressiegevallen' });
    await section.getByTestId('suite-changes-count').waitFor({ timeout: 90_000 });
    const items = section.locator('li.suite-case-review');
    const changed = await items.count();
    expect(changed).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < 3; i++) await items.nth(i).getByRole('checkbox').check();
    await section.getByText('Geselecteerde casussen beoordelen (3 casussen)').waitFor();
    await section.getByLabel('Toelichting (één voor alle geselecteerde casussen, verplicht)').fill(NOTE);
    await section.getByRole('button', { name: 'Beoogd', exact: true }).click();
    await section.getByText('3 casussen beoordeeld als beoogd; de verwachtingen volgen wanneer dit concept wordt gepubliceerd.').waitFor();
    // The rest, if any, in a second batch, so the draft can be published.
    if (changed > 3) {
      for (let i = 3; i < changed; i++) await items.nth(i).getByRole('checkbox').check();
      await section.getByLabel('Toelichting (één voor alle geselecteerde casussen, verplicht)').fill(NOTE);
      await section.getByRole('button', { name: 'Beoogd', exact: true }).click();
      await section
        .getByText(/beoordeeld als beoogd/)
        .last()
        .waitFor();
    }
    await section.getByText(new RegExp(`; ${changed} daarvan zijn beoordeeld\\.`)).waitFor();
    expect(await axe(page)).toEqual([]);
    await shot(page, '64-tester-impact-beoordeeld');

    // Testing and impact created no draft; the suite is unchanged until the draft is published.
    const info = await session.api<{ drafts: { id: string }[] }>(API);
    expect(info.drafts.map((d) => d.id)).toEqual([draftId]);
    const { beoordelingen } = await session.api<{ beoordelingen: { status: string; conceptId: string }[] }>(`${API}/suites`);
    expect(beoordelingen.filter((b) => b.conceptId === draftId && b.status === 'open')).toHaveLength(changed);
    // The read-only editor loads another document too: the published version replaces the draft's text in Monaco.
    expect(JSON.parse(await editorText(page)).overrides.venlo.policy.percelen.regionaal.toegang).toBeDefined();
    await page
      .getByTestId('draft-banner')
      .getByRole('button', { name: /Gepubliceerde versie 1 openen/ })
      .click();
    await page.getByTestId('draft-banner').getByText('Gepubliceerde versie 1').waitFor();
    await expect.poll(async () => JSON.parse(await editorText(page)).overrides.venlo.policy.percelen.regionaal.toegang).toBeUndefined();
    await tester.page.close();
  }, 240_000);

  it('the policy officer reopens the draft (banner), sees it in Geschiedenis, and publishes; the judged expectations follow', async () => {
    // A new tab: signed in again with the token link (the session lives per tab).
    const page = await officer.context.newPage();
    await page.goto(`${session.server.url}/#token=${officer.token}`);
    await page.getByRole('heading', { name: 'Segmentmatrix' }).waitFor();
    await page.goto(`${session.server.url}/#/regels/${RULESET}/geschiedenis`);
    const drafts = page.getByRole('region', { name: 'Concepten' });
    await drafts.getByRole('cell', { name: 'Fleur de Vries (vaststeller)', exact: true }).waitFor();
    await drafts.getByText('open in de editor').waitFor();
    expect(await axe(page)).toEqual([]);
    await shot(page, '65-geschiedenis-open-concepten');
    await page.getByRole('navigation', { name: 'Onderdelen van de regelset' }).getByRole('link', { name: 'Bewerken', exact: true }).click();
    await page
      .getByTestId('draft-banner')
      .getByText(/Concept van Fleur de Vries \(vaststeller\) · revisie 2 · laatst opgeslagen/)
      .waitFor();
    expect(JSON.parse(await editorText(page)).overrides.venlo.policy.percelen.regionaal.toegang).toEqual({ hoeElementenToegang: ['intensiteit', 'duur'] });
    await page.getByRole('button', { name: 'Publiceren…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Ingangsdatum').fill('2030-01-01');
    await dialog.getByLabel('Toelichting op de wijziging').fill('E2E: omzetting naar plekken, de toegang stelt de intensiteit vast, in Venlo ook de duur.');
    await dialog.getByRole('button', { name: 'Publiceren', exact: true }).click();
    await page.getByText('Versie 2 gepubliceerd.').waitFor({ timeout: 90_000 });
    await page.getByTestId('draft-banner').getByText('Gepubliceerde versie 2').waitFor();
    // The published version is a document of its own: undo does not go back into the draft's text.
    expect(await page.evaluate(() => window.__sturingEditor!.editor.getModel()!.canUndo())).toBe(false);
    expect(await form(page).getByRole('button', { name: 'Ongedaan maken' }).isDisabled()).toBe(true);
    await shot(page, '66-gepubliceerd');

    const version = await session.api<{ document: { overrides: Record<string, { policy: unknown }> } }>(`${API}/versions/2`);
    expect(version.document.overrides.venlo.policy).toMatchObject({ percelen: { regionaal: { toegang: { hoeElementenToegang: ['intensiteit', 'duur'] } } } });
    const { suites, beoordelingen } = await session.api<{
      suites: { suite: { cases: { wijzigingen?: { versie: number; toelichting: string }[] }[] } }[];
      beoordelingen: { status: string; conceptId: string }[];
    }>(`${API}/suites`);
    const followed = suites.flatMap((s) => s.suite.cases).filter((c) => c.wijzigingen?.some((w) => w.versie === 2 && w.toelichting === NOTE));
    expect(followed.length).toBe(beoordelingen.filter((b) => b.conceptId === draftId && b.status === 'toegepast').length);
    expect(followed.length).toBeGreaterThanOrEqual(3);
    expect(officer.errors).toEqual([]);
    expect(tester.errors).toEqual([]);
  }, 180_000);

  it("an access worker (third role, third context) checks a Venlo case whose HOE presets follow Venlo's variant, and saves the dossier", async () => {
    worker = await person('lezer', 'Ali Consulent');
    const { page } = worker;
    await page.goto(`${session.server.url}/#/toegangscheck`);
    await page.getByRole('heading', { name: 'Toegangscheck' }).waitFor();
    // Venlo of Noord-Limburg.
    await page.locator('#gemeente option[value="noord-limburg/venlo"]').waitFor({ state: 'attached' });
    await page.locator('#gemeente').selectOption('noord-limburg/venlo');
    await page.locator('#segment option[value="noord-limburg/wmo/S1b"]').waitFor({ state: 'attached' });
    await page.locator('#segment').selectOption('noord-limburg/wmo/S1b');
    await page.locator('#perceel option[value="regionaal"]').waitFor({ state: 'attached' });
    await page.locator('#perceel').selectOption('regionaal');
    await page.locator('#besluitdatum').fill('2030-06-01');
    // Under version 2 the access team sets the intensity (regional) and, in Venlo, the duration too (Venlo's variant).
    await page.getByText('Duur vastgesteld door (volgens beleid: toegang — afwijking van Venlo)').waitFor();
    await page.getByText('Intensiteit vastgesteld door (volgens beleid: toegang)', { exact: true }).waitFor();
    await expect.poll(() => page.locator('input[name="hoe-duur-door"]:checked').inputValue(), { timeout: 15_000 }).toBe('toegang');
    expect(await page.locator('input[name="hoe-intensiteit-door"]:checked').inputValue()).toBe('toegang');
    expect(await page.locator('input[name="hoe-product-door"]:checked').inputValue()).toBe('open');
    expect(await axe(page)).toEqual([]);
    await page.locator('#hoe-intensiteit').fill('3 uur per week (fictief)');
    await page.locator('#hoe-duur').fill('6 maanden (fictief)');
    await page.getByRole('button', { name: 'Besluit toetsen' }).click();
    await page.getByRole('heading', { name: 'Uitkomst van de toets' }).waitFor();
    // The access team sets what Venlo's policy gives it: no HOE_BIJ_AANBIEDER.
    expect(await page.locator('.access-result').textContent()).not.toContain('HOE_BIJ_AANBIEDER');
    await page.getByRole('button', { name: 'Beschikkingsdossier tonen' }).click();
    const dossier = page.locator('article.dossier');
    await dossier.waitFor();
    expect(await dossier.innerText()).toMatch(/Versie\s+2, geldig vanaf 1 januari 2030/);
    // The dossier's policy choices name Venlo's variant where it sets the access (and the funding).
    const choices = dossier.getByRole('table', { name: 'Beleidskeuzes voor perceel regionaal' });
    expect(await choices.getByRole('row', { name: /^Toegang/ }).innerText()).toContain('(afwijking van de gemeente)');
    expect(await choices.getByRole('row', { name: /^Leveranciersmanagement/ }).innerText()).not.toContain('afwijking');
    expect(await axe(page)).toEqual([]);
    await shot(page, '67-toegangscheck-venlo-versie-2');
    const downloaded = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Opslaan als HTML' }).click();
    const download = await downloaded;
    expect(download.suggestedFilename()).toMatch(/^beschikkingsdossier-venlo-2030-06-01\.html$/);
    expect(readFileSync((await download.path())!, 'utf8')).toMatch(/^<!doctype html>/);
    expect(worker.errors).toEqual([]);
  }, 120_000);
});
