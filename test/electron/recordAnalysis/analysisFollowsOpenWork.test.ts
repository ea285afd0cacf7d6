import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/core/backend/createBackend';
import { staticKeyProvider } from '../../../electron/core/db/keyProvider';
import { silentLogger } from '../../../electron/core/log/logger';
import { createTestWorkspace, type TestWorkspace } from '../../support/createTestWorkspace';

/** Start-up analyzes the open work only; a closed case whose records changed is analyzed when it is opened. */
describe('record analysis follows the open work', () => {
  let t: TestWorkspace;
  let openCaseId: string;
  let closedCaseId: string;
  const analyzedAt = (caseId: string) =>
    (
      t.backend.ws.db.prepare('select analyzed_at as at from case_analysis where case_id = ?').get(caseId) as
        { at: string | null } | undefined
    )?.at ?? null;

  beforeAll(async () => {
    t = await createTestWorkspace({ seedDemo: true });
    await t.settle();
    const cases = await t.call('cases.list', {});
    const withRecords = cases.filter((c) => analyzedAt(c.id) !== null);
    openCaseId = withRecords[0]!.id;
    closedCaseId = withRecords[1]!.id;
    // An upgrade to a new analyzer, and one of the cases closed meanwhile.
    t.backend.ws.db.prepare("update case_analysis set analyzer = 'an older analyzer'").run();
    t.backend.ws.db.prepare("update cases set status = 'uploaded' where id = ?").run(closedCaseId);
    await t.restart();
    await t.settle();
  }, 180_000);
  afterAll(() => t.dispose());

  const analyzer = (caseId: string) =>
    (
      t.backend.ws.db.prepare('select analyzer from case_analysis where case_id = ?').get(caseId) as {
        analyzer: string;
      }
    ).analyzer;

  it('re-analyzes open cases when the workspace opens and leaves closed ones alone', () => {
    expect(analyzer(openCaseId)).not.toBe('an older analyzer');
    expect(analyzer(closedCaseId)).toBe('an older analyzer');
  });

  it('analyzes a closed case once it is opened, and the chronology says so', async () => {
    await t.call('cases.get', { caseId: closedCaseId });
    await t.settle();
    expect(analyzer(closedCaseId)).not.toBe('an older analyzer');
    expect((await t.call('chronology.list', { caseId: closedCaseId })).analysis).toMatchObject({ state: 'idle' });
  });

  it('does not analyze a case again when it is opened with nothing changed', async () => {
    const before = analyzedAt(openCaseId);
    await t.call('cases.get', { caseId: openCaseId });
    expect(t.backend.services()?.analysis.state(openCaseId)).toBe('idle');
    await t.settle();
    expect(analyzedAt(openCaseId)).toBe(before);
  });

  it('in the app, starts catching up only after the first screen has had the back end to itself', async () => {
    t.backend.ws.db
      .prepare("update case_analysis set analyzer = 'an older analyzer' where case_id = ?")
      .run(openCaseId);
    t.backend.close();
    const app = await createBackend({
      dataDir: t.dataDir,
      keyProvider: staticKeyProvider(t.key),
      log: silentLogger,
      transport: 'in-process',
      maintenance: 'background',
      sessionTimers: { catchUpDelayMs: 400, maintenanceDelayMs: 600_000 },
    });
    try {
      const services = app.services()!;
      const analyzerNow = () =>
        (
          app.ws.db.prepare('select analyzer from case_analysis where case_id = ?').get(openCaseId) as {
            analyzer: string;
          }
        ).analyzer;
      expect(services.analysis.state(openCaseId)).toBe('idle');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(services.analysis.state(openCaseId)).toBe('idle');
      expect(analyzerNow()).toBe('an older analyzer');
      await expect.poll(() => analyzerNow(), { timeout: 20_000, interval: 100 }).not.toBe('an older analyzer');
    } finally {
      app.close();
      await t.restart();
    }
  });
});
