import { Component, useEffect, useRef, useState, type ErrorInfo, type ReactNode } from 'react';
import { errorMessage } from '../../../shared/errorMessage';
import './rootErrorBoundary.css';

interface Props {
  children: ReactNode;
  /** Reloads the window; tests pass their own, jsdom cannot navigate. */
  reload?: () => void;
}

interface Caught {
  error: unknown;
  componentStack: string | null;
}

/**
 * Around the whole app: when a render throws, the window shows what happened instead of going blank.
 * It resets nothing: the back end keeps every saved edit, and reloading the window is the way back.
 */
export class RootErrorBoundary extends Component<Props, { caught: Caught | null }> {
  override state: { caught: Caught | null } = { caught: null };

  static getDerivedStateFromError(error: unknown): { caught: Caught } {
    return { caught: { error, componentStack: null } };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    this.setState({ caught: { error, componentStack: info.componentStack ?? null } });
  }

  override render(): ReactNode {
    const { caught } = this.state;
    if (!caught) return this.props.children;
    return <CrashScreen caught={caught} reload={this.props.reload ?? (() => window.location.reload())} />;
  }
}

/** The message, the stack and where in the screen it happened, as one text to paste into a support request. */
function crashDetails({ error, componentStack }: Caught): string {
  const stack = error instanceof Error && error.stack ? error.stack : null;
  return [errorMessage(error), stack, componentStack ? `Where in the screen:${componentStack}` : null]
    .filter(Boolean)
    .join('\n\n');
}

function CrashScreen({ caught, reload }: { caught: Caught; reload: () => void }) {
  const message = useRef<HTMLDivElement>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const details = crashDetails(caught);

  // Whatever had focus is gone with the screen that failed: the reviewer's keyboard lands on the explanation.
  useEffect(() => message.current?.focus(), []);

  const copy = () => {
    const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
    if (!clipboard) {
      setCopied('This window cannot use the clipboard. Open “Technical details” below and copy the text from there.');
      return;
    }
    clipboard.writeText(details).then(
      () => setCopied('The details are on the clipboard.'),
      (e: unknown) =>
        setCopied(
          `The details could not be copied (${errorMessage(e)}). Open “Technical details” below and copy the text from there.`,
        ),
    );
  };

  return (
    <main className="crash-screen">
      <section className="crash-card" aria-labelledby="crash-title">
        <div ref={message} className="crash-message" role="alert" tabIndex={-1}>
          <h1 id="crash-title">This screen stopped working</h1>
          <p className="crash-what">
            What happened: <strong>{errorMessage(caught.error)}</strong>
          </p>
          <p className="crash-safe">
            Your draft is safe. The workstation marks an edit as saved only after its database has stored it, and this
            error changed nothing there. Reload the window to carry on.
          </p>
        </div>
        <div className="crash-actions">
          <button type="button" className="primary-button" onClick={reload}>
            Reload the window
          </button>
          <button type="button" className="tool-button" onClick={copy}>
            Copy details
          </button>
        </div>
        {copied && (
          <p className="crash-copied small" role="status">
            {copied}
          </p>
        )}
        <details className="crash-details">
          <summary>Technical details</summary>
          <pre>{details}</pre>
        </details>
      </section>
    </main>
  );
}
