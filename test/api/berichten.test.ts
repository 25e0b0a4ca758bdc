// POST /api/berichten on the real server (SQLite file, and PostgreSQL when configured): the report with every
// allocation's decision, problems per message with their place, 400/413/415 for bodies it cannot read, and no BSN
// in any response, log line or store row.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { randomBytes } from 'node:crypto';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import { openDatabase } from '../../server/store/database';
import { RuleStore } from '../../server/store/rule-store';
import { seedFromFiles } from '../../server/store/seed-from-files';
import { TokenStore } from '../../server/store/token-store';
import { DIALECTS, ROOT, createTestDatabase } from './harness';

const fixtures = join(ROOT, 'test/fixtures/berichten');
const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');

describe.each(DIALECTS)('POST /api/berichten (%s)', (dialect) => {
  let url: string;
  let token: string;
  let server: Server;
  let store: RuleStore;
  let drop: () => Promise<void>;
  const logLines: string[] = [];
  const responses: string[] = [];

  beforeAll(async () => {
    const database = await createTestDatabase(dialect);
    drop = database.drop;
    store = new RuleStore(await openDatabase(database.config));
    await seedFromFiles(store, join(ROOT, 'rules'), join(ROOT, 'test', 'regression'));
    token = `test-${randomBytes(8).toString('hex')}`;
    await new TokenStore(store.handle, () => new Date().toISOString()).add(token, { role: 'lezer', name: 'test lezer' }, 'test');
    const sink = new Writable({
      write(chunk, _encoding, done) {
        logLines.push(String(chunk));
        done();
      },
    });
    const app = createApp({ store, logger: pino({ level: 'trace' }, sink), bodyLimit: '64kb' });
    server = await new Promise((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise((r) => server?.close(r));
    await store?.close();
    await drop?.();
  });

  async function post(body: string, type: string, headers: Record<string, string> = {}) {
    const response = await fetch(`${url}/api/berichten`, {
      method: 'POST',
      body,
      headers: { authorization: `Bearer ${token}`, 'content-type': type, ...headers },
    });
    const text = await response.text();
    responses.push(text);
    return { status: response.status, json: JSON.parse(text) };
  }

  it('checks one 301 sent as XML: every allocation with its decision and explanation', async () => {
    const { status, json } = await post(fixture('venlo-301-wmo-s1b.xml'), 'application/xml', { 'x-bestandsnaam': 'venlo.xml' });
    expect(status).toBe(200);
    expect(json.rapport.getoetst).toBe(3);
    expect(json.toewijzingen.map((a: { id: string; oordeel: string }) => [a.id, a.oordeel])).toEqual([
      ['0983-22000101', 'fout'],
      ['0983-22000102', 'in orde'],
      ['0983-22000103', 'fout'],
    ]);
    const hoe = json.toewijzingen[0].findings.find((f: { code: string }) => f.code === 'HOE_BIJ_AANBIEDER');
    expect(hoe.explanation.conditions.length).toBeGreaterThan(0);
    expect(json.toewijzingen[0].file).toBe('venlo.xml');
  });

  it('several files as JSON: problems per message with their place, the rest checked (200)', async () => {
    const bestanden = ['venlo-301-fouten.xml', 'geen-xml.xml', 'afgebroken-301.xml', 'verkeerde-namespace-301.xml'].map((naam) => ({
      naam,
      inhoud: fixture(naam),
    }));
    const { status, json } = await post(JSON.stringify({ bestanden }), 'application/json');
    expect(status).toBe(200);
    expect(json.rapport.gelezen.berichten).toBe(4);
    expect(json.rapport.getoetst).toBe(3); // two from the file with errors, one from the truncated file
    const places = json.rapport.problemen.map((p: { file: string; code: string; path: string }) => `${p.file} ${p.code} ${p.path}`);
    expect(places).toContain('venlo-301-fouten.xml DATUM_ONGELDIG /Bericht/Client[1]/ToegewezenProducten/ToegewezenProduct[1]/Ingangsdatum');
    expect(places).toContain('geen-xml.xml XML_ONGELDIG /');
    expect(places).toContain('verkeerde-namespace-301.xml NAMESPACE_ONBEKEND /Bericht');
  });

  it('400 for an empty body or no files, 413 when too large, 415 for another media type', async () => {
    expect((await post('', 'application/xml')).status).toBe(400);
    const none = await post(JSON.stringify({ bestanden: [] }), 'application/json');
    expect(none.status).toBe(400);
    expect(none.json.detail).toContain('/bestanden');
    expect((await post(JSON.stringify({ bestanden: [{ naam: 'x.xml', inhoud: 5 }] }), 'application/json')).status).toBe(400);
    const large = await post(`<x>${'a'.repeat(70_000)}</x>`, 'application/xml');
    expect(large.status).toBe(413);
    const form = await post('--x\r\n', 'multipart/form-data; boundary=x');
    expect(form.status).toBe(415);
    expect(form.json.code).toBe('MEDIATYPE_ONGELDIG');
  });

  it('no BSN in any response, log line or store row', async () => {
    const bsns = new Set<string>();
    for (const name of readdirSync(fixtures)) if (name.endsWith('.xml')) for (const m of fixture(name).matchAll(/Bsn>(\d{9})</g)) bsns.add(m[1]);
    expect(bsns.size).toBeGreaterThan(5);
    const all = readdirSync(fixtures).filter((n) => n.endsWith('.xml'));
    await post(JSON.stringify({ bestanden: all.map((naam) => ({ naam, inhoud: fixture(naam) })) }), 'application/json');
    const tables = ['audit', 'drafts', 'regions', 'rulesets', 'shared_rules', 'suite_reviews', 'suites', 'test_runs', 'tokens', 'versions'];
    const rows: string[] = [];
    for (const table of tables) {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      rows.push(JSON.stringify(await (store.db as any).selectFrom(table).selectAll().execute()));
    }
    expect(rows.join('').length).toBeGreaterThan(1000);
    expect(logLines.length).toBeGreaterThan(3);
    const everything = [...responses, ...logLines, ...rows].join('\n');
    for (const bsn of bsns) expect(everything).not.toContain(bsn);
  });
});

describe('POST /api/impact with 301 messages as the population', () => {
  it('evaluates the allocations of the rule set under both versions and returns what it could not read', async () => {
    const { startTestServer } = await import('./harness');
    const server = await startTestServer('sqlite');
    try {
      const bestanden = ['venlo-301-wmo-s1b.xml', 'venlo-301-fouten.xml', 'geen-xml.xml'].map((naam) => ({ naam, inhoud: fixture(naam) }));
      const answer = await server.call('POST', '/api/impact', { body: { ruleset: 'noord-limburg/wmo/S1b', from: 1, to: 1, berichten: bestanden } });
      expect(answer.status).toBe(200);
      expect(answer.json.bron).toBe('berichten');
      expect(answer.json.casesEvaluated).toBe(4); // three S1b allocations in the first file, one in the second
      const codes = answer.json.berichtProblemen.map((p: { code: string }) => p.code);
      expect(codes).toContain('XML_ONGELDIG');
      expect(codes).toContain('PRODUCTCODE_ONBEKEND');
      expect(JSON.stringify(answer.json)).not.toContain('999990019');
      const both = await server.call('POST', '/api/impact', { body: { ruleset: 'noord-limburg/wmo/S1b', from: 1, to: 1, berichten: bestanden, suites: true } });
      expect(both.status).toBe(400);
    } finally {
      await server.close();
    }
  });
});
