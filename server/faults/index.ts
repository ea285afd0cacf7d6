/**
 * A fault-injecting proxy for the sync fault tests (drops, delays, 5xx, truncated bodies).
 */
export {};
