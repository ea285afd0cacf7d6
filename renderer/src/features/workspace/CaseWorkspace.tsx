import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Group, Panel, Separator, useDefaultLayout, usePanelRef, type LayoutStorage } from 'react-resizable-panels';
import type { CaseDetail } from '../../../../shared/domain';
import { call, onBackendEvent } from '../../api';
import { ErrorBanner, ModalDialog, useLatestReply } from '../../components';

import { ChecksDrawer } from '../checks';
import { DeterminationPanel, SaveIndicator, createSaveQueue } from '../determination';

import { dueInfo } from '../inbox';
import { FinalizeToolbar, SignedBanner, useFinalize } from '../letter';

import { onBeforeLock } from '../lock';
import { RecordViewer, RecordsSidebar, useCaseRecords, type RecordsTab } from '../records';

import { CaseFlagBanner } from '../sync';

import { errorMessage } from '../../../../shared/errorMessage';
import { useWorkspaceLayoutStorage } from './useWorkspaceLayoutStorage';

interface Props {
  caseId: string;
  today: string;
  onBack: () => void;
}

export function CaseWorkspace({ caseId, today, onBack }: Props) {
  const [detail, setDetail] = useState<CaseDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const records = useCaseRecords(caseId);
  const queue = useMemo(() => createSaveQueue(400), []);
  const finalize = useFinalize(caseId, queue, records);
  const opening = useLatestReply();
  const recordsPanel = usePanelRef();
  const narrowSize = useRef<number | null>(null);
  // The chronology reads better wider; the pane goes back to its size when the reviewer leaves it.
  const onRecordsTab = (tab: RecordsTab) => {
    const panel = recordsPanel.current;
    if (!panel) return;
    const size = panel.getSize().asPercentage;
    if (tab === 'chronology' && size < 34) {
      narrowSize.current = size;
      panel.resize('34%');
    } else if (tab !== 'chronology' && narrowSize.current !== null) {
      panel.resize(`${narrowSize.current}%`);
      narrowSize.current = null;
    } else return;
    // The record viewer refits its pages to the width it now has.
    requestAnimationFrame(() => window.dispatchEvent(new Event('resize')));
  };
  const layoutStorage = useWorkspaceLayoutStorage();

  const [reloadKey, setReloadKey] = useState(0);
  useEffect(() => {
    void opening.track(call('cases.get', { caseId }), setDetail, (e) => setError(errorMessage(e)));
    return opening.drop;
  }, [caseId, opening, reloadKey]);
  // A sync that withdrew or updated this case shows it here at once (the banner, the status).
  useEffect(
    () =>
      onBackendEvent((event) => {
        if (event.type === 'cases.changed' && (event.caseIds.length === 0 || event.caseIds.includes(caseId)))
          setReloadKey((k) => k + 1);
      }),
    [caseId],
  );

  useEffect(() => {
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (queue.state().state !== 'saved') {
        void queue.flush();
        event.preventDefault();
      }
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      void queue.flush();
    };
  }, [queue]);

  useEffect(() => onBeforeLock(() => queue.flush()), [queue]);
  // Leaving drops the editor and with it an edit the back end did not take: say so instead of leaving quietly.
  const [unsaved, setUnsaved] = useState<string | null>(null);
  const back = () =>
    void queue.flush().then(() => {
      const now = queue.state();
      if (now.state === 'saved') onBack();
      else setUnsaved(now.error ?? 'The last save has not finished.');
    });
  const leaveDialog = unsaved !== null && (
    <ModalDialog
      title="Your last edit is not saved"
      titleId="unsaved-title"
      onClose={() => setUnsaved(null)}
      footer={
        <>
          <button type="button" className="primary-button" onClick={() => (setUnsaved(null), back())}>
            Try saving again
          </button>
          <button type="button" onClick={() => (setUnsaved(null), onBack())}>
            Leave without it
          </button>
        </>
      }
    >
      <p>
        The last change to this determination was not saved: {unsaved.replace(/\.$/, '')}. If you leave the case now,
        that change is lost. Stay to keep it, and try again once the problem is fixed.
      </p>
    </ModalDialog>
  );

  if (error) return <ErrorBanner message={error} onDismiss={onBack} />;
  if (!detail || !layoutStorage)
    return (
      <div className="loading" role="status">
        Opening case…
      </div>
    );
  const c = detail.case;
  const due = dueInfo(c.dueDate, today);

  return (
    <div className="workspace">
      <header className="case-header">
        <button type="button" className="back-button" onClick={back} aria-label="Back to inbox">
          ← Inbox
        </button>
        <div className="case-title">
          <h1>{c.caseNumber}</h1>
          <span className="muted">
            {c.claimantName}, {c.claimantAge}
            {c.claimantSex === 'female' ? 'F' : c.claimantSex === 'male' ? 'M' : ''} · DOI {c.dateOfInjury} · UR{' '}
            {c.urDecisionDate}
          </span>
        </div>
        {c.priority === 'expedited' && <span className="badge badge-expedited">Expedited</span>}
        <span className={`due due-${due.tone}`}>
          Due {c.dueDate} ({due.label})
        </span>
        <FinalizeToolbar caseId={caseId} caseNumber={c.caseNumber} finalize={finalize} />
        <SaveIndicator queue={queue} />
      </header>
      <SignedBanner finalize={finalize} />
      {c.status === 'withdrawn' && <CaseFlagBanner caseId={c.id} />}
      <CasePanes storage={layoutStorage}>
        <Panel id="records" defaultSize="20" minSize="12" panelRef={recordsPanel}>
          <RecordsSidebar records={records} onTabChange={onRecordsTab} />
        </Panel>
        <Separator className="pane-separator" />
        <Panel id="viewer" defaultSize="42" minSize="20">
          <RecordViewer records={records} />
        </Panel>
        <Separator className="pane-separator" />
        <Panel id="determination" defaultSize="38" minSize="22">
          <DeterminationPanel key={finalize.generation} caseId={caseId} items={detail.items} queue={queue} />
        </Panel>
      </CasePanes>
      <ChecksDrawer
        checks={finalize.checks}
        open={finalize.drawerOpen}
        onToggle={finalize.toggleDrawer}
        onJump={finalize.jump}
      />
      {leaveDialog}
    </div>
  );
}

/** The three panes, mounted with the sizes this workspace last gave them. */
function CasePanes({ storage, children }: { storage: LayoutStorage; children: ReactNode }) {
  const { defaultLayout, onLayoutChanged } = useDefaultLayout({
    id: 'case-panes',
    panelIds: ['records', 'viewer', 'determination'],
    storage,
    onlySaveAfterUserInteractions: true,
  });
  return (
    <Group orientation="horizontal" className="panes" defaultLayout={defaultLayout} onLayoutChanged={onLayoutChanged}>
      {children}
    </Group>
  );
}
