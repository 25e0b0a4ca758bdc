/** Rule sets, their versions and diffs; drafts and publishing. */
import { Router, type Request, type Response } from 'express';
import { diffJson } from '../../engine/src/json';
import { ApiError } from '../api-error';
import { actorOf, requirePermission } from '../http/auth';
import { param } from '../http/param';
import { validateBody } from '../http/validate-body';
import { publishDraft, validateInStore, type PublishRequest } from '../publish';
import type { RuleStore } from '../store/rule-store';

function rulesetId(req: Request): string {
  return `${param(req, 'region')}/${param(req, 'domain')}/${param(req, 'segment')}`;
}

function versionNumber(value: string | undefined, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new ApiError('VERZOEK_ONGELDIG', 'Ongeldig verzoek', `${name} moet een positief geheel getal zijn, niet "${value}".`, [
      { path: `/${name}`, message: 'geen positief geheel getal' },
    ]);
  return n;
}

export function rulesetRoutes(store: RuleStore): Router {
  const router = Router();
  const base = '/rulesets/:region/:domain/:segment';

  router.get('/rulesets', requirePermission('lezen'), async (req, res) => {
    const region = typeof req.query.region === 'string' ? req.query.region : undefined;
    const domain = typeof req.query.domain === 'string' ? req.query.domain : undefined;
    res.json({ rulesets: await store.listRuleSets({ region, domain }) });
  });

  router.get(base, requirePermission('lezen'), async (req, res) => {
    const id = rulesetId(req);
    const summary = await store.requireRuleSet(id);
    res.json({ ...summary, versions: await store.listVersionMeta(id), drafts: await store.listDrafts(id) });
  });

  router.get(`${base}/versions/:n`, requirePermission('lezen'), async (req, res) => {
    const { meta, document } = await store.getVersion(rulesetId(req), versionNumber(param(req, 'n'), 'n'));
    res.set('ETag', `"${meta.contentHash}"`).json({ ...meta, document });
  });

  const refuseChange = (_req: Request, res: Response): never => {
    res.set('Allow', 'GET');
    throw new ApiError(
      'ALLEEN_LEZEN',
      'Gepubliceerde versies zijn onveranderlijk',
      'Een gepubliceerde versie kan niet worden gewijzigd of verwijderd; maak een concept (POST …/drafts) en publiceer een nieuwe versie.',
    );
  };
  router.route(`${base}/versions/:n`).put(refuseChange).patch(refuseChange).delete(refuseChange);

  router.get(`${base}/versions/:n/diff/:m`, requirePermission('lezen'), async (req, res) => {
    const id = rulesetId(req);
    const from = await store.getVersion(id, versionNumber(param(req, 'n'), 'n'));
    const to = await store.getVersion(id, versionNumber(param(req, 'm'), 'm'));
    res.json({ from: from.meta.version, to: to.meta.version, changes: diffJson(from.document, to.document) });
  });

  router.post(`${base}/drafts`, requirePermission('concepten'), validateBody('createDraft'), async (req, res) => {
    const draft = await store.createDraft(rulesetId(req), (req.body as { fromVersion?: number }).fromVersion, actorOf(req));
    res
      .status(201)
      .location(`/api/rulesets/${rulesetId(req)}/drafts/${draft.id}`)
      .set('ETag', draft.etag)
      .json({ ...draft, issues: await validateInStore(store, draft.document) });
  });

  router.get(`${base}/drafts/:draftId`, requirePermission('lezen'), async (req, res) => {
    const draft = await store.getDraft(rulesetId(req), param(req, 'draftId'));
    res.set('ETag', draft.etag).json({ ...draft, issues: await validateInStore(store, draft.document) });
  });

  router.put(`${base}/drafts/:draftId`, requirePermission('concepten'), validateBody('saveDraft'), async (req, res) => {
    const ifMatch = req.get('if-match');
    if (!ifMatch)
      throw new ApiError('IF_MATCH_VEREIST', 'If-Match ontbreekt', 'Stuur de ETag van het concept mee in If-Match, zodat niemands wijzigingen verloren gaan.');
    const draft = await store.saveDraft(rulesetId(req), param(req, 'draftId'), (req.body as { document: unknown }).document, ifMatch, actorOf(req));
    res.set('ETag', draft.etag).json({ ...draft, issues: await validateInStore(store, draft.document) });
  });

  router.delete(`${base}/drafts/:draftId`, requirePermission('concepten'), async (req, res) => {
    await store.deleteDraft(rulesetId(req), param(req, 'draftId'), req.get('if-match'), actorOf(req));
    res.status(204).end();
  });

  router.post(`${base}/drafts/:draftId/publish`, requirePermission('publiceren'), validateBody('publish'), async (req, res) => {
    const meta = await publishDraft(
      store,
      rulesetId(req),
      param(req, 'draftId'),
      req.body as PublishRequest,
      req.get('if-match'),
      actorOf(req),
      req.user?.role,
    );
    res
      .status(201)
      .location(`/api/rulesets/${rulesetId(req)}/versions/${meta.version}`)
      .json(meta);
  });

  return router;
}
