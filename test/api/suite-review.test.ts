// Judging suite cases a draft changes: intended (the expectation follows when that draft is published, with history and audit) or regression
// (publish keeps refusing, naming the case); judgements belong to their draft: withdrawn before publishing, lapsed with a discarded draft.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportStore } from '../../server/store/export-store';
import { DIALECTS, ROOT, startTestServer, type LooseJson, type TestServer } from './harness';

const S1B = '/api/rulesets/noord-limburg/wmo/S1b';
const SUITE = 'noord-limburg/wmo/S1b#wmo-S1b';
const INTENSITY_CASE = 'Toegang stelt de intensiteit vast → HOE_BIJ_AANBIEDER';

const reviewPath = (index: number, suiteId = SUITE) => `${S1B}/suites/${encodeURIComponent(suiteId)}/cases/${index}/beoordeling`;

describe.each(DIALECTS)('suite case review (%s)', (dialect) => {
  let server: TestServer;
  let draftId: string;
  let changed: LooseJson[];
  beforeAll(async () => {
    server = await startTestServer(dialect);
    const created = await server.call('POST', `${S1B}/drafts`, { role: 'beleidsmedewerker', body: {} });
    const document = created.json.document;
    for (const perceel of Object.values(document.policy.percelen) as LooseJson[]) {
      perceel.toegang.hoe = 'deels-toegang';
      perceel.toegang.hoeElementenToegang = ['intensiteit'];
    }
    await server.call('PUT', `${S1B}/drafts/${created.json.id}`, {
      role: 'beleidsmedewerker',
      body: { document },
      headers: { 'if-match': created.headers.get('etag') as string },
    });
    draftId = created.json.id;
  }, 60_000);
  afterAll(async () => server?.close());

  it('lists the suite cases the draft changes', async () => {
    const response = await server.call('GET', `${S1B}/drafts/${draftId}/suite-changes`, { role: 'lezer' });
    expect(response.status, response.text.slice(0, 300)).toBe(200);
    expect(response.json).toMatchObject({ ruleset: 'noord-limburg/wmo/S1b', draftId, version: 2, total: 18 });
    changed = response.json.changed;
    const intensity = changed.find((c) => c.name === INTENSITY_CASE);
    expect(intensity).toMatchObject({
      suiteId: SUITE,
      index: 1,
      expected: { findings: ['HOE_BIJ_AANBIEDER'] },
      // The code, and the same finding by code, severity and rule (the suite's details).
      missing: expect.arrayContaining(['HOE_BIJ_AANBIEDER', expect.stringMatching(/^HOE_BIJ_AANBIEDER \(fout, toegang\/hoe-bij-aanbieder\/intensiteit/)]),
      beoordeling: null,
    });
    expect(response.json.passed).toBe(18 - changed.length);
  });

  it('refuses bad judgements: field named (400), unchanged case (422), unknown suite or case (404), not a tester (403)', async () => {
    const bad = await server.call('POST', reviewPath(1), { role: 'tester', body: { oordeel: 'misschien', toelichting: 'x', draftId } });
    expect(bad.status).toBe(400);
    expect(bad.json.issues.map((i: LooseJson) => i.path)).toEqual(expect.arrayContaining(['/oordeel', '/toelichting']));
    const missing = await server.call('POST', reviewPath(1), { role: 'tester', body: { oordeel: 'beoogd', draftId } });
    expect(missing.status).toBe(400);
    expect(missing.json.detail).toMatch(/toelichting/);
    const unchanged = await server.call('POST', reviewPath(2), { role: 'tester', body: { oordeel: 'beoogd', toelichting: 'Geen wijziging.', draftId } });
    expect(unchanged.status).toBe(422);
    expect(unchanged.json.code).toBe('GEVAL_ONGEWIJZIGD');
    expect(
      (await server.call('POST', reviewPath(1, 'bestaat-niet'), { role: 'tester', body: { oordeel: 'beoogd', toelichting: 'Nee.', draftId } })).status,
    ).toBe(404);
    expect((await server.call('POST', reviewPath(99), { role: 'tester', body: { oordeel: 'beoogd', toelichting: 'Nee.', draftId } })).status).toBe(404);
    expect((await server.call('POST', reviewPath(1), { role: 'tester', body: { oordeel: 'beoogd', toelichting: 'Nee.', draftId: 'onbekend' } })).status).toBe(
      404,
    );
    expect((await server.call('POST', reviewPath(1), { role: 'beleidsmedewerker', body: { oordeel: 'beoogd', toelichting: 'Nee.', draftId } })).status).toBe(
      403,
    );
  });

  it('a case marked as regression keeps the publish gate refusing, and its 422 names the case as a marked regression', async () => {
    for (const c of changed) {
      const oordeel = c.index === 1 ? 'regressie' : 'beoogd';
      const marked = await server.call('POST', reviewPath(c.index, c.suiteId), {
        role: 'tester',
        body: {
          oordeel,
          toelichting: oordeel === 'regressie' ? 'Intensiteit hoort bij de aanbieder te blijven.' : 'Gevolg van de nieuwe HOE-verdeling.',
          draftId,
        },
      });
      expect(marked.status, marked.text.slice(0, 300)).toBe(201);
      expect(marked.json.beoordeling).toMatchObject({ oordeel, conceptId: draftId, versie: 2, door: 'test tester (tester)' });
    }
    const refused = await server.call('POST', `${S1B}/drafts/${draftId}/publish`, {
      role: 'vaststeller',
      body: { effectiveFrom: '2030-01-01', changeNote: 'Toegang stelt de intensiteit vast.' },
    });
    expect(refused.status).toBe(422);
    expect(refused.json.failingCases).toHaveLength(1);
    expect(refused.json.failingCases[0]).toMatchObject({
      name: INTENSITY_CASE,
      beoordeling: { oordeel: 'regressie', toelichting: 'Intensiteit hoort bij de aanbieder te blijven.' },
    });
    expect(refused.json.detail).toMatch(/gemarkeerd als regressie/);
    expect(refused.json.issues[0].message).toMatch(/gemarkeerd als regressie door test tester \(tester\): Intensiteit hoort/);
  });

  it('marked intended: pending until publishing, then the expectation follows with its history and an audit entry', async () => {
    const marked = await server.call('POST', reviewPath(1), {
      role: 'tester',
      body: { oordeel: 'beoogd', toelichting: 'Beleid gewijzigd: de toegang stelt de intensiteit vast.', draftId, revisie: 2 },
    });
    expect(marked.status, marked.text.slice(0, 300)).toBe(201);
    expect(marked.json.beoordeling).toMatchObject({ status: 'open', revisie: 2, uitkomst: { findings: [] } });
    // Pending: the suite itself is untouched until the draft is published.
    expect(marked.json.geval.expect).toMatchObject({ findings: ['HOE_BIJ_AANBIEDER'] });
    const before = await server.call('GET', `${S1B}/suites`, { role: 'lezer' });
    expect(before.json.suites.find((s: LooseJson) => s.id === SUITE).suite.cases[1].expect).toMatchObject({ findings: ['HOE_BIJ_AANBIEDER'] });
    const ofIntensity = before.json.beoordelingen.filter((b: LooseJson) => b.suiteId === SUITE && b.index === 1);
    expect(ofIntensity.map((b: LooseJson) => [b.oordeel, b.status])).toEqual([
      ['beoogd', 'open'],
      ['regressie', 'vervangen'],
    ]);
    const changes = await server.call('GET', `${S1B}/drafts/${draftId}/suite-changes`, { role: 'lezer' });
    expect(changes.json.changed.find((c: LooseJson) => c.index === 1)).toMatchObject({ beoordeling: { oordeel: 'beoogd' }, beoordelingActueel: true });
    const published = await server.call('POST', `${S1B}/drafts/${draftId}/publish`, {
      role: 'vaststeller',
      body: { effectiveFrom: '2030-01-01', changeNote: 'Toegang stelt de intensiteit vast.' },
    });
    expect(published.status, published.text.slice(0, 500)).toBe(201);
    expect(published.json.version).toBe(2);
    const suites = await server.call('GET', `${S1B}/suites`, { role: 'lezer' });
    const intensity = suites.json.suites.find((s: LooseJson) => s.id === SUITE).suite.cases[1];
    expect(intensity.expect).toEqual({ findings: [], details: [] });
    expect(intensity.wijzigingen).toEqual([
      {
        versie: 2,
        concept: draftId,
        toelichting: 'Beleid gewijzigd: de toegang stelt de intensiteit vast.',
        door: 'test tester (tester)',
        datum: expect.any(String),
        vorigeVerwachting: {
          findings: ['HOE_BIJ_AANBIEDER'],
          details: [expect.objectContaining({ code: 'HOE_BIJ_AANBIEDER', severity: 'fout', ruleId: 'toegang/hoe-bij-aanbieder/intensiteit' })],
        },
      },
    ]);
    expect(suites.json.beoordelingen.filter((b: LooseJson) => b.conceptId === draftId && b.status === 'open')).toEqual([]);
    expect(suites.json.beoordelingen.find((b: LooseJson) => b.suiteId === SUITE && b.index === 1)).toMatchObject({ status: 'toegepast', versie: 2 });
    const audit = await server.call('GET', `/api/audit?target=noord-limburg/wmo/S1b`, { role: 'lezer' });
    const updated = audit.json.entries.find((e: LooseJson) => e.action === 'verwachting-bijgewerkt' && e.target.endsWith('/cases/1'));
    expect(updated).toMatchObject({
      actor: 'test tester (tester)',
      target: `noord-limburg/wmo/S1b/suites/${encodeURIComponent(SUITE)}/cases/1`,
      detail: { oordeel: 'beoogd', concept: draftId, versie: 2, toelichting: 'Beleid gewijzigd: de toegang stelt de intensiteit vast.' },
    });
    expect(audit.json.entries.some((e: LooseJson) => e.action === 'regressie-gemarkeerd')).toBe(true);
    expect(audit.json.entries.some((e: LooseJson) => e.action === 'beoogd-gemarkeerd')).toBe(true);
  });

  it('the published version 1 still passes the suite: older versions are held to the expectation before the change', async () => {
    const started = await server.call('POST', '/api/test-runs', { role: 'tester', body: { ruleset: 'noord-limburg/wmo/S1b', version: 1 } });
    await (await fetch(`${server.url}/api/test-runs/${started.json.id}/events`, { headers: { authorization: `Bearer ${server.tokens.tester}` } })).text();
    const run = await server.call('GET', `/api/test-runs/${started.json.id}`, { role: 'tester' });
    expect(run.json).toMatchObject({ status: 'klaar', failed: 0, total: 18 });
    const latest = await server.call('POST', '/api/test-runs', { role: 'tester', body: { ruleset: 'noord-limburg/wmo/S1b', version: 2 } });
    await (await fetch(`${server.url}/api/test-runs/${latest.json.id}/events`, { headers: { authorization: `Bearer ${server.tokens.tester}` } })).text();
    expect((await server.call('GET', `/api/test-runs/${latest.json.id}`, { role: 'tester' })).json).toMatchObject({ status: 'klaar', failed: 0 });
  });

  it('sturing export --suites writes the history back to files, and sturing test still runs them', async () => {
    const rulesDir = mkdtempSync(join(tmpdir(), 'sturing-review-rules-'));
    const suitesDir = mkdtempSync(join(tmpdir(), 'sturing-review-suites-'));
    try {
      const written = await exportStore(rulesDir, { ...server.config, suitesDir });
      expect(written.suites).toBeGreaterThan(0);
      const file = join(suitesDir, 'noord-limburg', 'wmo-S1b.json');
      const exported = JSON.parse(readFileSync(file, 'utf8'));
      expect(exported.cases[1].wijzigingen[0]).toMatchObject({ versie: 2, concept: draftId, vorigeVerwachting: { findings: ['HOE_BIJ_AANBIEDER'] } });
      // Against the exported rules (versions 1 and 2) every case passes: the suite cases date from 2022, so they resolve to version 1
      // and are held to the expectation before the change.
      const run = spawnSync(process.execPath, [join(ROOT, 'bin/sturing.js'), 'test', file, '--rules', rulesDir], { encoding: 'utf8' });
      expect(run.stdout + run.stderr).toMatch(/18 passed, 0 failed/);
      expect(run.status).toBe(0);
    } finally {
      rmSync(rulesDir, { recursive: true, force: true });
      rmSync(suitesDir, { recursive: true, force: true });
    }
  });
});

/** A draft of S1b in which the access team fixes the intensity (it changes several suite cases); returns its id and the changed cases. */
async function intensityDraft(server: TestServer): Promise<{ id: string; changed: LooseJson[]; revision: number }> {
  const created = await server.call('POST', `${S1B}/drafts`, { role: 'beleidsmedewerker', body: {} });
  const document = created.json.document;
  for (const perceel of Object.values(document.policy.percelen) as LooseJson[]) {
    perceel.toegang.hoe = 'deels-toegang';
    perceel.toegang.hoeElementenToegang = ['intensiteit'];
  }
  const saved = await server.call('PUT', `${S1B}/drafts/${created.json.id}`, {
    role: 'beleidsmedewerker',
    body: { document },
    headers: { 'if-match': created.headers.get('etag') as string },
  });
  expect(saved.status, saved.text.slice(0, 300)).toBe(200);
  const changes = await server.call('GET', `${S1B}/drafts/${created.json.id}/suite-changes`, { role: 'tester' });
  return { id: created.json.id, changed: changes.json.changed, revision: changes.json.revision };
}

describe.each(DIALECTS)('judgements belong to their draft (%s)', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  }, 60_000);
  afterAll(async () => server?.close());

  it('several changed cases are judged at once with one note, all or nothing', async () => {
    const draft = await intensityDraft(server);
    expect(draft.changed.length).toBeGreaterThanOrEqual(3);
    const three = draft.changed.slice(0, 3).map((c) => ({ suiteId: c.suiteId, index: c.index }));
    const withUnchanged = await server.call('POST', `${S1B}/drafts/${draft.id}/beoordelingen`, {
      role: 'tester',
      body: { oordeel: 'beoogd', toelichting: 'Gevolg van de nieuwe HOE-verdeling.', gevallen: [...three, { suiteId: SUITE, index: 2 }] },
    });
    expect(withUnchanged.status).toBe(422);
    expect(withUnchanged.json.issues[0].path).toBe('/gevallen/3');
    const stale = await server.call('POST', `${S1B}/drafts/${draft.id}/beoordelingen`, {
      role: 'tester',
      body: { oordeel: 'beoogd', toelichting: 'Gevolg van de nieuwe HOE-verdeling.', gevallen: three, revisie: draft.revision - 1 },
    });
    expect(stale.status).toBe(412);
    const suitesBefore = await server.call('GET', `${S1B}/suites`, { role: 'lezer' });
    expect(suitesBefore.json.beoordelingen.filter((b: LooseJson) => b.conceptId === draft.id)).toEqual([]);
    const judged = await server.call('POST', `${S1B}/drafts/${draft.id}/beoordelingen`, {
      role: 'tester',
      body: { oordeel: 'beoogd', toelichting: 'Gevolg van de nieuwe HOE-verdeling.', gevallen: three, revisie: draft.revision },
    });
    expect(judged.status, judged.text.slice(0, 300)).toBe(201);
    expect(judged.json.beoordelingen).toHaveLength(3);
    for (const b of judged.json.beoordelingen)
      expect(b).toMatchObject({ oordeel: 'beoogd', toelichting: 'Gevolg van de nieuwe HOE-verdeling.', status: 'open', conceptId: draft.id });
    const changes = await server.call('GET', `${S1B}/drafts/${draft.id}/suite-changes`, { role: 'lezer' });
    expect(changes.json.changed.filter((c: LooseJson) => c.beoordeling?.status === 'open')).toHaveLength(3);
    await server.call('DELETE', `${S1B}/drafts/${draft.id}`, { role: 'beleidsmedewerker' });
  });

  it('a pending judgement can be withdrawn before publishing (once), and the publish gate then names the case again', async () => {
    const draft = await intensityDraft(server);
    const all = draft.changed.map((c) => ({ suiteId: c.suiteId, index: c.index }));
    const judged = await server.call('POST', `${S1B}/drafts/${draft.id}/beoordelingen`, {
      role: 'tester',
      body: { oordeel: 'beoogd', toelichting: 'Gevolg van de nieuwe HOE-verdeling.', gevallen: all },
    });
    expect(judged.status).toBe(201);
    const first = judged.json.beoordelingen[0];
    const withdrawn = await server.call('DELETE', `${S1B}/drafts/${draft.id}/beoordelingen/${first.id}`, { role: 'tester' });
    expect(withdrawn.status, withdrawn.text.slice(0, 300)).toBe(200);
    expect(withdrawn.json.beoordeling.status).toBe('ingetrokken');
    const again = await server.call('DELETE', `${S1B}/drafts/${draft.id}/beoordelingen/${first.id}`, { role: 'tester' });
    expect(again.status).toBe(409);
    expect(again.json.code).toBe('BEOORDELING_NIET_OPEN');
    expect((await server.call('DELETE', `${S1B}/drafts/${draft.id}/beoordelingen/${first.id}`, { role: 'beleidsmedewerker' })).status).toBe(403);
    const refused = await server.call('POST', `${S1B}/drafts/${draft.id}/publish`, {
      role: 'vaststeller',
      body: { effectiveFrom: '2030-01-01', changeNote: 'Toegang stelt de intensiteit vast.' },
    });
    expect(refused.status).toBe(422);
    expect(refused.json.failingCases.map((f: LooseJson) => f.name)).toEqual([first.naam]);
    await server.call('DELETE', `${S1B}/drafts/${draft.id}`, { role: 'beleidsmedewerker' });
  });

  it('judgements of an abandoned draft never reach the suite: an unchanged copy of the published version still publishes', async () => {
    const abandoned = await intensityDraft(server);
    // One by one through the per-case endpoint, as the defect was found.
    for (const c of abandoned.changed) {
      const judged = await server.call('POST', reviewPath(c.index, c.suiteId), {
        role: 'tester',
        body: { oordeel: 'beoogd', toelichting: 'Gevolg van de nieuwe HOE-verdeling.', draftId: abandoned.id },
      });
      expect(judged.status).toBe(201);
    }
    const suitesBefore = (await server.call('GET', `${S1B}/suites`, { role: 'lezer' })).json.suites;
    const intensity = suitesBefore.find((s: LooseJson) => s.id === SUITE).suite.cases[1];
    expect(intensity.expect).toMatchObject({ findings: ['HOE_BIJ_AANBIEDER'] });
    expect((await server.call('DELETE', `${S1B}/drafts/${abandoned.id}`, { role: 'beleidsmedewerker' })).status).toBe(204);
    const after = await server.call('GET', `${S1B}/suites`, { role: 'lezer' });
    expect(after.json.suites).toEqual(suitesBefore);
    const ofAbandoned = after.json.beoordelingen.filter((b: LooseJson) => b.conceptId === abandoned.id);
    expect(ofAbandoned.length).toBe(abandoned.changed.length);
    expect(new Set(ofAbandoned.map((b: LooseJson) => b.status))).toEqual(new Set(['vervallen']));
    const audit = await server.call('GET', `/api/audit?target=noord-limburg/wmo/S1b/drafts/${abandoned.id}`, { role: 'lezer' });
    expect(audit.json.entries[0]).toMatchObject({ action: 'concept-verwijderd', detail: { beoordelingenVervallen: abandoned.changed.length } });
    const copy = await server.call('POST', `${S1B}/drafts`, { role: 'beleidsmedewerker', body: {} });
    const published = await server.call('POST', `${S1B}/drafts/${copy.json.id}/publish`, {
      role: 'vaststeller',
      body: { effectiveFrom: '2030-01-01', changeNote: 'Ongewijzigde kopie.' },
    });
    expect(published.status, published.text.slice(0, 500)).toBe(201);
  });
});
