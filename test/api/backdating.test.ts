// Backdating cannot rewrite the past by accident: an effectiveFrom before the publication date needs terugwerkendeKracht by the
// vaststeller with a reason (period and changed suite cases shown, audited), and a decision re-runs as it was made via kennisdatum.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, ROOT, startTestServer, type TestServer } from './harness';

const example = JSON.parse(readFileSync(join(ROOT, 'examples/venlo-wmo-s1b-intensiteit-door-toegang.json'), 'utf8'));
const S1B = '/api/rulesets/noord-limburg/wmo/S1b';
/** The server's clock: the publication moment in this test. */
const NOW = new Date('2026-12-01T12:00:00.000Z');

describe.each(DIALECTS)('backdating on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect, { clock: { now: () => NOW } });
  });
  afterAll(async () => {
    await server?.close();
  });

  async function draftWithTitle(title: string): Promise<string> {
    const created = await server.call('POST', `${S1B}/drafts`, { role: 'vaststeller', body: {} });
    const document = { ...created.json.document, title };
    const saved = await server.call('PUT', `${S1B}/drafts/${created.json.id}`, {
      role: 'vaststeller',
      body: { document },
      headers: { 'if-match': created.headers.get('etag') as string },
    });
    expect(saved.status, saved.text).toBe(200);
    return created.json.id;
  }

  it('refuses an effectiveFrom before the publication date without terugwerkendeKracht, naming the period and the suite cases it changes', async () => {
    const id = await draftWithTitle('Fictief: met terugwerkende kracht');
    const refused = await server.call('POST', `${S1B}/drafts/${id}/publish`, {
      role: 'vaststeller',
      body: { effectiveFrom: '2023-01-01', changeNote: 'Terug in de tijd.' },
    });
    expect(refused.status).toBe(422);
    expect(refused.json.issues[0].path).toBe('/effectiveFrom');
    expect(refused.json.detail).toContain('ligt vóór de publicatiedatum 2026-12-01');
    expect(refused.json.terugwerkendeKracht.periode).toEqual({ van: '2023-01-01', tot: '2026-11-30' });
    expect(typeof refused.json.terugwerkendeKracht.gewijzigdeSuitegevallen).toBe('number');
    expect((await server.call('GET', S1B)).json.versions).toHaveLength(1);
  });

  it('terugwerkendeKracht is the vaststeller’s choice: other roles that may publish are refused, and a reason is required', async () => {
    const id = await draftWithTitle('Fictief: beheerder probeert terug te werken');
    const body = { effectiveFrom: '2023-01-01', changeNote: 'Terug in de tijd.', terugwerkendeKracht: { reden: 'Uitspraak rechter, zaak fictief-1.' } };
    const admin = await server.call('POST', `${S1B}/drafts/${id}/publish`, { role: 'beheerder', body });
    expect(admin.status).toBe(403);
    expect(admin.json.detail).toContain('vaststeller');
    const noReason = await server.call('POST', `${S1B}/drafts/${id}/publish`, { role: 'vaststeller', body: { ...body, terugwerkendeKracht: {} } });
    expect(noReason.status).toBe(400);
    const notRetro = await server.call('POST', `${S1B}/drafts/${id}/publish`, {
      role: 'vaststeller',
      body: { ...body, effectiveFrom: '2027-01-01' },
    });
    expect(notRetro.status).toBe(400);
    expect(notRetro.json.issues[0].path).toBe('/terugwerkendeKracht');
  });

  it('publishes with terugwerkendeKracht (period, count, reason audited); a decision re-runs exactly as it was made with kennisdatum', async () => {
    const asOf = { case: example, asOf: '2023-06-01' };
    const before = await server.call('POST', '/api/evaluate', { role: 'lezer', body: asOf });
    expect(before.json.version).toBe(1);
    const id = await draftWithTitle('Fictief: herzien met terugwerkende kracht');
    const published = await server.call('POST', `${S1B}/drafts/${id}/publish`, {
      role: 'vaststeller',
      body: { effectiveFrom: '2023-01-01', changeNote: 'Herziening na bezwaar.', terugwerkendeKracht: { reden: 'Uitspraak rechter, zaak fictief-2.' } },
    });
    expect(published.status, published.text).toBe(201);
    expect(published.json).toMatchObject({
      version: 2,
      publishedAt: NOW.toISOString(),
      terugwerkendeKracht: { reden: 'Uitspraak rechter, zaak fictief-2.', periode: { van: '2023-01-01', tot: '2026-11-30' } },
    });
    // Now: the new version is in force on 2023-06-01.
    const now = await server.call('POST', '/api/evaluate', { role: 'lezer', body: asOf });
    expect(now.json.version).toBe(2);
    // As known the day before publishing: exactly the decision made then.
    const asKnown = await server.call('POST', '/api/evaluate', { role: 'lezer', body: { ...asOf, kennisdatum: '2026-11-30' } });
    expect(asKnown.status, asKnown.text).toBe(200);
    expect(asKnown.json.version).toBe(1);
    expect(asKnown.json.contentHash).toBe(before.json.contentHash);
    expect(asKnown.json.findings).toEqual(before.json.findings);
    const justBefore = await server.call('POST', '/api/evaluate', { role: 'lezer', body: { ...asOf, kennisdatum: '2026-12-01T11:59:59.999Z' } });
    expect(justBefore.json.version).toBe(1);
    const tooEarly = await server.call('POST', '/api/evaluate', { role: 'lezer', body: { ...asOf, kennisdatum: '2019-01-01' } });
    expect(tooEarly.status).toBe(422);
    expect(tooEarly.json.code).toBe('GEEN_VERSIE_VAN_KRACHT');
    const audit = (await server.call('GET', '/api/audit?target=noord-limburg/wmo/S1b/versions/2')).json.entries[0];
    expect(audit).toMatchObject({
      action: 'gepubliceerd',
      actor: 'test vaststeller (vaststeller)',
      detail: { terugwerkendeKracht: { reden: 'Uitspraak rechter, zaak fictief-2.', periode: { van: '2023-01-01', tot: '2026-11-30' } } },
    });
  });
});
