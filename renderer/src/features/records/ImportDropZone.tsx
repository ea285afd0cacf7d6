import { useRef, useState, type ReactNode } from 'react';

interface Props {
  onFiles: (files: File[]) => void;
  children: ReactNode;
}

export const ACCEPTED_FILES =
  '.pdf,.txt,.png,.jpg,.jpeg,.tif,.tiff,application/pdf,text/plain,image/png,image/jpeg,image/tiff';

/** The documents pane accepts dropped files; the “Add files” button opens the picker. */
export function ImportDropZone({ onFiles, children }: Props) {
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  return (
    <div
      className={`import-drop-zone${over ? ' drop-over' : ''}`}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        onFiles([...e.dataTransfer.files]);
      }}
    >
      <div className="import-bar">
        <button type="button" onClick={() => input.current?.click()}>
          Add files…
        </button>
        <input
          ref={input}
          type="file"
          multiple
          accept={ACCEPTED_FILES}
          hidden
          aria-label="Add record files"
          onChange={(e) => {
            onFiles([...(e.target.files ?? [])]);
            e.target.value = '';
          }}
        />
      </div>
      {children}
      {over && (
        <div className="drop-hint" aria-hidden="true">
          Drop records to add them to this case
        </div>
      )}
    </div>
  );
}
