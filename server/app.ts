/** createApp({ store, clock, logger }): the Express app, without listening (tests start it on a free port). */
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { randomUUID } from 'node:crypto';
import { ApiError } from './api-error';
import { authenticate } from './http/auth';
import { problemHandler } from './http/problem';
import { ImpactWorkerPool } from './impact-worker-pool';
import { calcRoutes } from './routes/calc';
import { evaluateRoutes } from './routes/evaluate';
import { impactRoutes } from './routes/impact';
import { exportRoutes } from './routes/exports';
import { matrixRoutes } from './routes/matrix';
import { healthRoute, miscRoutes } from './routes/misc';
import { rulesetRoutes } from './routes/rulesets';
import { suiteRoutes } from './routes/suites';
import { testRunRoutes } from './routes/test-runs';
import type { Clock, RuleStore } from './store/rule-store';
import { TokenStore } from './store/token-store';
import { TestRuns } from './test-runs';

export interface AppDependencies {
  store: RuleStore;
  logger: Logger;
  clock?: Clock;
  /** Built editor to serve at / (optional). */
  editorDir?: string;
  /** Maximum JSON body size, e.g. "2mb". */
  bodyLimit?: string;
}

export function createApp({ store, logger, clock = { now: () => new Date() }, editorDir, bodyLimit = '2mb' }: AppDependencies): Express {
  const now = () => clock.now().toISOString();
  const tokens = new TokenStore(store.db, now);
  const runs = new TestRuns(store, now);
  const impactWorkers = new ImpactWorkerPool();
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use(
    helmet({
      contentSecurityPolicy: { directives: { 'worker-src': ["'self'", 'blob:'], 'script-src': ["'self'"], 'style-src': ["'self'", "'unsafe-inline'"] } },
    }),
  );
  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const id = (req.headers['x-request-id'] as string | undefined)?.slice(0, 100) || randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      redact: ['req.headers.authorization'],
    }),
  );
  app.use('/api', express.json({ limit: bodyLimit, strict: false, type: ['application/json', 'application/*+json'] }));

  const api = express.Router();
  api.use(healthRoute(store));
  api.use(authenticate(tokens));
  api.use(rulesetRoutes(store));
  api.use(suiteRoutes(store, now));
  api.use(evaluateRoutes(store));
  api.use(testRunRoutes(runs));
  api.use(impactRoutes(store, impactWorkers));
  api.use(calcRoutes());
  api.use(matrixRoutes(store, clock));
  api.use(exportRoutes(store, clock));
  api.use(miscRoutes(store, tokens));
  api.use((req) => {
    throw new ApiError('ONBEKENDE_ROUTE', 'Niet gevonden', `Er is geen API-route ${req.method} ${req.originalUrl}.`);
  });
  app.use('/api', api);
  if (editorDir) app.use(express.static(editorDir, { index: 'index.html' }));
  app.use(problemHandler(logger));
  return app;
}
