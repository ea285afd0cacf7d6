// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaseDetail, DisputedItem } from '../../../shared/domain/caseModel';
import type { Determination } from '../../../shared/domain/determination';
import { richTextFromParagraphs } from '../../../shared/editor/richText';
import type { VersionDetail } from '../../../shared/ipc/contracts/versionsContract';
import { caseFixture } from '../../support/caseFixture';
import { AppError } from '../../../shared/ipc/appError';

const calls: { method: string; input: unknown }[] = [];
let draftBroken = true;

vi.mock('../../../renderer/src/api', () => {
  return {
    call: vi.fn(async (method: string, input: unknown) => {
      calls.push({ method, input });
      switch (method) {
        case 'determinations.get':
          if (draftBroken)
            throw new AppError(
              'DRAFT_INVALID',
              'The saved text of the rationale for "MRI Cervical" in CM14-0012345 is damaged and was not loaded.',
            );
          return draft;
        case 'cases.get':
          return detail;
        case 'catalog.local':
          return { entries: [], recentIds: [] };
        case 'versions.list':
          return [
            {
              id: 7,
              caseId: 'case-1',
              createdAt: '2026-11-24T09:00:00.000Z',
              reason: 'interval',
              detail: '',
              revision: 4,
            },
          ];
        case 'versions.get':
          return version;
        case 'versions.restore':
          draftBroken = false;
          return { revision: 9, savedAt: '2026-11-24T09:05:00.000Z', backupVersionId: 8 };
        default:
          throw new Error(`unexpected ${method}`);
      }
    }),
  };
});

const { DeterminationPanel } = await import('../../../renderer/src/features/determination/DeterminationPanel');
const { createSaveQueue } = await import('../../../renderer/src/features/determination/saveQueue');

const items: DisputedItem[] = [
  {
    id: 'item-mri',
    caseId: 'case-1',
    position: 0,
    requestedTreatment: 'MRI Cervical',
    urDecision: 'denied',
    caGuideline: '',
  },
];
const detail: CaseDetail = { case: caseFixture(), items, documents: [] };
const restoredText = 'Restored rationale text.';
const draft: Determination = {
  caseId: 'case-1',
  summary: richTextFromParagraphs(['Summary.']),
  items: [
    {
      itemId: 'item-mri',
      decision: 'upheld',
      caGuideline: '',
      rationale: richTextFromParagraphs([restoredText]),
      updatedAt: '',
    },
  ],
  revision: 9,
  locked: false,
  updatedAt: '',
};
const version: VersionDetail = {
  id: 7,
  caseId: 'case-1',
  createdAt: '2026-11-24T09:00:00.000Z',
  reason: 'interval',
  detail: '',
  revision: 4,
  summary: richTextFromParagraphs(['Summary.']),
  items: [
    { itemId: 'item-mri', decision: 'upheld', caGuideline: '', rationale: richTextFromParagraphs([restoredText]) },
  ],
  restorable: true,
};

describe('DeterminationPanel', () => {
  beforeEach(() => {
    calls.length = 0;
    draftBroken = true;
  });
  afterEach(() => cleanup());

  it('reports a damaged draft with the version history open and loads the draft once a version is restored', async () => {
    render(<DeterminationPanel caseId="case-1" items={items} queue={createSaveQueue(10)} />);
    expect((await screen.findByRole('alert')).textContent).toContain('is damaged and was not loaded');
    expect(screen.queryByRole('textbox', { name: /Decision rationale/ })).toBeNull();

    fireEvent.click(await screen.findByRole('button', { name: /Autosaved while editing/ }));
    expect((await screen.findByTestId('version-preview')).textContent).toContain(restoredText);
    fireEvent.click(screen.getByRole('button', { name: 'Restore this version…' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Restore' }));
    });

    const editor = await screen.findByRole('textbox', { name: /Decision rationale for MRI Cervical/ });
    expect(editor.textContent).toBe(restoredText);
    expect(calls.find((c) => c.method === 'versions.restore')?.input).toEqual({ caseId: 'case-1', versionId: 7 });
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(screen.getByText(/Version 7 restored\. The draft it replaced is kept as version 8\./)).toBeTruthy();
  });
});
