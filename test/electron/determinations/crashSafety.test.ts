import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { determinationSchema } from '../../../shared/domain/determination';
import { richTextToPlainText, type RichTextDoc } from '../../../shared/editor/richText';
import type { Result } from '../../../shared/ipc/result';
import { CASE_ID, MRI_ITEM, XRAY_ITEM } from './support/seedCase';

const CHILD = join(import.meta.dirname, 'support', 'crashChild.ts');
const BURST = 600;
const KILL_AFTER_ACKS = 200;

interface Child {
  proc: ChildProcessWithoutNullStreams;
  send(seq: number, method: string, payload: unknown): void;
  answers: Map<number, Result<unknown>>;
  ready: Promise<void>;
  exited: Promise<NodeJS.Signals | number | null>;
  onAnswer: (listener: (seq: number) => void) => void;
}

function startChild(dataDir: string, keyHex: string): Child {
  const proc = spawn(process.execPath, ['--import', 'tsx', CHILD], {
    env: { ...process.env, CRASH_DATA_DIR: dataDir, CRASH_KEY_HEX: keyHex },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const answers = new Map<number, Result<unknown>>();
  const listeners: ((seq: number) => void)[] = [];
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  createInterface({ input: proc.stdout }).on('line', (line) => {
    const message = JSON.parse(line) as { ready?: boolean; seq?: number; result?: Result<unknown> };
    if (message.ready) return markReady();
    if (message.seq === undefined || !message.result) return;
    answers.set(message.seq, message.result);
    for (const l of listeners) l(message.seq);
  });
  // Requests still buffered when the process is killed fail with EPIPE: expected, they were never acknowledged.
  proc.stdin.on('error', () => {});
  let stderr = '';
  proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
    proc.on('exit', (code, signal) => resolve(signal ?? code)),
  );
  void exited.then((how) => {
    if (how !== 'SIGKILL' && how !== 0 && stderr) console.error(stderr);
  });
  return {
    proc,
    answers,
    ready,
    exited,
    send: (seq, method, payload) => proc.stdin.write(`${JSON.stringify({ seq, method, payload })}\n`),
    onAnswer: (listener) => listeners.push(listener),
  };
}

/** Save k of an item carries every earlier edit of that item too, as typing would: each acknowledged edit stays checkable. */
function rationaleUpTo(edits: number[]): RichTextDoc {
  return {
    type: 'doc',
    content: edits.map((seq) => ({
      type: 'paragraph',
      content: [
        { type: 'text', text: `edit-${seq} the reviewer keeps typing ` },
        {
          type: 'citation',
          attrs: {
            catalogId: `c-${seq % 7}`,
            family: 'odg',
            label: `Citation ${seq % 7}`,
            mtus: false,
            effectiveFrom: null,
            effectiveTo: null,
            bodyParts: [],
          },
        },
      ],
    })),
  };
}

describe('determination crash safety', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'imr-crash-'));
  const keyHex = randomBytes(32).toString('hex');
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps every acknowledged edit and a valid draft when the back end is killed mid-burst', async () => {
    const first = startChild(dataDir, keyHex);
    await first.ready;
    const editsByItem = new Map<string, number[]>([
      [MRI_ITEM, []],
      [XRAY_ITEM, []],
    ]);
    const itemOf = new Map<number, string>();
    let acked = 0;
    first.onAnswer((seq) => {
      if (first.answers.get(seq)?.ok) acked++;
      if (acked === KILL_AFTER_ACKS) first.proc.kill('SIGKILL');
    });
    for (let seq = 1; seq <= BURST; seq++) {
      const itemId = seq % 3 === 0 ? XRAY_ITEM : MRI_ITEM;
      const edits = editsByItem.get(itemId) ?? [];
      edits.push(seq);
      itemOf.set(seq, itemId);
      first.send(seq, 'determinations.saveItem', {
        caseId: CASE_ID,
        itemId,
        decision: seq % 2 ? 'upheld' : 'overturned',
        rationale: rationaleUpTo(edits),
      });
    }
    expect(await first.exited).toBe('SIGKILL');
    const acknowledged = [...first.answers].filter(([, r]) => r.ok).map(([seq]) => seq);
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
    expect(acknowledged.length).toBeLessThan(BURST);

    const second = startChild(dataDir, keyHex);
    await second.ready;
    const answered = (seq: number) =>
      new Promise<Result<unknown>>((resolve) =>
        second.onAnswer((s) => s === seq && resolve(second.answers.get(s) as Result<unknown>)),
      );
    const integrity = answered(1);
    second.send(1, 'integrity', {});
    expect(await integrity).toEqual({ ok: true, value: 'ok' });
    const loaded = answered(2);
    second.send(2, 'determinations.get', { caseId: CASE_ID });
    const result = await loaded;
    second.proc.stdin.end();
    await second.exited;

    expect(result.ok).toBe(true);
    const draft = determinationSchema.parse(result.ok ? result.value : null);
    const text = new Map(draft.items.map((i) => [i.itemId, richTextToPlainText(i.rationale)]));
    const missing = acknowledged.filter((seq) => !text.get(itemOf.get(seq) ?? '')?.includes(`edit-${seq} `));
    expect(missing).toEqual([]);
    expect(draft.revision).toBeGreaterThanOrEqual(acknowledged.length);
  });
});
