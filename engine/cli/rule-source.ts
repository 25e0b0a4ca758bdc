/**
 * Where a CLI command reads rule sets: the rules folder (default, `--rules MAP`), the server's store on disk
 * (`--data-dir MAP`, the SQLite store `npm start` keeps in ./data), or a running server (`--server URL --token T`).
 * The latter two show what was published in the web app.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { RuleRepository } from '../src/model/repository';
import { FileRuleRepository } from '../node/file-repository';
import { HttpRuleRepository } from '../node/http-repository';
import { defaultRulesDir } from '../node/paths';
import { UsageError } from './usage-error';

export interface RuleSourceArgs {
  rules?: string;
  'data-dir'?: string;
  server?: string;
  token?: string;
}

export const RULE_SOURCE_OPTIONS = {
  rules: { type: 'string' },
  'data-dir': { type: 'string' },
  server: { type: 'string' },
  token: { type: 'string' },
} as const;

/** Opens the chosen source; `close` releases a store. */
export async function openRuleSource(args: RuleSourceArgs): Promise<{ repository: RuleRepository; close: () => Promise<void> }> {
  const chosen = [args.rules !== undefined, args['data-dir'] !== undefined, args.server !== undefined].filter(Boolean).length;
  if (chosen > 1) throw new UsageError('kies één bron: --rules MAP, --data-dir MAP of --server URL');
  if (args.token !== undefined && args.server === undefined) throw new UsageError('--token hoort bij --server URL');
  if (args.server !== undefined) {
    if (!/^https?:\/\//.test(args.server)) throw new UsageError(`--server moet een http(s)-adres zijn, niet "${args.server}"`);
    const token = args.token ?? process.env.STURING_TOKEN;
    if (!token) throw new UsageError('--server vraagt een token: --token T (of STURING_TOKEN)');
    return { repository: new HttpRuleRepository(args.server, token), close: async () => undefined };
  }
  if (args['data-dir'] !== undefined) {
    const dir = resolve(args['data-dir']);
    if (!existsSync(join(dir, 'sturing.sqlite'))) throw new UsageError(`--data-dir ${args['data-dir']}: daar staat geen Sturing-opslag (sturing.sqlite)`);
    // Loaded on demand: the other sources need no database driver.
    const { openDatabase } = await import('../../server/store/database');
    const { RuleStore } = await import('../../server/store/rule-store');
    const store = new RuleStore(await openDatabase({ dataDir: dir }));
    return { repository: store, close: () => store.close() };
  }
  return { repository: new FileRuleRepository(args.rules ?? defaultRulesDir()), close: async () => undefined };
}
