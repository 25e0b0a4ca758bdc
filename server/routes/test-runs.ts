/** Regression runs: start, read results, follow progress as server-sent events. */
import { Router } from 'express';
import { actorOf, requirePermission } from '../http/auth';
import { param } from '../http/param';
import { validateBody } from '../http/validate-body';
import type { TestRunState, TestRuns } from '../test-runs';

export function testRunRoutes(runs: TestRuns): Router {
  const router = Router();
  router.post('/test-runs', requirePermission('testen'), validateBody('testRun'), async (req, res) => {
    const { ruleset, version, draftId } = req.body as { ruleset: string; version?: number; draftId?: string };
    const state = await runs.start(ruleset, { version, draftId }, actorOf(req));
    res.status(202).location(`/api/test-runs/${state.id}`).json(state);
  });

  router.get('/test-runs/:id', requirePermission('lezen'), async (req, res) => {
    res.json(await runs.get(param(req, 'id')));
  });

  router.get('/test-runs/:id/events', requirePermission('lezen'), async (req, res) => {
    const initial = await runs.get(param(req, 'id'));
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', Connection: 'keep-alive' });
    const send = (state: TestRunState): void => {
      const { results: _results, ...progress } = state;
      res.write(`event: ${state.status === 'bezig' ? 'voortgang' : 'klaar'}\ndata: ${JSON.stringify(progress)}\n\n`);
    };
    if (initial.status !== 'bezig') {
      send(initial);
      res.end();
      return;
    }
    send(initial);
    const unsubscribe = runs.subscribe(initial.id, (state) => {
      send(state);
      if (state.status !== 'bezig') {
        unsubscribe();
        res.end();
      }
    });
    req.on('close', unsubscribe);
  });
  return router;
}
