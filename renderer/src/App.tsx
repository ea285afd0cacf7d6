import { useEffect, useState } from 'react';
import { call } from './api';
import { ErrorBanner, RootErrorBoundary, useLatestReply } from './components';

import { InboxView } from './features/inbox';
import { SessionGate } from './features/lock';
import { holdOcrWhileTyping } from './features/records';
import { CaseWorkspace } from './features/workspace';
import { useHashRoute } from './useHashRoute';
import { errorMessage } from '../../shared/errorMessage';

/** Nothing of the workspace mounts until the session is unlocked; a render that throws anywhere shows the crash screen. */
export function App() {
  return (
    <RootErrorBoundary>
      <SessionGate>
        <Workstation />
      </SessionGate>
    </RootErrorBoundary>
  );
}

function Workstation() {
  const [route, navigate] = useHashRoute();
  const [today, setToday] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const info = useLatestReply();

  useEffect(() => {
    void info.track(
      call('app.info', {}),
      (reply) => setToday(reply.today),
      (e) => setError(errorMessage(e)),
    );
  }, [info]);

  // A hint only: if it fails (the workspace closing, say), OCR simply goes on reading.
  useEffect(
    () => holdOcrWhileTyping(document, () => void call('records.holdOcrForTyping', {}).catch(() => undefined)),
    [],
  );

  if (error) return <ErrorBanner message={error} />;
  if (!today)
    return (
      <div className="loading" role="status">
        Opening workspace…
      </div>
    );
  return route.view === 'case' ? (
    <CaseWorkspace caseId={route.caseId} today={today} onBack={() => navigate({ view: 'inbox' })} />
  ) : (
    <InboxView today={today} onOpen={(caseId) => navigate({ view: 'case', caseId })} />
  );
}
