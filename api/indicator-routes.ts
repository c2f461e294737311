import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { computeIndicators } from '../cases/indicators/indicators';
import { indicatorPeriod } from '../cases/indicators/indicator-period';
import { SMALLEST_SHOWN_COUNT } from '../cases/indicators/small-counts';
import { municipalityScope, seesExactCounts } from '../cases/staff/municipality-scope';
import { municipalities } from '../drizzle/schema';
import type { AppDeps } from './app';
import { apiScope } from './api-scope';
import { indicatorRows } from './dashboard/indicator-rows';
import { badInput } from './openapi';

const day = z.iso.date('must be a date, yyyy-mm-dd');

const indicatorApiQuery = z
  .object({
    municipality: z.enum(municipalities).optional().describe('the admin token: one municipality (default both); a coach: always their own'),
    from: day.optional().describe('first day (default 89 days before `to`)'),
    to: day.optional().describe('last day, included (default today)'),
  })
  .strict();

const indicatorAnswer = z.object({
  municipality: z.enum(municipalities).nullable().describe('null: both'),
  from: day,
  to: day,
  exactCounts: z.boolean().describe(`false: counts of 1 to ${SMALLEST_SHOWN_COUNT - 1} (and cells they could be computed back from) are suppressed`),
  rows: z.array(
    z.object({
      indicator: z.string().describe('stable name, as in the dashboard’s CSV export'),
      category: z.string().describe("a category within the indicator; '' for a single number"),
      value: z.number().nullable().describe('null: suppressed, or no number (a median of nothing)'),
      suppressed: z.boolean().describe(`true: a small count, shown to people as "< ${SMALLEST_SHOWN_COUNT}"`),
    }),
  ),
});

/**
 * `GET /api/indicators`: the dashboard's indicators as rows, for the municipality's own reports.
 * Small counts follow the one rule of cases/indicators/small-counts.ts: only an administrator sees them.
 */
export const indicatorApiRoutes: FastifyPluginAsync<AppDeps> = async (scope, deps) => {
  const app = apiScope(scope, deps);
  const db = deps.database.db;

  app.get(
    '/api/indicators',
    {
      schema: {
        summary: `Indicators of a period, counts only; counts below ${SMALLEST_SHOWN_COUNT} suppressed unless you are an administrator`,
        operationId: 'getIndicators',
        tags: ['indicators'],
        querystring: indicatorApiQuery,
        response: { 200: indicatorAnswer.describe('The indicators'), ...badInput },
      },
    },
    async (request) => {
      const { viewer } = request;
      const scopeOf = await municipalityScope(db, viewer);
      const municipality = 'all' in scopeOf ? (request.query.municipality ?? null) : scopeOf.municipality;
      const period = indicatorPeriod({ from: request.query.from, to: request.query.to });
      const indicators = await computeIndicators(db, { municipality: municipality ?? undefined, from: period.from, to: period.until });
      const exactCounts = seesExactCounts(viewer);
      const rows = indicatorRows(indicators, deps.i18n.getFixedT('nl', 'dashboard'), { coachNames: true, exactCounts });
      return {
        municipality,
        from: period.fromDay,
        to: period.toDay,
        exactCounts,
        rows: rows.map(({ indicator, category, value, suppressed }) => ({ indicator, category, value, suppressed })),
      };
    },
  );
};
