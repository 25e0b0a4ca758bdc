/**
 * POST /api/berichten: check iWmo/iJw 3.2 messages against the policy in force on their dates. Body: one message as
 * application/xml (or text/xml; name in X-Bestandsnaam), or several as JSON { bestanden: [{ naam, inhoud }] }.
 * 200 with the report and every allocation's decision (with explanation) — problems in a message are part of the
 * report; 400 when the body holds no message at all, 413 when too large, 415 for another media type.
 */
import express, { Router } from 'express';
import { join } from 'node:path';
import { MessageCheck, type CheckedAllocation } from '../../engine/src/messages';
import { codeMappingFrom, PACKAGE_ROOT } from '../../engine/node';
import { ApiError } from '../api-error';
import { requirePermission } from '../http/auth';
import type { RuleStore } from '../store/rule-store';

interface UploadedFile {
  naam: string;
  inhoud: string;
}

/** Largest number of files in one request. */
const MAX_FILES = 200;

function filesOf(req: express.Request): UploadedFile[] {
  const type = req.headers['content-type'] ?? '';
  if (/^(application|text)\/xml\b/i.test(type)) {
    if (typeof req.body !== 'string' || req.body.trim() === '')
      throw new ApiError('VERZOEK_ONGELDIG', 'Leeg bericht', 'De body bevat geen bericht.', [{ path: '', message: 'lege body' }]);
    const naam = String(req.headers['x-bestandsnaam'] ?? 'bericht.xml').slice(0, 200);
    return [{ naam, inhoud: req.body }];
  }
  if (/^application\/json\b/i.test(type)) {
    const body = req.body as { bestanden?: unknown };
    if (!body || typeof body !== 'object' || !Array.isArray(body.bestanden) || body.bestanden.length === 0)
      throw new ApiError('VERZOEK_ONGELDIG', 'Geen berichten', '/bestanden: verwacht een lijst met { naam, inhoud } per bericht.', [
        { path: '/bestanden', message: 'ontbreekt of is leeg' },
      ]);
    if (body.bestanden.length > MAX_FILES)
      throw new ApiError('BODY_TE_GROOT', 'Te veel bestanden', `/bestanden: hoogstens ${MAX_FILES} bestanden per verzoek.`, [
        { path: '/bestanden', message: 'te veel' },
      ]);
    return body.bestanden.map((file: unknown, index: number) => {
      const f = file as Partial<UploadedFile> | null;
      if (!f || typeof f !== 'object' || typeof f.inhoud !== 'string')
        throw new ApiError('VERZOEK_ONGELDIG', 'Ongeldig bestand', `/bestanden/${index}/inhoud: verwacht de tekst van het bericht.`, [
          { path: `/bestanden/${index}/inhoud`, message: 'ontbreekt of is geen tekst' },
        ]);
      return { naam: typeof f.naam === 'string' && f.naam !== '' ? f.naam.slice(0, 200) : `bestand-${index + 1}.xml`, inhoud: f.inhoud };
    });
  }
  throw new ApiError(
    'MEDIATYPE_ONGELDIG',
    'Mediatype niet ondersteund',
    `Stuur een bericht als application/xml of meerdere als application/json, niet "${type || '(geen)'}".`,
    [{ path: '', message: 'Content-Type niet ondersteund' }],
  );
}

export function berichtenRoutes(store: RuleStore, bodyLimit = '2mb'): Router {
  const router = Router();
  router.post('/berichten', requirePermission('lezen'), express.text({ type: ['application/xml', 'text/xml'], limit: bodyLimit }), async (req, res) => {
    const files = filesOf(req);
    const mapping = codeMappingFrom(await store.listRegions(), join(PACKAGE_ROOT, 'rules'));
    const toewijzingen: CheckedAllocation[] = [];
    const check = new MessageCheck(store, mapping, { explain: true, onAllocation: (a) => toewijzingen.push(a) });
    for (const file of files) {
      check.session.readText(file.naam, file.inhoud);
      await check.flush();
    }
    res.json({ rapport: check.result(), toewijzingen });
  });
  return router;
}
