import { SHARED_POSTGRES_ENV } from '../support/postgres/sharedTestPostgres';
import { startThrowawayPostgres } from '../support/postgres/startThrowawayPostgres';

/** The postgres test project: one throwaway cluster for the run; each test server makes its own database in it. */
export default async function setup(): Promise<() => Promise<void>> {
  const cluster = await startThrowawayPostgres();
  process.env[SHARED_POSTGRES_ENV] = cluster.adminUrl;
  return () => cluster.stop();
}
