/** `sturing export DIR [--data-dir D] [--database-url URL] [--suites DIR]`: the store's versions (and suites) back to files (rules/ layout). */
import { UsageError } from '../usage-error';

export async function runExport(
  positionals: string[],
  args: { 'data-dir'?: string; 'database-url'?: string; suites?: string },
  out: (text: string) => void,
): Promise<number> {
  if (positionals.length !== 1) throw new UsageError('gebruik: sturing export MAP [--data-dir MAP] [--database-url URL] [--suites MAP]');
  // Loaded on demand: the other commands need no database driver.
  const { exportStore } = await import('../../../server/store/export-store');
  const result = await exportStore(positionals[0], { dataDir: args['data-dir'], databaseUrl: args['database-url'], suitesDir: args.suites });
  out(`${result.versions} versie(s), ${result.regions} regio('s) en ${result.shared} gedeelde regelbibliothe(e)k(en) geschreven naar ${positionals[0]}.`);
  if (args.suites) out(`${result.suites} regressiesuite(s) (met de geschiedenis van hun verwachtingen) geschreven naar ${args.suites}.`);
  return 0;
}
