/** Token management (beheerder): make, list (never the secret), revoke; every change is audited. */
import { Router } from 'express';
import { ApiError } from '../api-error';
import { actorOf, requirePermission } from '../http/auth';
import { param } from '../http/param';
import { validateBody } from '../http/validate-body';
import type { RuleStore } from '../store/rule-store';
import { generateToken, type Role, type TokenStore } from '../store/token-store';

export function tokenRoutes(store: RuleStore, tokens: TokenStore, now: () => string): Router {
  const router = Router();

  router.get('/tokens', requirePermission('tokens'), async (_req, res) => {
    res.json({ tokens: await tokens.list() });
  });

  router.post('/tokens', requirePermission('tokens'), validateBody('createToken'), async (req, res) => {
    const { role, name, expiresAt } = req.body as { role: Role; name: string; expiresAt?: string };
    if (expiresAt !== undefined && !(Date.parse(expiresAt) > Date.parse(now())))
      throw new ApiError('VERZOEK_ONGELDIG', 'Ongeldig verzoek', `/expiresAt: de vervaldatum ${expiresAt} ligt niet in de toekomst.`, [
        { path: '/expiresAt', message: 'ligt niet in de toekomst' },
      ]);
    const token = generateToken();
    const expires = expiresAt === undefined ? null : new Date(expiresAt).toISOString();
    const id = await tokens.add(token, { role, name }, actorOf(req), expires);
    await store.appendAudit(store.db, {
      actor: actorOf(req),
      action: 'token-aangemaakt',
      target: `tokens/${id}`,
      beforeHash: null,
      afterHash: null,
      detail: { role, name, expiresAt: expires },
    });
    res.status(201).json({ token, id, role, name, expiresAt: expires });
  });

  router.delete('/tokens/:id', requirePermission('tokens'), async (req, res) => {
    const id = param(req, 'id');
    const existing = await tokens.get(id);
    if (!existing) throw new ApiError('NIET_GEVONDEN', 'Token niet gevonden', `Er is geen token met id ${id}.`);
    if (!(await tokens.revoke(id, actorOf(req))))
      throw new ApiError('TOKEN_AL_INGETROKKEN', 'Token al ingetrokken', `Token ${id} (${existing.name}) is al ingetrokken op ${existing.revokedAt ?? '?'}.`);
    await store.appendAudit(store.db, {
      actor: actorOf(req),
      action: 'token-ingetrokken',
      target: `tokens/${id}`,
      beforeHash: null,
      afterHash: null,
      detail: { role: existing.role, name: existing.name, eigenToken: req.user?.id === id },
    });
    res.status(204).end();
  });

  return router;
}
