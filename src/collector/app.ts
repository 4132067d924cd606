/**
 * `createCollector(options)`: the collector as a Hono app. Its `.fetch` is a `(Request) => Response`
 * handler a host mounts anywhere (Node through @hono/node-server, Next.js route handlers, Express or
 * Fastify through their fetch adapters). Routes follow docs/collector-api.md.
 */
import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { validateFramework } from '../core/validate.js';
import { requireRole } from './auth.js';
import type { CollectorEnv, Deps } from './context.js';
import { dayOf } from './dates.js';
import type { CollectorOptions } from './options.js';
import { HttpProblem, problemResponse } from './problems.js';
import { rateLimit } from './rate-limit.js';
import { closeRoute } from './routes/close.js';
import { cohortReportRoute, createCohortRoute } from './routes/cohorts.js';
import { getPlanRoute, putPlanRoute, sharePlanRoute } from './routes/plan.js';
import { closingDateRoute } from './routes/closing-date.js';
import { frameworkRoute } from './routes/framework.js';
import { fhirQuestionnaireRoute } from './routes/fhir.js';
import { meRoute } from './routes/me.js';
import { progressRoute } from './routes/progress.js';
import { releaseRoute } from './routes/release.js';
import { reportRoute } from './routes/report.js';
import { responsesRoute } from './routes/responses.js';
import { setupRoute } from './routes/setup.js';
import { unusedInvitationsRoute } from './routes/unused-invitations.js';
import { StoreUnavailableError } from './store/types.js';

/** Body limits of docs/collector-api.md. */
export const RESPONSE_BODY_LIMIT = 256 * 1024;
export const BODY_LIMIT = 64 * 1024;
/**
 * `PUT /plan`: the largest valid plan (10 items, every text at its 2,000 characters) is 62 kB in
 * plain letters, 179 kB in a three-byte alphabet and 355 kB of control characters, which JSON
 * writes as `\u0001` (test/collector/plan.test.ts measures it); 384 kB takes it with 8% to spare.
 */
export const PLAN_BODY_LIMIT = 384 * 1024;

function limit(maxSize: number): MiddlewareHandler<CollectorEnv> {
  return bodyLimit({
    maxSize,
    onError: (c) => c.json({ problems: [{ path: '', message: `The body is larger than ${maxSize / 1024} kB.` }] }, 413),
  });
}

export function createCollector(options: CollectorOptions): Hono<CollectorEnv> {
  const checked = validateFramework(options.framework);
  if (!checked.ok) {
    const first = checked.problems.slice(0, 5).map((p) => `${p.path || '/'}: ${p.message}`).join('; ');
    throw new Error(`The collector's framework is not valid: ${first}`);
  }
  const now = options.now ?? (() => new Date());
  const deps: Deps = {
    store: options.store,
    framework: checked.value,
    now,
    today: () => dayOf(now()),
    limiter: rateLimit(options.rateLimit, () => now().getTime()),
    options,
  };
  const log = options.log ?? ((message: string) => console.error(message));

  const app = new Hono<CollectorEnv>().basePath(options.basePath ?? '/api/v1');
  // JSON only: nothing here may run as a page, be framed or leak a referrer.
  app.use(
    secureHeaders({
      contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] },
      referrerPolicy: 'no-referrer',
    }),
  );
  if (options.corsOrigins?.length) {
    app.use(cors({ origin: options.corsOrigins, allowMethods: ['GET', 'POST', 'PUT', 'PATCH'], allowHeaders: ['Authorization', 'Content-Type'], maxAge: 600 }));
  }
  app.use(async (c, next) => {
    await next();
    // Answers carry a 360's state, links or figures: never cache them (GET /framework says otherwise).
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
  });

  const facilitator = requireRole(deps, ['facilitator']);
  app.post('/360s', limit(BODY_LIMIT), setupRoute(deps));
  app.get('/me', requireRole(deps, ['facilitator', 'leader', 'rater']), meRoute(deps));
  app.get('/framework', frameworkRoute(deps));
  app.get('/fhir/Questionnaire', fhirQuestionnaireRoute(deps));
  app.post('/responses', limit(RESPONSE_BODY_LIMIT), requireRole(deps, ['rater', 'leader']), responsesRoute(deps));
  app.get('/progress', facilitator, progressRoute(deps));
  app.get('/invitations/unused', facilitator, unusedInvitationsRoute(deps));
  app.patch('/360', limit(BODY_LIMIT), facilitator, closingDateRoute(deps));
  app.post('/360/close', limit(BODY_LIMIT), facilitator, closeRoute(deps));
  app.post('/360/release', limit(BODY_LIMIT), facilitator, releaseRoute(deps));
  app.get('/report', requireRole(deps, ['leader', 'facilitator']), reportRoute(deps));
  app.get('/plan', requireRole(deps, ['leader', 'facilitator']), getPlanRoute(deps));
  app.put('/plan', limit(PLAN_BODY_LIMIT), requireRole(deps, ['leader']), putPlanRoute(deps));
  app.post('/plan/share', limit(BODY_LIMIT), requireRole(deps, ['leader']), sharePlanRoute(deps));
  app.post('/cohorts', limit(BODY_LIMIT), createCohortRoute(deps));
  app.get('/cohort/report', cohortReportRoute(deps));

  app.notFound((c) => c.json({ problems: [{ path: '', message: 'There is no such route on this collector.' }] }, 404));
  app.onError((error, c) => {
    if (error instanceof HttpProblem) return problemResponse(c, error.status, error.problems, error.code);
    if (error instanceof StoreUnavailableError) {
      log(`lpc-collector: database unavailable on ${c.req.method} ${c.req.routePath}`);
      return c.json({ problems: [{ path: '', message: 'The database is not available just now. Nothing was lost: try again in a minute.' }] }, 503);
    }
    // Name and SQLSTATE only: a message may quote a value from the request.
    const code = (error as { code?: unknown }).code;
    log(`lpc-collector: ${error.name}${typeof code === 'string' ? ` ${code}` : ''} on ${c.req.method} ${c.req.routePath}`);
    return c.json({ problems: [{ path: '', message: 'Something went wrong in the collector. Nothing was stored; try again.' }] }, 500);
  });
  return app;
}
