/**
 * A segment's full policy as an export document (e.g. the annex of a raadsvoorstel or a contract): the version and its
 * effective dates, per perceel the four steering elements in words with their description and source, the municipal
 * variants (what each changes, why, and on which source) and the rule set's sources. Sources by document title only.
 */
import type { Region, RuleSetVersion, SourceRef } from '../../src/model/rule-set';
import { sourceDocumentTitle } from '../../src/model/source-documents';
import { ELEMENT_TITLES, STEERING_ELEMENTS, describeElement } from '../../src/policy/policy-text';
import { buildSegmentMatrix } from '../../src/policy/segment-matrix';
import type { ExportDocument, ExportSection } from './export-document';
import { dutchDate } from './matrix-document';

function sourceText(source: SourceRef | undefined): string {
  if (!source) return 'geen bron vastgelegd';
  return `${sourceDocumentTitle(source.document)}: “${source.passage}”${source.toelichting ? ` (${source.toelichting})` : ''}`;
}

export async function segmentPolicyDocument(ruleSet: RuleSetVersion, region: Region): Promise<ExportDocument> {
  // The matrix gives each variant's change per cell in the same short words; built for this one version.
  const matrix = await buildSegmentMatrix(
    {
      listRegions: async () => [region],
      listRuleSetIds: async () => [ruleSet.id],
      listVersions: async () => [ruleSet],
      getSharedRules: async () => undefined,
    },
    { asOf: ruleSet.effectiveFrom, region: region.id },
  );
  const matrixRegion = matrix.regios[0];
  const segment = matrixRegion?.domeinen.flatMap((d) => d.segmenten).find((s) => s.rulesetId === ruleSet.id);
  const sections: ExportSection[] = Object.entries(ruleSet.policy.percelen).map(([perceel, body]) => {
    const row = segment?.percelen.find((p) => p.perceel === perceel);
    return {
      heading: `Perceel ${perceel}`,
      blocks: [
        ...(body.omschrijving ? [{ paragraph: body.omschrijving }] : []),
        {
          table: {
            caption: `Sturingselementen van perceel ${perceel}`,
            columns: ['Sturingselement', 'Keuze', 'Toelichting', 'Gemeentelijke afwijkingen', 'Bron'],
            rows: STEERING_ELEMENTS.map((element) => {
              const value = body[element] as { omschrijving?: string; toelichting?: string; bron?: SourceRef } | undefined;
              const variants = row?.elementen[element].afwijkingen.map((a) => `${a.gemeenteNaam}: ${a.tekst} [${a.noot}]`) ?? [];
              return [
                ELEMENT_TITLES[element],
                describeElement(body, element),
                value?.omschrijving ?? value?.toelichting ?? '',
                variants.join('\n') || 'geen',
                sourceText(value?.bron),
              ];
            }),
          },
        },
      ],
    };
  });
  const notes = matrixRegion?.noten ?? [];
  sections.push({
    heading: 'Gemeentelijke afwijkingen',
    blocks:
      notes.length === 0
        ? [{ paragraph: 'Geen: alle gemeenten van de regio volgen het regionale beleid.' }]
        : notes.flatMap((n) => {
            const override = ruleSet.overrides?.[n.gemeente];
            return [
              { paragraph: `[${n.noot}] ${n.gemeenteNaam}: ${n.omschrijving}` },
              ...(override?.source ?? []).map((s) => ({ paragraph: `Bron: ${sourceText(s)}` })),
            ];
          }),
  });
  sections.push({ heading: 'Bronnen van de regelset', blocks: ruleSet.source.map((s) => ({ paragraph: sourceText(s) })) });
  const geldig = `geldig vanaf ${dutchDate(ruleSet.effectiveFrom)}${ruleSet.effectiveTo ? ` tot en met ${dutchDate(ruleSet.effectiveTo)}` : ''}`;
  return {
    title: ruleSet.title,
    subtitle: [
      `Regio ${region.naam}; versie ${ruleSet.version}, ${geldig}.`,
      `Typering: ${ruleSet.policy.typering}; basiseenheid: ${ruleSet.policy.basiseenheid}.`,
      ...(ruleSet.description ? [ruleSet.description] : []),
      ...(ruleSet.changeNote ? [`Wijziging in deze versie: ${ruleSet.changeNote}`] : []),
    ],
    sections,
  };
}
