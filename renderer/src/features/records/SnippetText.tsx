import type { SnippetPart } from '../../../../shared/ipc';

export function SnippetText({ parts }: { parts: SnippetPart[] }) {
  return (
    <span className="snippet">
      {parts.map((p, i) =>
        p.match ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text.replace(/\s+/g, ' ')}</span>,
      )}
    </span>
  );
}
