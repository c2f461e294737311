import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { changeDirectoryEntry } from '../../cases/directory/change-directory';
import { listDirectoryEntries } from '../../cases/directory/directory-repository';
import { isAdministrator } from '../../cases/staff/viewer';
import { directoryKinds, municipalities } from '../../drizzle/schema';
import { directoryEntrySchema } from '../../flows/directory/directory';
import { viewerFor } from './dashboard-access';
import type { DashboardOptions } from './dashboard-options';
import { renderDirectoryPage } from './directory-page';

/** An empty or missing form field is no value. */
const optional = (schema: z.ZodType) => z.preprocess((value) => (value === '' || value === undefined ? null : value), schema);

/** The form of one desk: the same rules as the API (flows/directory/directory.ts). */
const directoryForm = z.object({
  _csrf: z.string().optional(),
  municipality: z.enum(municipalities),
  kind: z.enum(directoryKinds),
  name: directoryEntrySchema.shape.name,
  address: optional(directoryEntrySchema.shape.address),
  phone: optional(directoryEntrySchema.shape.phone),
  openingHours: optional(directoryEntrySchema.shape.openingHours),
  webUrl: optional(directoryEntrySchema.shape.webUrl),
});

/** `GET /dashboard/directory` and its form: administrators keep where young people are sent. */
export const directoryPageRoutes: FastifyPluginAsyncZod<DashboardOptions> = async (app, { deps, replies }) => {
  const db = deps.database.db;

  app.get('/dashboard/directory', { schema: { hide: true } }, async (request, reply) => {
    const { staff, viewer } = viewerFor(request);
    if (!isAdministrator(viewer)) return replies.errorPage(request, reply, 403, staff);
    const editable = viewer.kind === 'coach' ? [viewer.municipality] : [...municipalities];
    const ctx = replies.context(request, reply, staff);
    return replies.page(reply, renderDirectoryPage(ctx, { entries: await listDirectoryEntries(db), editable }));
  });

  app.post('/dashboard/directory', { schema: { hide: true, body: directoryForm }, attachValidation: true }, async (request, reply) => {
    const { staff, viewer } = viewerFor(request);
    if (!isAdministrator(viewer)) return replies.errorPage(request, reply, 403, staff);
    if (request.validationError) return replies.redirect(reply, '/dashboard/directory', 'invalid');
    return replies.afterPost(reply, '/dashboard/directory', async () => {
      const { municipality, kind, name, address, phone, openingHours, webUrl } = request.body;
      const entry = directoryEntrySchema.parse({ municipality, kind, name, address, phone, openingHours, webUrl });
      await changeDirectoryEntry(db, { viewer, entry });
      return 'directorySaved';
    });
  });
};
