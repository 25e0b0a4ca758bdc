/** Three buttons that download an export as Word, Excel or PDF (NL Design System button styles through utrecht-html), with a status line for screen readers. */
import { useState } from 'react';
import { ApiProblemError, type ApiClient } from '../api/client';

const FORMATS = [
  { id: 'docx', label: 'Word (.docx)' },
  { id: 'xlsx', label: 'Excel (.xlsx)' },
  { id: 'pdf', label: 'PDF' },
] as const;

export interface ExportButtonsProps {
  client: ApiClient;
  /** What is exported, for the group's name: "Segmentmatrix exporteren". */
  label: string;
  /** The API path of a format. */
  path: (format: (typeof FORMATS)[number]['id']) => string;
  disabled?: boolean;
}

function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ExportButtons({ client, label, path, disabled = false }: ExportButtonsProps) {
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const run = async (format: (typeof FORMATS)[number]) => {
    setBusy(true);
    setStatus(`${format.label} wordt gemaakt…`);
    try {
      const { blob, fileName } = await client.download(path(format.id));
      save(blob, fileName);
      setStatus(`${fileName} is gedownload.`);
    } catch (e) {
      setStatus(e instanceof ApiProblemError ? `Exporteren mislukt: ${e.title}. ${e.detail}` : `Exporteren mislukt: ${String(e)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="export-buttons" role="group" aria-label={label}>
      <span className="export-label">{label}:</span>
      {FORMATS.map((format) => (
        <button
          key={format.id}
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          disabled={disabled || busy}
          onClick={() => void run(format)}
        >
          {format.label}
        </button>
      ))}
      <span role="status" className="muted">
        {status}
      </span>
    </div>
  );
}
