/** A small seeded generator (mulberry32): the same seed gives the same payloads, so a failure can be replayed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HUGE = 'A'.repeat(2 * 1024 * 1024);
const deepObject = (depth: number) => JSON.parse(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`) as unknown;
const deepArray = (depth: number) => JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`) as unknown;
const DEEP = [deepObject(64), deepObject(2_000), deepObject(20_000), deepArray(20_000)];
const HOSTILE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  '__defineGetter__',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '',
  ' ',
  'a'.repeat(10_000),
  '\u0000',
  '$where',
  '../../etc/passwd',
];
const STRINGS = [
  '',
  ' ',
  HUGE,
  '\u0000\u0001\u0002',
  '💥'.repeat(1000),
  "'; drop table cases; --",
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '%00',
  '__proto__',
  'NaN',
  '{"a":1}',
];
/** Values no JSON-shaped schema accepts: every declared key gets one, so no extra key is needed to be invalid. */
const POISON: (() => unknown)[] = [
  () => Symbol('p'),
  () => () => 1,
  () => BigInt(1),
  () => new Map(),
  () => NaN,
  () => new Date(Number.NaN),
  () => Infinity,
];
const NUMBERS = [
  0,
  -0,
  -1,
  1.5,
  NaN,
  Infinity,
  -Infinity,
  Number.MAX_SAFE_INTEGER + 2,
  1e308,
  -1e308,
  2 ** 31,
  2 ** 53,
];

export interface PayloadKit {
  /** A payload that no strict-object input schema can accept. */
  next(shape: readonly string[]): unknown;
}

export function hostilePayloads(seed: number): PayloadKit {
  const rnd = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const junk = (depth = 0): unknown => {
    const roll = rnd();
    if (roll < 0.2) return pick(STRINGS);
    if (roll < 0.35) return pick(NUMBERS);
    if (roll < 0.45) return pick([null, true, false, undefined]);
    if (roll < 0.55) return pick(DEEP);
    if (roll < 0.7 && depth < 3) return Array.from({ length: Math.floor(rnd() * 5) }, () => junk(depth + 1));
    if (roll < 0.85 && depth < 3)
      return Object.fromEntries(
        Array.from({ length: Math.floor(rnd() * 4) }, () => [pick(HOSTILE_KEYS), junk(depth + 1)]),
      );
    return pick([Symbol('x'), () => 1, new Date(Number.NaN), new Map([[1, 2]]), new Uint8Array(16), BigInt(7)]);
  };
  const withDeclared = (shape: readonly string[]) =>
    Object.fromEntries(shape.filter(() => rnd() < 0.8).map((k) => [k, junk()]));
  return {
    next(shape) {
      const roll = rnd();
      if (roll < 0.3) {
        return pick([
          null,
          undefined,
          true,
          0,
          NaN,
          HUGE,
          'session.status',
          [],
          [{}],
          pick(DEEP),
          Symbol('s'),
          BigInt(1),
          () => ({}),
        ]);
      }
      if (roll < 0.45) {
        const text = `{${shape.map((k) => `"${k}":${JSON.stringify(pick(['x', 1, null]))},`).join('')}"__proto__":{"polluted":true,"isAdmin":true}}`;
        return JSON.parse(text) as unknown;
      }
      if (roll < 0.7 && shape.length > 0) {
        return Object.fromEntries(shape.map((k) => [k, pick(POISON)()]));
      }
      if (roll < 0.8) {
        const target = withDeclared(shape);
        return new Proxy(target, {
          get() {
            throw new Error('hostile getter');
          },
          ownKeys() {
            throw new Error('hostile ownKeys');
          },
        });
      }
      const payload: Record<string, unknown> = withDeclared(shape);
      Object.defineProperty(payload, pick(HOSTILE_KEYS.slice(1)), {
        value: junk(),
        enumerable: true,
        configurable: true,
        writable: true,
      });
      return payload;
    },
  };
}
