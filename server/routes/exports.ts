/**
 * Council and contract exports as files: GET /api/exports/matrix/{format}?region=&asOf= (the segment matrix) and
 * GET /api/exports/rulesets/{region}/{domain}/{segment}/{format}?asOf= (a segment's full policy, the version in force);
 * format docx, xlsx or pdf. Read from the store, so a publish in the web app shows at once.
 */
import { Router, type Request } from 'express';
import { isIsoDate, SturingError } from '../../engine/src/model';
import { EXPORT_CONTENT_TYPES, isExportFormat, matrixDocument, renderExport, segmentPolicyDocument, type ExportFormat } from '../../engine/node';
import { buildSegmentMatrix } from '../../engine/src/policy';
import { resolveVersion } from '../../engine/src/rules';
import { ApiError } from '../api-error';
import { requirePermission } from '../http/auth';
import { param } from '../http/param';
import type { Clock, RuleStore } from '../store/rule-store';

function formatOf(req: Request): ExportFormat {
  const format = param(req, 'format');
  if (!isExportFormat(format))
    throw new ApiError('VERZOEK_ONGELDIG', 'Onbekend exportformaat', `Kies docx, xlsx of pdf, niet "${format}".`, [
      { path: '/format', message: 'docx, xlsx of pdf' },
    ]);
  return format;
}

function asOfOf(req: Request, clock: Clock): string {
  const asOf = typeof req.query.asOf === 'string' ? req.query.asOf : clock.now().toISOString().slice(0, 10);
  if (!isIsoDate(asOf))
    throw new ApiError('VERZOEK_ONGELDIG', 'Ongeldige peildatum', `asOf moet een datum JJJJ-MM-DD zijn, niet "${asOf}".`, [
      { path: '/asOf', message: 'geen geldige datum' },
    ]);
  return asOf;
}

/** A file name without anything but letters, digits, dots and dashes. */
const fileName = (stem: string, format: ExportFormat) => `${stem.replace(/[^\w.-]+/g, '-')}.${format}`;

export function exportRoutes(store: RuleStore, clock: Clock): Router {
  const router = Router();
  router.get('/exports/matrix/:format', requirePermission('lezen'), async (req, res) => {
    const format = formatOf(req);
    const asOf = asOfOf(req, clock);
    const region = typeof req.query.region === 'string' ? req.query.region : undefined;
    const file = await renderExport(matrixDocument(await buildSegmentMatrix(store, { asOf, region })), format);
    res
      .type(EXPORT_CONTENT_TYPES[format])
      .attachment(fileName(`segmentmatrix-${region ?? 'alle-regios'}-${asOf}`, format))
      .send(file);
  });
  router.get('/exports/rulesets/:region/:domain/:segment/:format', requirePermission('lezen'), async (req, res) => {
    const format = formatOf(req);
    const asOf = asOfOf(req, clock);
    const id = `${param(req, 'region')}/${param(req, 'domain')}/${param(req, 'segment')}`;
    const versions = await store.listVersions(id);
    if (versions.length === 0) throw new SturingError('REGELSET_ONBEKEND', `Regelset ${id} bestaat niet.`, [{ path: '/ruleset', message: 'onbekend' }]);
    const ruleSet = resolveVersion(versions, asOf, id);
    const region = (await store.listRegions()).find((r) => r.id === param(req, 'region'));
    if (!region) throw new SturingError('REGIO_ONBEKEND', `Regio ${param(req, 'region')} bestaat niet.`, [{ path: '/region', message: 'onbekend' }]);
    const file = await renderExport(await segmentPolicyDocument(ruleSet, region), format);
    res
      .type(EXPORT_CONTENT_TYPES[format])
      .attachment(fileName(`beleid-${id}-v${ruleSet.version}`, format))
      .send(file);
  });
  return router;
}
