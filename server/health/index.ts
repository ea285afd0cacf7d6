/**
 * Liveness and readiness endpoints for load balancers.
 */
export * from './healthRoutes';
