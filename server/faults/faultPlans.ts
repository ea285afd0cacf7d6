import type { Fault, FaultKind, FaultPlan, ProxiedRequest } from './Fault';

export const passThrough: FaultPlan = () => ({ kind: 'pass' });

/** The given faults for the first requests (optionally only those matching), then 'pass'. */
export function faultSequence(
  faults: readonly Fault[],
  match: (request: ProxiedRequest) => boolean = () => true,
): FaultPlan {
  const queue = [...faults];
  return (request) => (match(request) ? (queue.shift() ?? { kind: 'pass' }) : { kind: 'pass' });
}

export interface RandomFaultOptions {
  /** Relative weight of each fault kind; kinds left out never happen. Include 'pass' for healthy requests. */
  weights: Partial<Record<FaultKind, number>>;
  maxDelayMs?: number;
  match?: (request: ProxiedRequest) => boolean;
}

/** Draws a fault per request from the proxy's seeded generator, so a run is reproducible from its seed. */
export function randomFaultPlan(options: RandomFaultOptions): FaultPlan {
  const entries = Object.entries(options.weights).filter(([, weight]) => (weight ?? 0) > 0) as [FaultKind, number][];
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  const maxDelayMs = options.maxDelayMs ?? 200;
  return (request, random) => {
    if (total === 0 || (options.match && !options.match(request))) return { kind: 'pass' };
    let pick = random.next() * total;
    const kind = entries.find(([, weight]) => (pick -= weight) < 0)?.[0] ?? 'pass';
    switch (kind) {
      case 'dropRequestBody':
        return { kind, afterBytes: random.int(0, 4096) };
      case 'dropResponse':
        return { kind, afterBytes: random.int(0, 4096) };
      case 'delay':
        return { kind, ms: random.int(1, maxDelayMs) };
      case 'trickle':
        return { kind, chunkBytes: random.int(64, 1024), intervalMs: random.int(1, 10) };
      case 'duplicate':
        return { kind, concurrent: random.chance(0.5) };
      default:
        return { kind };
    }
  };
}
