/** A settlement or a scenario comparison as Dutch text, Markdown or CSV (the JSON form is the object itself). */
import Papa from 'papaparse';
import { formatEuroNl, parseAmount } from '../funding/money';
import type { ScenarioComparison } from './compare';
import { MODEL_NAMES, type PolicyValueRef, type Settlement } from './settle';

const euro = (amount: string | undefined) => (amount === undefined ? '' : formatEuroNl(parseAmount(amount)));

function describeRef(ref: PolicyValueRef): string {
  const value = typeof ref.waarde === 'object' ? JSON.stringify(ref.waarde) : String(ref.waarde);
  const override = ref.afwijking ? `, afwijking van ${ref.afwijking}${ref.illustratief ? ' [illustratief: voorbeeld, geen raadsbesluit]' : ''}` : '';
  const bron = ref.bron ? ` — ${ref.bron.titel}: "${ref.bron.passage.length > 160 ? ref.bron.passage.slice(0, 157) + '…' : ref.bron.passage}"` : '';
  return `${ref.pointer} = ${value} (versie ${ref.versie}${override})${bron}`;
}

function header(s: Settlement): string {
  return `Jaarafrekening ${s.jaar} — ${s.ruleset}, ${s.bronVersie === 'concept' ? 'concept' : `versie ${s.versie}`}${s.gemeente ? `, gemeente ${s.gemeente}` : ''}${s.fictief ? ' (fictieve realisatie)' : ''}`;
}

/** Plain Dutch text for the terminal. */
export function formatSettlementText(s: Settlement): string {
  const out = [header(s), ''];
  for (const p of s.percelen) {
    out.push(`Perceel ${p.perceel} — ${MODEL_NAMES[p.model]}`);
    for (const step of p.stappen) out.push(`  ${step}`);
    for (const ref of p.beleid) out.push(`  Beleid: ${describeRef(ref)}`);
    out.push('');
  }
  for (const l of s.regels) {
    out.push(
      `${l.aanbiederNaam ?? l.aanbieder} · ${l.gemeente} · ${l.perceel}: vastgesteld ${euro(l.vastgesteld)}, voorschotten ${euro(l.voorschotten)}, afrekening ${euro(l.afrekening)}${
        parseAmount(l.nietVergoed).gt(0) ? `, niet vergoed ${euro(l.nietVergoed)}` : ''
      }${l.toevoegingVolgendJaar && parseAmount(l.toevoegingVolgendJaar).gt(0) ? `, naar lumpsum ${s.jaar + 1} ${euro(l.toevoegingVolgendJaar)}` : ''}`,
    );
    out.push(`  Model: ${MODEL_NAMES[l.model]}`);
    for (const step of l.stappen) out.push(`  ${step}`);
    if (s.percelen.find((p) => p.perceel === l.perceel)?.model !== 'lumpsum-plafond') for (const ref of l.beleid) out.push(`  Beleid: ${describeRef(ref)}`);
  }
  out.push('', 'Totalen per gemeente:');
  for (const [g, t] of Object.entries(s.totalen.perGemeente))
    out.push(
      `  ${g}: vastgesteld ${euro(t.vastgesteld)}, voorschotten ${euro(t.voorschotten)}, afrekening ${euro(t.afrekening)}, niet vergoed ${euro(t.nietVergoed)}`,
    );
  const r = s.totalen.regio;
  out.push(
    `Regio: vastgesteld ${euro(r.vastgesteld)}, voorschotten ${euro(r.voorschotten)}, afrekening ${euro(r.afrekening)}, niet vergoed ${euro(r.nietVergoed)}`,
  );
  if (s.waarschuwingen.length > 0) out.push('', 'Waarschuwingen:', ...s.waarschuwingen.map((w) => `  - ${w}`));
  return out.join('\n');
}

const mdCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Markdown with one table of lines and one of totals. */
export function formatSettlementMarkdown(s: Settlement): string {
  const out = [`# ${header(s)}`, ''];
  for (const p of s.percelen) {
    out.push(`## Perceel ${p.perceel} — ${MODEL_NAMES[p.model]}`, '', ...p.stappen.map((x) => `- ${mdCell(x)}`));
    if (p.beleid.length > 0) out.push('', ...p.beleid.map((ref) => `- Beleid: ${mdCell(describeRef(ref))}`));
    out.push('');
  }
  out.push('| aanbieder | gemeente | perceel | model | vastgesteld | voorschotten | afrekening | niet vergoed |', '|---|---|---|---|---:|---:|---:|---:|');
  for (const l of s.regels)
    out.push(
      `| ${mdCell(l.aanbiederNaam ?? l.aanbieder)} | ${l.gemeente} | ${l.perceel} | ${l.model} | ${euro(l.vastgesteld)} | ${euro(l.voorschotten)} | ${euro(l.afrekening)} | ${euro(l.nietVergoed)} |`,
    );
  out.push('', '| gemeente | vastgesteld | voorschotten | afrekening | niet vergoed |', '|---|---:|---:|---:|---:|');
  for (const [g, t] of Object.entries(s.totalen.perGemeente))
    out.push(`| ${g} | ${euro(t.vastgesteld)} | ${euro(t.voorschotten)} | ${euro(t.afrekening)} | ${euro(t.nietVergoed)} |`);
  const r = s.totalen.regio;
  out.push(`| **regio** | ${euro(r.vastgesteld)} | ${euro(r.voorschotten)} | ${euro(r.afrekening)} | ${euro(r.nietVergoed)} |`);
  if (s.waarschuwingen.length > 0) out.push('', '## Waarschuwingen', '', ...s.waarschuwingen.map((w) => `- ${mdCell(w)}`));
  return out.join('\n');
}

/** CSV (semicolon, Dutch header), one row per line; amounts as decimal strings with a dot. */
export function formatSettlementCsv(s: Settlement): string {
  return Papa.unparse(
    {
      fields: [
        'jaar',
        'ruleset',
        'versie',
        'aanbieder',
        'gemeente',
        'perceel',
        'model',
        'omzet',
        'voorschotten',
        'vastgesteld',
        'afrekening',
        'niet_vergoed',
        'aandeel_overschrijding',
        'toevoeging_volgend_jaar',
        'beleid',
      ],
      data: s.regels.map((l) => [
        s.jaar,
        s.ruleset,
        s.bronVersie ?? s.versie,
        l.aanbieder,
        l.gemeente,
        l.perceel,
        l.model,
        l.omzet,
        l.voorschotten,
        l.vastgesteld,
        l.afrekening,
        l.nietVergoed,
        l.aandeelOverschrijding ?? '',
        l.toevoegingVolgendJaar ?? '',
        l.beleid.map((r) => `${r.pointer}@v${r.versie}${r.afwijking ? `+${r.afwijking}` : ''}`).join(' '),
      ]),
    },
    { delimiter: ';' },
  );
}

const side = (v: { versie: number; bronVersie?: string }) => (v.bronVersie === 'concept' ? 'concept' : `versie ${v.versie}`);

/** A scenario comparison as Dutch text (or Markdown with md = true). */
export function formatComparisonText(c: ScenarioComparison, md = false): string {
  const title = `Scenario ${c.jaar} — ${c.ruleset}: ${side(c.basis)} tegenover ${side(c.variant)}${c.gemeente ? `, gemeente ${c.gemeente}` : ''}`;
  const out = [md ? `# ${title}` : title, '', c.samenvatting, ''];
  if (md) out.push('| aanbieder | afrekening basis | afrekening variant | verschil | richting |', '|---|---:|---:|---:|---|');
  for (const a of c.aanbieders) {
    const cells = [a.aanbiederNaam ?? a.aanbieder, euro(a.afrekeningBasis), euro(a.afrekeningVariant), euro(a.verschil), a.richting.replace(/-/g, ' ')];
    out.push(
      md ? `| ${cells.join(' | ')} |` : `${cells[0]}: ${cells[1]} → ${cells[2]} (verschil ${cells[3]})${a.richting === 'gelijk' ? '' : `, ${cells[4]}`}`,
    );
  }
  out.push('');
  if (md) out.push('| gemeente | lasten basis | lasten variant | verschil |', '|---|---:|---:|---:|');
  for (const g of c.gemeenten)
    out.push(
      md
        ? `| ${g.gemeente} | ${euro(g.lastenBasis)} | ${euro(g.lastenVariant)} | ${euro(g.verschil)} |`
        : `Gemeente ${g.gemeente}: lasten ${euro(g.lastenBasis)} → ${euro(g.lastenVariant)} (verschil ${euro(g.verschil)})`,
    );
  out.push(
    md
      ? `| **regio** | ${euro(c.regio.lastenBasis)} | ${euro(c.regio.lastenVariant)} | ${euro(c.regio.verschil)} |`
      : `Regio: lasten ${euro(c.regio.lastenBasis)} → ${euro(c.regio.lastenVariant)} (verschil ${euro(c.regio.verschil)})`,
  );
  return out.join('\n');
}

/** A scenario comparison as CSV, one row per provider. */
export function formatComparisonCsv(c: ScenarioComparison): string {
  return Papa.unparse(
    {
      fields: ['jaar', 'ruleset', 'aanbieder', 'afrekening_basis', 'afrekening_variant', 'verschil', 'richting'],
      data: c.aanbieders.map((a) => [c.jaar, c.ruleset, a.aanbieder, a.afrekeningBasis, a.afrekeningVariant, a.verschil, a.richting]),
    },
    { delimiter: ';' },
  );
}
