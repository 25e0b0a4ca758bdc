/** `sturing validate [paths…]`: schema, rule and policy checks on rule-set files, reported as file:line:column. */
import { readdirSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { defaultRulesDir } from '../../node/paths';
import { validateFile } from '../../node/validate-file';
import { describeFileError, UsageError } from '../usage-error';

function collectJsonFiles(path: string, given = true): string[] {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch (error) {
    throw new UsageError(describeFileError(error, path));
  }
  if (isDirectory) {
    return readdirSync(path)
      .sort()
      .flatMap((name) => collectJsonFiles(join(path, name), false));
  }
  const isJson = path.endsWith('.json') && !basename(path).startsWith('.');
  // A file named on the command line that is no JSON file is a mistake, not "0 files checked".
  if (given && !isJson) throw new UsageError(`${path}: geen regelsetbestand (verwacht een .json-bestand of een map)`);
  return isJson ? [path] : [];
}

/** Runs the command; returns the exit code (0 clean, 1 problems found). */
export async function runValidate(paths: string[], out: (line: string) => void): Promise<number> {
  const targets = paths.length > 0 ? paths : [defaultRulesDir()];
  const files = targets.flatMap((p) => collectJsonFiles(p));
  if (files.length === 0) throw new UsageError(`${targets.join(', ')}: geen JSON-bestanden gevonden om te controleren`);
  let problems = 0;
  for (const file of files) {
    for (const issue of await validateFile(file)) {
      problems++;
      out(
        `${relative(process.cwd(), issue.file) || issue.file}:${issue.line}:${issue.column} ${issue.path ? issue.path + ': ' : ''}${issue.message}${issue.code ? ` [${issue.code}]` : ''}`,
      );
    }
  }
  out(`${files.length} bestand(en) gecontroleerd, ${problems} probleem/problemen gevonden.`);
  return problems > 0 ? 1 : 0;
}
