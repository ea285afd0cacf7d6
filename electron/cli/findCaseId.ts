import type { Invoke } from '../core/api';

/** The id of the case with this number, or an error that says how to find the numbers. */
export async function findCaseId(invoke: Invoke, caseNumber: string | undefined, usage: string): Promise<string> {
  if (!caseNumber) throw new Error(`Usage: npm run cli -- ${usage}`);
  const found = (await invoke('cases.list', { query: caseNumber })).find((c) => c.caseNumber === caseNumber);
  if (!found)
    throw new Error(`No case ${caseNumber} in this workspace. Run "npm run cli -- list" to see the case numbers.`);
  return found.id;
}
