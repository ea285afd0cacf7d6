import { createInterface } from 'node:readline';

/** IMR_PASSPHRASE for scripts; otherwise a prompt that does not echo what is typed. */
export async function readPassphrase(prompt: string): Promise<string> {
  const fromEnv = process.env['IMR_PASSPHRASE'];
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY)
    throw new Error('The workspace is protected by a passphrase: set IMR_PASSPHRASE or run this in a terminal.');
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const output = rl as unknown as { _writeToOutput(text: string): void };
  let muted = false;
  output._writeToOutput = (text: string) => {
    if (!muted) process.stdout.write(text);
  };
  const answer = new Promise<string>((resolve) => rl.question(prompt, resolve));
  muted = true;
  const passphrase = await answer;
  rl.close();
  process.stdout.write('\n');
  return passphrase;
}
