import { defineConfig } from 'drizzle-kit';

// Used only by `npm run db:generate` to write SQL migrations from drizzle/schema.ts.
export default defineConfig({
  dialect: 'postgresql',
  schema: './drizzle/schema.ts',
  out: './drizzle/migrations',
});
