/**
 * Test rigs that sit in front of servers: a fault-injecting proxy for the sync fault tests (drops, delays, 5xx,
 * truncated bodies) and a round-robin balancer for several instances.
 */
export {};
