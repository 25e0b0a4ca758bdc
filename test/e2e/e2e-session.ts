// One end-to-end session: the built editor served by the real server (server/index.ts, temporary store, free port),
// driven by Debian's Chromium. Every e2e file starts its own session so files stay independent.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT } from '../api/harness';
import { spawnServer, type ServerProcess } from '../api/spawn-server';

export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = join(ROOT, 'test', 'e2e', 'screenshots');
export const E2E_TOKEN = 'e2e-beheerder-token-0123456789';

export interface E2eSession {
  server: ServerProcess;
  browser: Browser;
  page: Page;
  /** Full-page screenshot under test/e2e/screenshots/<name>.png. */
  shot: (name: string) => Promise<void>;
  /** Opens the editor signed in as beheerder (token link) and waits for the home page. */
  signIn: () => Promise<void>;
  /** GET on the API with the beheerder token; fails the test unless 200. */
  api: <T>(path: string) => Promise<T>;
  /** Opens a rule set's page and replaces the editor text by pasting `text` (typing ~300 lines takes Monaco half a minute). */
  replaceRuleSetText: (rulesetId: string, text: string) => Promise<void>;
  /** Follows a link of the main menu and waits for the page's heading. */
  openPage: (link: string, heading: string) => Promise<void>;
  /** Clicks a tab of the rule-set page (Bewerken, Case proberen, Vergelijken, …). */
  openTab: (name: string) => Promise<void>;
  close: () => Promise<void>;
}

/** Builds the editor when stale, starts the server and Chromium. Fails loudly when Chromium is missing (.ci/run installs it). */
export async function startE2eSession(): Promise<E2eSession> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium ontbreekt op ${CHROMIUM}: installeer het Debian-pakket chromium (.ci/run doet dat).`);
  const build = spawnSync(process.execPath, [join(ROOT, 'editor', 'build-if-stale.js')], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`editor build failed:\n${build.stdout}\n${build.stderr}`);
  mkdirSync(SCREENSHOTS, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'sturing-e2e-'));
  const server = await spawnServer({ STURING_DATA_DIR: dataDir, STURING_ADMIN_TOKEN: E2E_TOKEN });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--lang=nl-NL'],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  return {
    server,
    browser,
    page,
    shot: async (name) => {
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
    },
    signIn: async () => {
      await page.goto(`${server.url}/#token=${E2E_TOKEN}`);
      await page.getByRole('heading', { name: 'Segmentmatrix' }).waitFor();
    },
    openPage: async (link, heading) => {
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: link, exact: true }).click();
      await page.getByRole('heading', { name: heading }).first().waitFor();
    },
    api: async <T>(path: string): Promise<T> => {
      const response = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${E2E_TOKEN}` } });
      if (response.status !== 200) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    },
    replaceRuleSetText: async (rulesetId, text) => {
      await page.goto(`${server.url}/#/regels/${rulesetId}`);
      await page.locator('.monaco-editor .view-lines').waitFor();
      await page.getByText('Geen problemen in de beleidscontrole').waitFor();
      await page.locator('.monaco-editor .view-lines').click();
      await page.keyboard.press('Control+A');
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
      await page.evaluate((value) => navigator.clipboard.writeText(value), text);
      await page.keyboard.press('Control+V');
    },
    openTab: async (name) => {
      await page.getByRole('navigation', { name: 'Onderdelen van de regelset' }).getByRole('link', { name, exact: true }).click();
    },
    close: async () => {
      await browser.close();
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
