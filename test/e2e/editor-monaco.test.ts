// End-to-end checks of Monaco in the rule-set editor (Chromium, real server): the files' relative $schema resolves
// to the bundled schema, hovers show its Dutch descriptions, enum values complete, and the marker latency on a
// ≈50 KB rule set is measured (reported, not asserted: the machine is shared and timings are noisy).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS, startE2eSession, type E2eSession } from './e2e-session';

const POLICY_OWNER = 'sturing-beleid';
const SCHEMA_OWNER = 'json';

interface MarkerInfo {
  owner: string;
  message: string;
  line: number;
}

/** All markers on the rule-set model. */
function markers(page: Page): Promise<MarkerInfo[]> {
  return page.evaluate(() => {
    const handle = window.__sturingEditor;
    const model = handle?.editor.getModel();
    if (!handle || !model) throw new Error('editor not mounted');
    return handle.monaco.editor.getModelMarkers({ resource: model.uri }).map((m) => ({ owner: m.owner, message: m.message, line: m.startLineNumber }));
  });
}

/** Scrolls the line holding `"key":` into view (Monaco renders only visible lines) and returns the key's span. */
async function revealKey(page: Page, key: string) {
  await page.evaluate((needle) => {
    const { editor } = window.__sturingEditor!;
    const match = editor.getModel()!.findNextMatch(needle, { lineNumber: 1, column: 1 }, false, true, null, false);
    if (!match) throw new Error(`not found: ${needle}`);
    editor.revealLineInCenter(match.range.startLineNumber);
  }, `"${key}":`);
  return page.locator('.monaco-editor .view-line span', { hasText: new RegExp(`^"${key}"$`) }).first();
}

/** Moves the cursor right after the first occurrence of `text` in the model and focuses the editor. */
function placeCursorAfter(page: Page, text: string): Promise<void> {
  return page.evaluate((needle) => {
    const { editor } = window.__sturingEditor!;
    const model = editor.getModel()!;
    const match = model.findNextMatch(needle, { lineNumber: 1, column: 1 }, false, true, null, false);
    if (!match) throw new Error(`not found: ${needle}`);
    editor.setPosition(match.range.getEndPosition());
    editor.focus();
  }, text);
}

describe('Monaco in the rule-set editor (Chromium)', () => {
  let session: E2eSession;
  let page: Page;

  beforeAll(async () => {
    session = await startE2eSession();
    page = session.page;
    await session.signIn();
    await page.goto(`${session.server.url}/#/regels/noord-limburg/wmo/S1b`);
    await page.locator('.monaco-editor .view-lines').waitFor();
    await page.waitForFunction(() => Boolean(window.__sturingEditor?.editor.getModel()?.getValue().includes('"$schema"')));
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  it('uses the bundled rule-set schema for the file’s relative $schema: enum errors are found, nothing about $schema', async () => {
    expect(await page.evaluate(() => window.__sturingEditor!.editor.getModel()!.getLineContent(2))).toContain(
      '"$schema": "../../../../engine/schemas/ruleset.schema.json"',
    );
    await placeCursorAfter(page, '"basiseenheid": "traject');
    await page.keyboard.type('x');
    await expect.poll(async () => (await markers(page)).filter((m) => m.owner === SCHEMA_OWNER).length, { timeout: 15_000 }).toBeGreaterThan(0);
    const all = await markers(page);
    const schemaMarkers = all.filter((m) => m.owner === SCHEMA_OWNER);
    // The enum comes from our schema, so the worker really validates against it.
    expect(schemaMarkers.map((m) => m.message).join('\n')).toMatch(/pxq|traject|plek/);
    // In Dutch, like the engine's own marker on the same node: no English duplicate.
    expect(schemaMarkers.map((m) => m.message).join('\n')).toMatch(/^Ongeldige waarde; toegestaan: /m);
    expect(all.filter((m) => /Value is not accepted|Incorrect type|Missing property/.test(m.message))).toEqual([]);
    expect(all.filter((m) => /\$schema|schema.*(laden|load)|Unable to load|No schema request/i.test(m.message))).toEqual([]);
    expect(all.some((m) => m.line === 2)).toBe(false);
    await page.keyboard.press('Control+Z');
    await expect.poll(async () => (await markers(page)).length, { timeout: 15_000 }).toBe(0);
  });

  it('shows the Dutch schema descriptions when hovering keys', async () => {
    const key = await revealKey(page, 'basiseenheid');
    await key.hover();
    const hover = page.locator('.monaco-hover-content').first();
    await hover.waitFor({ timeout: 15_000 });
    await expect.poll(() => hover.textContent()).toContain('De ene bekostigingsgrondslag (basiseenheid) van het segment');
    await session.shot('40-monaco-hover');
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    await hover.waitFor({ state: 'hidden' });
    const bekostiging = await revealKey(page, 'bekostiging');
    await bekostiging.hover();
    await expect
      .poll(() => page.locator('.monaco-hover-content').first().textContent(), { timeout: 15_000 })
      .toContain('Bekostiging: hoe de aanbieder wordt betaald');
    await page.mouse.move(5, 5);
  });

  it('offers the enum values on Ctrl+Space inside an enum value', async () => {
    await placeCursorAfter(page, '"basiseenheid": "');
    await page.keyboard.press('Control+Space');
    const rows = page.locator('.suggest-widget .monaco-list-row');
    await rows.first().waitFor({ timeout: 15_000 });
    const labels = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? e.textContent ?? ''));
    const offered = labels.join('\n');
    for (const value of ['pxq', 'traject', 'plek', 'resultaat', 'lumpsum', 'populatie', 'gebied', 'beschikbaarheid', 'prijs-per-dag'])
      expect(offered).toContain(`"${value}"`);
    await session.shot('41-monaco-enum-suggest');
    await page.keyboard.press('Escape');
  });

  it('shows schema and policy markers after one keystroke in a ≈50 KB rule set (latency reported)', async () => {
    // Pad the real rule set with more sources (bron entries), valid for schema and policy checks, to ≈50 KB.
    const size = await page.evaluate(() => {
      const { editor } = window.__sturingEditor!;
      const model = editor.getModel()!;
      const document = JSON.parse(model.getValue()) as { source: unknown[] };
      for (let i = 0; JSON.stringify(document, null, 2).length < 50_000; i++)
        document.source.push({
          document: '003_6f0bd8bccfd79392.txt',
          passage: `Passage ${i}: trajectfinanciering met budgetplafond voor regionale aanbieders; de toegang bepaalt het WAT, de aanbieder het HOE.`,
          toelichting: `Opvulling voor de meting van de markeringen in een regelset van ongeveer 50 kB (regel ${i}).`,
        });
      const text = JSON.stringify(document, null, 2);
      editor.executeEdits('e2e', [{ range: model.getFullModelRange(), text }]);
      return text.length;
    });
    expect(size).toBeGreaterThanOrEqual(50_000);
    await page.getByText('Geen problemen in de beleidscontrole').waitFor({ timeout: 30_000 });
    await expect.poll(async () => (await markers(page)).length, { timeout: 15_000 }).toBe(0);

    const runs: { schemaMs: number; policyMs: number; frameMs: number }[] = [];
    for (let run = 0; run < 10; run++) {
      await placeCursorAfter(page, '"basiseenheid": "traject');
      const timing = await page.evaluate(
        ({ policyOwner, schemaOwner }) =>
          new Promise<{ schemaMs: number; policyMs: number; frameMs: number }>((resolve, reject) => {
            const { editor, monaco } = window.__sturingEditor!;
            const model = editor.getModel()!;
            const seen: Record<string, number> = {};
            let frameMs = -1;
            const check = () => {
              const now = performance.now() - start;
              for (const owner of [schemaOwner, policyOwner])
                if (seen[owner] === undefined && monaco.editor.getModelMarkers({ resource: model.uri, owner }).length > 0) seen[owner] = now;
              if (seen[schemaOwner] !== undefined && seen[policyOwner] !== undefined && frameMs >= 0) {
                subscription.dispose();
                clearTimeout(timeout);
                resolve({ schemaMs: seen[schemaOwner], policyMs: seen[policyOwner], frameMs });
              }
            };
            const subscription = monaco.editor.onDidChangeMarkers(check);
            const timeout = setTimeout(() => reject(new Error(`markers missing after 20 s: ${JSON.stringify(seen)}`)), 20_000);
            const start = performance.now();
            editor.trigger('keyboard', 'type', { text: 'x' });
            // The next painted frame after the keystroke: how long typing blocks the page.
            requestAnimationFrame(() => {
              frameMs = performance.now() - start;
              check();
            });
          }),
        { policyOwner: POLICY_OWNER, schemaOwner: SCHEMA_OWNER },
      );
      runs.push(timing);
      await page.evaluate(() => window.__sturingEditor!.editor.trigger('keyboard', 'undo', null));
      await expect.poll(async () => (await markers(page)).length, { timeout: 15_000 }).toBe(0);
    }
    const stats = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      const median = (sorted[(sorted.length - 1) >> 1] + sorted[sorted.length >> 1]) / 2;
      return { medianMs: Math.round(median), maxMs: Math.round(sorted.at(-1)!) };
    };
    const report = {
      ruleSetBytes: size,
      runs: runs.length,
      schemaMarkers: stats(runs.map((r) => r.schemaMs)),
      policyMarkers: stats(runs.map((r) => r.policyMs)),
      bothMarkers: stats(runs.map((r) => Math.max(r.schemaMs, r.policyMs))),
      nextFrameAfterKeystroke: stats(runs.map((r) => r.frameMs)),
      note: 'Chromium headless on a shared 2-core machine; timings are noisy and not asserted.',
    };
    console.log(`marker latency (${size} bytes): ${JSON.stringify(report)}`);
    writeFileSync(join(SCREENSHOTS, 'marker-latency.json'), `${JSON.stringify({ ...report, samples: runs }, null, 2)}\n`);
    expect(runs).toHaveLength(10);
    await page.keyboard.type('x');
    await page.locator('.monaco-editor .squiggly-error').first().waitFor();
    await session.shot('42-monaco-50kb-markers');
  });

  it('keeps fast typing in place in the 50 KB rule set (a lagging render never writes an older text back)', async () => {
    await page.keyboard.press('Control+Z');
    await page.evaluate(() => {
      const { editor } = window.__sturingEditor!;
      const match = editor.getModel()!.findNextMatch('"basiseenheid": "traject"', { lineNumber: 1, column: 1 }, false, true, null, false)!;
      editor.setSelection({ ...match.range, startColumn: match.range.endColumn - 8, endColumn: match.range.endColumn - 1 });
      editor.focus();
    });
    await page.keyboard.type('trajekt', { delay: 20 });
    await page.getByText(/^1 probleem in de beleidscontrole/).waitFor();
    const text = await page.evaluate(() => window.__sturingEditor!.editor.getModel()!.getValue());
    expect(text).toContain('"basiseenheid": "trajekt",');
    expect(text.trimEnd().endsWith('}')).toBe(true);
    expect(() => JSON.parse(text) as unknown).not.toThrow();
  });

  it('offers the region’s municipality ids as keys inside overrides', async () => {
    await placeCursorAfter(page, '"overrides": {');
    await page.keyboard.type('"');
    await page.keyboard.press('Control+Space');
    const rows = page.locator('.suggest-widget .monaco-list-row');
    await rows.first().waitFor({ timeout: 15_000 });
    const offered = (await rows.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? e.textContent ?? ''))).join('\n');
    for (const id of ['beesel', 'venlo', 'horst-aan-de-maas']) expect(offered).toContain(id);
    await session.shot('43-monaco-gemeente-suggest');
    await page.keyboard.press('Escape');
  });

  it('speaks Dutch in its own widgets: the find widget and a problem’s hover', async () => {
    await placeCursorAfter(page, '"title": ');
    await page.keyboard.press('Control+F');
    const find = page.locator('.find-widget');
    await find.getByRole('textbox', { name: 'Zoeken' }).fill('tekst-die-nergens-staat');
    await find.getByText('Geen resultaten').waitFor();
    expect(await find.getByRole('checkbox', { name: /Hoofdlettergevoelig/ }).count()).toBe(1);
    await page.keyboard.press('Escape');
    // The quote typed for the completion above left the text invalid JSON: its problem hover offers Dutch actions.
    await page.evaluate(() => {
      const { editor, monaco } = window.__sturingEditor!;
      const [first] = monaco.editor.getModelMarkers({ resource: editor.getModel()!.uri }).filter((m) => m.severity === monaco.MarkerSeverity.Error);
      editor.setPosition({ lineNumber: first.startLineNumber, column: first.startColumn });
      editor.focus();
      editor.trigger('e2e', 'editor.action.showHover', {});
    });
    const hover = page.locator('.monaco-hover');
    await hover.getByText('Probleem bekijken').waitFor({ timeout: 15_000 });
    expect((await hover.allTextContents()).join(' ')).not.toMatch(/View Problem|No quick fixes available/);
    await session.shot('44-monaco-nederlands');
  });
});
