import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { changeDirectoryEntry } from '../cases/directory/change-directory';
import { listDirectoryEntries } from '../cases/directory/directory-repository';
import { directoryKinds, municipalities } from '../drizzle/schema';
import { directoryEntrySchema } from '../flows/directory/directory';
import type { AppDeps } from './app';
import { apiScope } from './api-scope';
import { badInput, errorDoc } from './openapi';

const tags = ['directory'];
const entryAnswer = directoryEntrySchema.extend({ updatedAt: z.date(), updatedBy: z.string() });
const placeParams = z.object({ municipality: z.enum(municipalities), kind: z.enum(directoryKinds) });
const entryBody = directoryEntrySchema.omit({ municipality: true, kind: true }).strict();

/**
 * The directory of where to go (Werkplein, Sociaal loket, night shelter, …): read by anyone with a
 * token, changed by an administrator of the municipality (cases/directory/change-directory.ts).
 */
export const directoryRoutes: FastifyPluginAsync<AppDeps> = async (scope, deps) => {
  const app = apiScope(scope, deps);
  const db = deps.database.db;

  app.get(
    '/api/directory',
    { schema: { summary: 'Where young people are sent, per municipality', operationId: 'listDirectory', tags, response: { 200: z.object({ entries: z.array(entryAnswer) }).describe('The directory') } } },
    async () => ({ entries: await listDirectoryEntries(db) }),
  );

  app.put(
    '/api/directory/:municipality/:kind',
    {
      schema: {
        summary: 'Set the contact of one desk (admin of that municipality); audited',
        operationId: 'setDirectoryEntry',
        tags,
        params: placeParams,
        body: entryBody,
        response: { 200: z.object({ entry: directoryEntrySchema }).describe('Saved'), ...badInput, 403: errorDoc('Only an admin of this municipality') },
      },
    },
    async (request) => {
      const entry = { ...request.params, ...request.body };
      await changeDirectoryEntry(db, { viewer: request.viewer, entry });
      return { entry };
    },
  );
};
