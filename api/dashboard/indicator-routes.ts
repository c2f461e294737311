import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { computeIndicators } from '../../cases/indicators/indicators';
import { recordRead } from '../../cases/privacy/audit-log';
import { seesExactCounts } from '../../cases/staff/municipality-scope';
import { viewerOf } from '../../cases/staff/staff-accounts';
import { indicatorPeriod } from '../../cases/indicators/indicator-period';
import type { Municipality } from '../../drizzle/schema';
import { staffOf } from './dashboard-access';
import type { DashboardOptions } from './dashboard-options';
import { indicatorQuery } from './dashboard-schemas';
import { indicatorRows, indicatorsCsv } from './indicator-rows';
import { municipalityChoices, renderIndicatorsPage } from './indicators-page';

/**
 * `GET /dashboard/indicators` and `GET /dashboard/indicators.csv`, for every role: counts without
 * personal data. An analyst sees coaches as "coach 1, 2, …" instead of their names.
 */
export const indicatorRoutes: FastifyPluginAsyncZod<DashboardOptions> = async (app, { deps, replies }) => {
  const db = deps.database.db;

  /** The indicators of the asked period; admins choose the municipality, everyone else sees their own (an account without one: both). */
  const indicatorsFor = async (request: FastifyRequest, query: z.output<typeof indicatorQuery>) => {
    const staff = staffOf(request);
    const fixed = staff.account.role === 'admin' ? null : staff.account.municipality;
    const municipality: Municipality | undefined = fixed ?? (query.municipality || undefined);
    const period = indicatorPeriod({ from: query.from, to: query.to });
    const indicators = await computeIndicators(db, { municipality, from: period.from, to: period.until });
    return {
      staff,
      municipality,
      indicators,
      coachNames: staff.account.role !== 'analyst',
      exactCounts: seesExactCounts(viewerOf(staff.account)),
      form: { municipality: municipality ?? '', from: period.fromDay, to: period.toDay },
      choices: municipalityChoices(fixed),
    };
  };

  app.get('/dashboard/indicators', { schema: { hide: true, querystring: indicatorQuery } }, async (request, reply) => {
    const { staff, indicators, coachNames, exactCounts, form, choices } = await indicatorsFor(request, request.query);
    const ctx = replies.context(request, reply, staff);
    const rows = indicatorRows(indicators, ctx.t, { coachNames, exactCounts });
    return replies.page(reply, renderIndicatorsPage(ctx, { indicators, rows, form, choices, coachNames, exactCounts }));
  });

  app.get('/dashboard/indicators.csv', { schema: { hide: true, querystring: indicatorQuery } }, async (request, reply) => {
    const { staff, municipality, indicators, coachNames, exactCounts, form } = await indicatorsFor(request, request.query);
    const { t } = replies.context(request, reply, staff);
    const csv = indicatorsCsv({ municipality: form.municipality || 'all', from: form.from, to: form.to }, indicatorRows(indicators, t, { coachNames, exactCounts }));
    // An export leaves the dashboard: who took which one is in the audit log (counts only, no cases).
    await recordRead(db, { reader: viewerOf(staff.account) ?? { actor: `staff:${staff.account.id}` }, action: 'export.indicators_csv', municipality: municipality ?? null });
    const name = `indicatoren-${form.municipality || 'alle'}-${form.from}-${form.to}.csv`;
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${name}"`)
      .header('cache-control', 'no-store')
      .send(csv);
  });
};
