// SIGKILL in the middle of a burst of saves: the SQLite store opens cleanly with every acknowledged save present.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openDatabase } from '../../server/store/database';
import { spawnServer } from './spawn-server';

const TOKEN = 'crash-test-beheerder-token';
const S3 = '/api/rulesets/noord-limburg/jeugd/S3';
const DRAFTS = 12;

describe('crash safety (SQLite, WAL, synchronous FULL)', () => {
  it('keeps every acknowledged save after SIGKILL mid-burst', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sturing-crash-'));
    try {
      const server = await spawnServer({ STURING_DATA_DIR: dataDir, STURING_ADMIN_TOKEN: TOKEN });
      const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
        fetch(server.url + path, {
          method,
          headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', ...headers },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
      const drafts: { id: string; etag: string; document: Record<string, unknown> }[] = [];
      for (let i = 0; i < DRAFTS; i++) {
        const response = await call('POST', `${S3}/drafts`, {});
        const json = await response.json();
        drafts.push({ id: json.id, etag: response.headers.get('etag') as string, document: json.document });
      }
      const acknowledged = new Map<string, number>();
      let stopped = false;
      // Each draft gets a chain of saves; the counter is in the title, so we can tell which save is stored.
      const writers = drafts.map(async (draft) => {
        for (let n = 1; !stopped && n < 10_000; n++) {
          try {
            const response = await call(
              'PUT',
              `${S3}/drafts/${draft.id}`,
              { document: { ...draft.document, title: `opslag ${n}` } },
              { 'if-match': draft.etag },
            );
            if (response.status !== 200) throw new Error(`status ${response.status}`);
            draft.etag = response.headers.get('etag') as string;
            acknowledged.set(draft.id, n);
          } catch {
            return; // the server is gone
          }
        }
      });
      await new Promise((r) => setTimeout(r, 1500));
      server.child.kill('SIGKILL');
      stopped = true;
      await Promise.all(writers);
      const total = [...acknowledged.values()].reduce((a, b) => a + b, 0);
      expect(total).toBeGreaterThan(DRAFTS); // the burst really ran
      const handle = await openDatabase({ dataDir });
      const integrity = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(handle.db);
      expect(integrity.rows[0].integrity_check).toBe('ok');
      const rows = await handle.db.selectFrom('drafts').select(['id', 'document', 'revision']).execute();
      await handle.db.destroy();
      for (const draft of drafts) {
        const row = rows.find((r) => r.id === draft.id);
        const stored = Number(/opslag (\d+)/.exec(JSON.parse(row?.document ?? '{}').title ?? '')?.[1] ?? 0);
        // A save may be stored without its acknowledgement reaching us, never the other way round.
        expect(stored, `draft ${draft.id}`).toBeGreaterThanOrEqual(acknowledged.get(draft.id) ?? 0);
        expect(row?.revision).toBe(stored + 1);
      }
      const restarted = await spawnServer({ STURING_DATA_DIR: dataDir, STURING_ADMIN_TOKEN: TOKEN });
      expect((await fetch(`${restarted.url}/api/health`)).status).toBe(200);
      await restarted.stop();
      console.log(`crash: ${total} acknowledged saves over ${DRAFTS} drafts before SIGKILL, all present`);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
