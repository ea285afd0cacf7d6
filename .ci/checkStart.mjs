// @ts-check
// The README's `npm start`, as a CI step: it must print its address and serve the inbox (the page, and the cases
// through the same API the window uses), then stop cleanly. Plain JavaScript: it runs on the machine's own Node.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TIMEOUT_MS = 300_000;
const dataDir = mkdtempSync(join(tmpdir(), 'imr-ci-start-'));
const started = Date.now();
const child = spawn('npm', ['start', '--', '--data-dir', dataDir], {
  detached: true,
  stdio: ['ignore', 'pipe', 'pipe'],
});
let output = '';
let stopping = false;
const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));

function fail(message) {
  if (stopping) return;
  console.error(`npm start check FAILED: ${message}\n--- npm start printed ---\n${output}`);
  stop();
  process.exit(1);
}
function stop() {
  stopping = true;
  if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGTERM');
}

const url = await new Promise((resolve) => {
  const timer = setTimeout(() => fail(`no address within ${TIMEOUT_MS / 1000} s`), TIMEOUT_MS);
  const onData = (chunk) => {
    output += chunk.toString();
    const found = /Open: (http:\/\/127\.0\.0\.1:\d+\/\S*#token=[\w-]+)/.exec(output);
    if (found) {
      clearTimeout(timer);
      resolve(found[1]);
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  void exited.then(({ code, signal }) =>
    fail(`it exited (code ${code}, signal ${signal}) before printing its address`),
  );
});
const seconds = ((Date.now() - started) / 1000).toFixed(1);
process.on('uncaughtException', (error) => fail(String(error)));
process.on('unhandledRejection', (error) => fail(String(error)));
const launch = new URL(url);
// The token travels in the fragment (never sent to the server); the page keeps it and sends it as a header.
const token = new URLSearchParams(launch.hash.slice(1)).get('token') ?? '';

const page = await fetch(new URL(launch.pathname, launch));
const html = await page.text();
if (page.status !== 200 || !html.includes('id="root"')) fail(`the launch page answered ${page.status}`);
const reply = await fetch(new URL('/api/invoke', launch), {
  method: 'POST',
  headers: { authorization: `Bearer ${token}`, origin: launch.origin, 'content-type': 'application/json' },
  body: JSON.stringify({ method: 'cases.list', payload: {} }),
});
const result = await reply.json().catch(() => fail(`the API answered ${reply.status}, not JSON`));
if (!result.ok || !Array.isArray(result.value) || result.value.length === 0)
  fail(`the inbox's case list did not answer: ${JSON.stringify(result).slice(0, 300)}`);

stop();
const { code, signal } = await exited;
rmSync(dataDir, { recursive: true, force: true });
console.log(
  `npm start: address printed after ${seconds} s on Node ${process.version} (the machine's); the inbox page and ${result.value.length} cases served; stopped (code ${code}, signal ${signal}).`,
);
