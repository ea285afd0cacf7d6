import type { Backend } from '../../electron/core/backend/createBackend';
import { importThroughApp } from '../records/measureImport';

export interface ImportAndAnalysisTimes {
  documentId: string;
  importMs: number;
  /** CPU of every thread of the process, in milliseconds. */
  importCpuMs: number;
  analysisCpuMs: number;
  analysisMs: number;
  /** The analysis's own clock, as stored with its run. */
  analysisOwnMs: number;
}

function cpuMs(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1000;
}

/** Uploads, imports and indexes a record through the app, then analyzes its case: CPU and wall time of each. */
export async function timeImportAndAnalysis(
  invoke: Backend['invoke'],
  caseId: string,
  pdf: Uint8Array,
): Promise<ImportAndAnalysisTimes> {
  let cpu = process.cpuUsage();
  const imported = await importThroughApp(invoke, caseId, pdf, 'Complete medical records.pdf');
  const importCpuMs = cpuMs(process.cpuUsage(cpu));
  cpu = process.cpuUsage();
  const started = performance.now();
  const status = await invoke('chronology.analyze', { caseId });
  const analysisCpuMs = cpuMs(process.cpuUsage(cpu));
  return {
    documentId: imported.documentId,
    importMs: imported.ms,
    importCpuMs,
    analysisCpuMs,
    analysisMs: performance.now() - started,
    analysisOwnMs: status.durationMs,
  };
}
