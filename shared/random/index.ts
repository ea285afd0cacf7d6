/**
 * A seeded random generator (reproducible demo data and fault runs).
 */
export * from './createSeededRandom';
