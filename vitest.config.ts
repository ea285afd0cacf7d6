import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['test/e2e/**', 'test/**/*.postgres.test.ts'],
          environment: 'node',
          setupFiles: ['test/setup/domPolyfills.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The sync server's suite again on PostgreSQL: a throwaway cluster for the run, a database per test server.
        extends: true,
        test: {
          name: 'postgres',
          include: ['test/server/**/*.test.ts', 'test/electron/sync/**/*.test.ts', 'test/**/*.postgres.test.ts'],
          exclude: ['test/**/*.sqlite.test.ts'],
          environment: 'node',
          env: { IMR_TEST_ENGINE: 'postgres' },
          globalSetup: ['test/setup/postgresGlobalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 90_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
