// Every page of the editor, in one place: the accessibility run (axe-core) and the screenshots walk this list.
// A helper who adds a page or a tab adds it here, with what to wait for before the page counts as loaded.
import type { Page } from 'playwright-core';

export interface EditorPage {
  /** Screenshot name (test/e2e/screenshots/a11y-<name>.png). */
  name: string;
  /** Hash route; undefined for the sign-in page (shown without a token). */
  hash?: string;
  /** Waits until the page shows its content. */
  ready: (page: Page) => Promise<void>;
}

const S1B = 'noord-limburg/wmo/S1b';
const heading = (name: string) => async (page: Page) => {
  await page.getByRole('heading', { name, exact: true }).first().waitFor();
};
const rulesetTab = (label: string) => async (page: Page) => {
  await page
    .getByRole('heading', { name: /Noord-Limburg Wmo S1b|S1b/ })
    .first()
    .waitFor();
  await page.getByRole('region', { name: label }).waitFor();
};

export const EDITOR_PAGES: EditorPage[] = [
  { name: 'aanmelden', ready: heading('Aanmelden bij Sturing') },
  {
    name: 'segmentmatrix',
    hash: '#/',
    ready: async (page) => {
      await heading('Segmentmatrix')(page);
      await page.locator('table').first().waitFor();
    },
  },
  {
    name: 'regelset-bewerken',
    hash: `#/regels/${S1B}`,
    ready: async (page) => {
      await page.locator('.monaco-editor .view-lines').waitFor();
      await page.getByText('Geen problemen in de beleidscontrole').waitFor();
    },
  },
  { name: 'regelset-proberen', hash: `#/regels/${S1B}/proberen`, ready: rulesetTab('Case proberen') },
  {
    name: 'regelset-vergelijken',
    hash: `#/regels/${S1B}/vergelijken`,
    ready: async (page) => {
      await rulesetTab('Vergelijken')(page);
      await page.locator('[data-testid="monaco-diff"] .monaco-editor .view-lines').first().waitFor();
    },
  },
  { name: 'regelset-regressie', hash: `#/regels/${S1B}/regressie`, ready: rulesetTab('Regressietests') },
  { name: 'regelset-impact', hash: `#/regels/${S1B}/impact`, ready: rulesetTab('Impact') },
  { name: 'regelset-geschiedenis', hash: `#/regels/${S1B}/geschiedenis`, ready: rulesetTab('Geschiedenis') },
  {
    name: 'toegangscheck',
    hash: '#/toegangscheck',
    ready: async (page) => {
      await heading('Toegangscheck')(page);
      await page.locator('#gemeente option[value="noord-limburg/venlo"]').waitFor({ state: 'attached' });
    },
  },
  {
    name: 'bekostiging',
    hash: '#/bekostiging',
    ready: async (page) => {
      await heading('Bekostiging berekenen')(page);
      await page.getByRole('heading', { name: 'Uitkomst' }).waitFor();
    },
  },
  { name: 'resultaten', hash: '#/resultaten', ready: heading('Resultaatsturing') },
];
