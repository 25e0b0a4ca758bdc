// Draft documents that pass the body check but not the rule-set schema are never stored; hostile but valid ones read back unchanged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startTestServer, type LooseJson, type TestServer } from './harness';

const S1B = '/api/rulesets/noord-limburg/wmo/S1b';

/** Documents of the right outer shape (an object) whose fields have the wrong type. */
const BROKEN: [string, (d: LooseJson) => void][] = [
  ['sharedRules: 5', (d) => (d.sharedRules = 5)],
  ['sharedRules: {}', (d) => (d.sharedRules = {})],
  ['sharedRules: true', (d) => (d.sharedRules = true)],
  ['rules: "x"', (d) => (d.rules = 'x')],
  ['policy: []', (d) => (d.policy = [])],
  ['overrides: 7', (d) => (d.overrides = 7)],
  ['title: 5', (d) => (d.title = 5)],
  ['without title', (d) => delete d.title],
  ['without policy', (d) => delete d.policy],
];

/** Text a hostile user may put in any stored string; it must come back byte for byte. */
const HOSTILE_TEXT = [
  '<img src=x onerror=alert(1)>',
  '"><script>alert(document.cookie)</script>',
  '[klik](javascript:alert(1)) | kolom | **vet** `code`',
  '\u001b[31mrood\u001b[0m \u0007',
  'null \u0000 byte',
  'מימין לשמאל \u202e omgekeerd',
  '😀 emoji en 𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  "'; drop table versions; --",
  '%_\\ LIKE-jokers',
  'x'.repeat(20_000),
];

describe.each(DIALECTS)('draft documents on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(async () => {
    await server?.close();
  });

  async function newDraft(): Promise<{ id: string; etag: string; document: LooseJson }> {
    const created = await server.call('POST', `${S1B}/drafts`, { role: 'beleidsmedewerker', body: {} });
    expect(created.status).toBe(201);
    return { id: created.json.id, etag: created.headers.get('etag') as string, document: created.json.document };
  }

  for (const [name, breakIt] of BROKEN) {
    it(`refuses a draft with ${name} (422, naming the field) and stores nothing; every read of the draft still works`, async () => {
      const draft = await newDraft();
      const auditBefore = (await server.call('GET', `/api/audit?target=${encodeURIComponent(`noord-limburg/wmo/S1b/drafts/${draft.id}`)}`)).json.entries.length;
      const document = structuredClone(draft.document);
      breakIt(document);
      const saved = await server.call('PUT', `${S1B}/drafts/${draft.id}`, {
        role: 'beleidsmedewerker',
        body: { document },
        headers: { 'if-match': draft.etag },
      });
      expect(saved.status, saved.text).toBe(422);
      expect(saved.json.code).toBe('CONCEPT_ONGELDIG');
      expect(saved.json.issues.length).toBeGreaterThan(0);
      expect(saved.json.issues[0].path).toMatch(/^\/(sharedRules|rules|policy|overrides|title)/);
      expect(saved.json.detail).toContain('niets opgeslagen');
      const read = await server.call('GET', `${S1B}/drafts/${draft.id}`);
      expect(read.status).toBe(200);
      expect(read.json.revision).toBe(1);
      expect(read.json.document).toEqual(draft.document);
      const audit = (await server.call('GET', `/api/audit?target=${encodeURIComponent(`noord-limburg/wmo/S1b/drafts/${draft.id}`)}`)).json.entries;
      expect(audit.length).toBe(auditBefore);
      expect((await server.call('GET', `${S1B}/drafts/${draft.id}/suite-changes`)).status).toBe(200);
      const impact = await server.call('POST', '/api/impact', { body: { ruleset: 'noord-limburg/wmo/S1b', from: 1, draftId: draft.id, suites: true } });
      expect(impact.status, impact.text).toBe(200);
    }, 60_000);
  }

  it('stores a draft lacking only the fields publishing sets (id, version, effectiveFrom, effectiveTo, changeNote)', async () => {
    const draft = await newDraft();
    const document = structuredClone(draft.document);
    for (const field of ['id', 'version', 'effectiveFrom', 'effectiveTo', 'changeNote']) delete document[field];
    const saved = await server.call('PUT', `${S1B}/drafts/${draft.id}`, { role: 'beleidsmedewerker', body: { document }, headers: { 'if-match': draft.etag } });
    expect(saved.status, saved.text).toBe(200);
    expect((await server.call('GET', `${S1B}/drafts/${draft.id}`)).json.document).toEqual(document);
  });

  it('reads back hostile but valid text in every stored string exactly as saved, and the audit filter takes % and _ literally', async () => {
    const draft = await newDraft();
    const document = structuredClone(draft.document);
    document.title = HOSTILE_TEXT.slice(0, 3).join(' ');
    document.description = HOSTILE_TEXT.join('\n');
    document.changeNote = HOSTILE_TEXT[3];
    const saved = await server.call('PUT', `${S1B}/drafts/${draft.id}`, { role: 'beleidsmedewerker', body: { document }, headers: { 'if-match': draft.etag } });
    expect(saved.status, saved.text).toBe(200);
    const read = await server.call('GET', `${S1B}/drafts/${draft.id}`);
    expect(read.json.document).toEqual(document);
    expect(read.json.document.description).toBe(HOSTILE_TEXT.join('\n'));
    const all = await server.call('GET', '/api/audit?target=noord-limburg/wmo/S1b');
    expect(all.json.entries.length).toBeGreaterThan(0);
    // "noord-limburg/wmo/S_b" would match S1b as a LIKE pattern; as a target it names nothing.
    expect((await server.call('GET', '/api/audit?target=noord-limburg/wmo/S_b')).json.entries).toEqual([]);
    expect((await server.call('GET', '/api/audit?target=noord-limburg/wmo/%25')).json.entries).toEqual([]);
  });
});
