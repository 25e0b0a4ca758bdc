/**
 * `sturing berichten realisatie FILE|DIR… --jaar J [--regio R] [--format json|md] [--out FILE]`: 323 declarations (with
 * 305/307 starts and stops) as the realisation `sturing afrekening` settles; md adds the outflow reasons per provider.
 * Reading problems go to stderr with their place; exit 1 when there were any.
 */
import { writeFileSync } from 'node:fs';
import { chooseVersion } from '../../src/evaluate/evaluate-case';
import { applyOverride } from '../../src/rules/overrides';
import { MessageReaderSession, type MessageProblem } from '../../src/messages/message-reader';
import { RealisationBuilder, supplementRealisation, type OutflowLine, type Realisation, type RealisationSupplement } from '../../src/messages/realisation';
import { readJsonFile } from '../../node/file-repository';
import { codeMappingFrom } from '../../node/code-mapping-files';
import { FileRuleRepository } from '../../node/file-repository';
import { listMessageFiles, streamMessageFile } from '../../node/message-files';
import { defaultRulesDir } from '../../node/paths';
import { UsageError } from '../usage-error';

const nl = new Intl.NumberFormat('nl-NL');
const euro = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export interface RealisatieArgs {
  format?: string;
  out?: string;
  rules?: string;
  jaar?: string;
  regio?: string;
  toelichting?: string;
  /** JSON with { regels: [...] } (or a list) of contract facts per line: budget, plekken, lumpsum, voorschotten. */
  aanvulling?: string;
}

export function renderRealisationMarkdown(realisation: Realisation, outflow: OutflowLine[]): string {
  const out = [
    `# Realisatie ${realisation.regio} ${realisation.jaar} uit declaraties`,
    '',
    realisation.toelichting,
    '',
    '| aanbieder | regelset | perceel | gemeente | omzet (€) | cliënten | gestart | beëindigd | plekmaanden |',
    '| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...realisation.regels.map(
      (r) =>
        `| ${r.aanbieder} | ${r.ruleset} | ${r.perceel} | ${r.gemeente} | ${euro.format(Number(r.omzet))} | ${nl.format(r.clienten ?? 0)} | ${nl.format(r.trajectenGestart ?? 0)} | ${nl.format(r.trajectenBeeindigd ?? 0)} | ${nl.format(r.plekMaanden ?? 0)} |`,
    ),
  ];
  if (outflow.length > 0) {
    out.push('', '## Uitstroom: reden beëindiging per aanbieder', '', '| aanbieder | reden | omschrijving | aantal |', '| --- | --- | --- | ---: |');
    for (const o of outflow) out.push(`| ${o.aanbieder} | ${o.reden} | ${o.omschrijving} | ${nl.format(o.aantal)} |`);
  }
  return out.join('\n') + '\n';
}

export async function runRealisatie(paths: string[], args: RealisatieArgs, out: (text: string) => void, err: (text: string) => void): Promise<number> {
  if (paths.length === 0) throw new UsageError('geef één of meer declaratieberichten (323) of mappen, met 305/307 voor start en stop');
  if (!args.jaar || !/^\d{4}$/.test(args.jaar)) throw new UsageError('--jaar JJJJ ontbreekt of is ongeldig');
  const format = args.format ?? 'json';
  if (!['json', 'md'].includes(format)) throw new UsageError(`--format moet json of md zijn, niet "${format}"`);
  const files = listMessageFiles(paths);
  if (files.length === 0) throw new UsageError(`geen .xml-bestanden gevonden in ${paths.join(', ')}`);
  const root = args.rules ?? defaultRulesDir();
  const repository = new FileRuleRepository(root);
  const mapping = codeMappingFrom(await repository.listRegions(), root);
  // Funding form per perceel, from the version in force (plek funding counts client-months).
  const forms = new Map<string, string | undefined>();
  const versions = new Map<string, Awaited<ReturnType<typeof chooseVersion>> | undefined>();
  for (const id of await repository.listRuleSetIds()) {
    try {
      versions.set(id, await chooseVersion(repository, id, `${args.jaar}-07-01`));
    } catch {
      versions.set(id, undefined);
    }
  }
  // With the municipality's override applied: a municipality may convert trajectories to places (Venlo).
  const fundingForm = (rulesetId: string, perceel: string, _date: string, gemeente: string): string | undefined => {
    const key = `${rulesetId}|${perceel}|${gemeente}`;
    if (!forms.has(key)) {
      const version = versions.get(rulesetId);
      const bekostiging = (version ? applyOverride(version, gemeente).policy : undefined)?.percelen[perceel]?.bekostiging as { vorm?: string } | undefined;
      forms.set(key, bekostiging?.vorm);
    }
    return forms.get(key);
  };
  const builder = new RealisationBuilder(mapping, { fundingForm });
  const problems: MessageProblem[] = [];
  const session = new MessageReaderSession({ item: (item) => builder.add(item), problem: (p) => problems.push(p) }, { clientKeys: true });
  for (const file of files) await streamMessageFile(session, file, async () => {});
  builder.finish();
  problems.push(...builder.problems);
  const regio = args.regio ?? (builder.regions.size === 1 ? [...builder.regions][0] : undefined);
  if (!regio)
    throw new UsageError(
      builder.regions.size === 0
        ? 'geen leesbare declaraties gevonden'
        : `declaraties van meer regio's (${[...builder.regions].join(', ')}): kies er één met --regio`,
    );
  const jaar = Number(args.jaar);
  const built = builder.realisation(
    regio,
    jaar,
    args.toelichting ??
      `Realisatie ${jaar} uit ${nl.format(session.stats.items.prestatie)} declaratieregel(s) (iWmo/iJw 323), ${nl.format(session.stats.items.start)} start- en ${nl.format(session.stats.items.stop)} stopbericht(en); voorschotten staan niet in berichten (0,00).`,
    true,
  );
  let realisation = built;
  if (args.aanvulling) {
    const document = readJsonFile(args.aanvulling) as { regels?: RealisationSupplement[] } | RealisationSupplement[];
    const lines = Array.isArray(document) ? document : document?.regels;
    if (!Array.isArray(lines))
      throw new UsageError(`${args.aanvulling}: verwacht { "regels": [ … ] } met per aanbieder, regelset, perceel en gemeente het budget of plafond`);
    realisation = supplementRealisation(built, lines);
  }
  const text = format === 'md' ? renderRealisationMarkdown(realisation, builder.outflowSummary()) : JSON.stringify(realisation, null, 2);
  if (args.out) writeFileSync(args.out, text.endsWith('\n') ? text : text + '\n');
  else out(text);
  for (const p of problems) err(`${p.file}:${p.line}:${p.column} ${p.path}: ${p.message} [${p.code}]`);
  if (problems.length > 0) err(`${nl.format(problems.length)} probleem/problemen; die regels tellen niet mee.`);
  return problems.length > 0 ? 1 : 0;
}
