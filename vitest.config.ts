import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` holds the tests beside the code (pure rules and dialogs: no database, no
 * Redis, no global setup, fast), `integration` everything under test/ against real PostgreSQL and
 * Redis. `npm run test:unit` runs the first alone.
 */
/**
 * Unit tests that mock a module other tests load for real (the event catalogue's test records what the
 * flows emit through a mocked `emitEvent`): in a shared module graph the real module may already be
 * loaded, so they get their own.
 */
const OWN_MODULE_GRAPH = ['cases/domain-events.test.ts'];

export default defineConfig({
  test: {
    exclude: ['node_modules/**', '.data/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Integration tests each create their own database; two cores on this machine.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // Pure code and dialogs share no state between files: one module graph per worker is much faster.
          isolate: false,
          include: ['**/*.test.ts'],
          exclude: ['node_modules/**', '.data/**', 'test/**', ...OWN_MODULE_GRAPH],
        },
      },
      {
        extends: true,
        test: { name: 'unit-isolated', include: OWN_MODULE_GRAPH },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          // Starts or names the PostgreSQL server and migrates the template every test database is cloned from.
          globalSetup: ['test/support/global-setup.ts'],
        },
      },
    ],
  },
});
