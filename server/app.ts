/** createApp({ store, clock, logger }): the Express app, without listening (tests start it on a free port). */
import express, { type Express, type Request } from 'express';
import helmet, { type HelmetOptions } from 'helmet';
import type { Logger } from 'pino';
import { ApiError } from './api-error';
import { EvaluationCache } from './cache/evaluation-cache';
import { EvaluateWorkerPool } from './evaluate-worker-pool';
import { afrekeningRoutes } from './routes/afrekening';
import { authenticate } from './http/auth';
import { problemHandler } from './http/problem';
import { refuseRepeatedQueryParameters } from './http/query';
import { requestLog } from './http/request-log';
import { securityHeaders } from './http/security-headers';
import { goesToWorkers, JSON_TYPES } from './http/worker-body';
import { ImpactWorkerPool } from './impact-worker-pool';
import { berichtenRoutes } from './routes/berichten';
import { analyseRoutes } from './routes/analyse';
import { calcRoutes } from './routes/calc';
import { evaluateHandlers } from './routes/evaluate';
import { impactRoutes } from './routes/impact';
import { exportRoutes } from './routes/exports';
import { matrixRoutes } from './routes/matrix';
import { resultatenRoutes } from './routes/resultaten';
import { healthRoute, miscRoutes } from './routes/misc';
import { rulesetRoutes } from './routes/rulesets';
import { suiteRoutes } from './routes/suites';
import { testRunRoutes } from './routes/test-runs';
import { tokenRoutes } from './routes/tokens';
import type { Clock, RuleStore } from './store/rule-store';
import { TokenStore } from './store/token-store';
import { TestRuns } from './test-runs';

/** Helmet's headers with the editor's needs: Monaco's workers from blob: URLs, inline styles. */
export const SECURITY_HEADERS: HelmetOptions = {
  contentSecurityPolicy: { directives: { 'worker-src': ["'self'", 'blob:'], 'script-src': ["'self'"], 'style-src': ["'self'", "'unsafe-inline'"] } },
};

export interface AppDependencies {
  store: RuleStore;
  logger: Logger;
  clock?: Clock;
  /** Built editor to serve at / (optional). */
  editorDir?: string;
  /** Maximum JSON body size, e.g. "2mb". */
  bodyLimit?: string;
  /** Worker threads for large evaluate bodies (batches); 0 evaluates everything on the request's thread. */
  evaluationWorkers?: number;
}

export function createApp({ store, logger, clock = { now: () => new Date() }, editorDir, bodyLimit = '2mb', evaluationWorkers = 0 }: AppDependencies): Express {
  const now = () => clock.now().toISOString();
  const tokens = new TokenStore(store.handle, now);
  const runs = new TestRuns(store, now);
  const impactWorkers = new ImpactWorkerPool();
  const evaluationCache = new EvaluationCache(store);
  const evaluateWorkers = evaluationWorkers > 0 ? new EvaluateWorkerPool(store.handle.config, evaluationWorkers) : undefined;
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use(securityHeaders(helmet(SECURITY_HEADERS)));
  app.use(requestLog(logger));
  const jsonBody = express.json({ limit: bodyLimit, strict: false, type: JSON_TYPES });
  const authenticated = authenticate(tokens);

  // The hottest route first, on the app itself: a case system calls it per decision, and every router layer before
  // it costs each request. A large body (a batch) is read as text for the evaluation workers.
  const evaluateBody = evaluateWorkers
    ? [
        express.json({ limit: bodyLimit, strict: false, type: (req) => Boolean((req as Request).is(JSON_TYPES)) && !goesToWorkers(req as Request) }),
        express.text({ limit: bodyLimit, type: (req) => goesToWorkers(req as Request) }),
      ]
    : [jsonBody];
  app.post('/api/evaluate', ...evaluateBody, refuseRepeatedQueryParameters, authenticated, ...evaluateHandlers(evaluationCache, evaluateWorkers));
  app.use('/api', jsonBody);

  const api = express.Router();
  api.use(refuseRepeatedQueryParameters);
  api.use(healthRoute(store));
  api.use(authenticated);
  api.use(rulesetRoutes(store));
  api.use(suiteRoutes(store, now));
  api.use(testRunRoutes(runs));
  api.use(impactRoutes(store, impactWorkers));
  api.use(calcRoutes());
  api.use(afrekeningRoutes(store));
  api.use(berichtenRoutes(store, bodyLimit));
  api.use(matrixRoutes(store, clock));
  api.use(resultatenRoutes(store, clock));
  api.use(miscRoutes(store));
  api.use(tokenRoutes(store, tokens, now));
  api.use(analyseRoutes(store));
  api.use(exportRoutes(store, clock));
  api.use((req) => {
    throw new ApiError('ONBEKENDE_ROUTE', 'Niet gevonden', `Er is geen API-route ${req.method} ${req.originalUrl}.`);
  });
  app.use('/api', api);
  if (editorDir) app.use(express.static(editorDir, { index: 'index.html' }));
  app.use(problemHandler(logger));
  return app;
}
