import { type DragEvent, useId, useState } from 'react';
import { useSession } from '../../app/session-store';
import { ErrorMessage } from '../../components/error-message';
import { Notice } from '../../components/notice';
import { TextField } from '../../components/text-field';
import { useKeyImport } from './key-import-store';
import { useKeyRotation } from './key-rotation-store';

/**
 * Import by file picker or drag and drop: PEM or DER keys (PKCS#1, PKCS#8, encrypted), certificates,
 * PKCS#12 and JKS. A protected file asks for its password, then is read again.
 */
export function ImportCard() {
  const {
    importing,
    pendingImport,
    importPassword,
    setImportPassword,
    retryImport,
    cancelImport,
    importError,
    importNotes: notes,
    importedKey,
  } = useKeyImport();
  const importFile = useKeyRotation((s) => s.importFile);
  // The notes describe the key the import loaded: a key generated or certified since makes them stale.
  const key = useSession((s) => s.key);
  const sameKey =
    importedKey !== undefined &&
    importedKey.id === key?.id &&
    importedKey.certificate?.fingerprintSha256 === key?.certificate?.fingerprintSha256;
  const importNotes = sameKey ? notes : [];
  const [dragging, setDragging] = useState(false);
  const inputId = useId();
  const onDrop = (e: DragEvent<HTMLElement>) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) void importFile(file);
  };
  return (
    <section className="card" aria-labelledby={`${inputId}-title`}>
      <h3 id={`${inputId}-title`}>Import a key, certificate or keystore</h3>
      <label
        htmlFor={inputId}
        className={`keys-drop${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <span>Drop a file here, or choose one</span>
        <span className="help">.key .pem .crt .cer .der .p12 .pfx .jks — up to 1 MB</span>
        <input
          id={inputId}
          type="file"
          aria-label="Choose a key, certificate or keystore file"
          disabled={importing}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importFile(file);
          }}
        />
      </label>
      {importing ? <p role="status">Reading the file…</p> : null}
      {pendingImport ? (
        <form
          className="keys-import-password"
          onSubmit={(e) => {
            e.preventDefault();
            void retryImport();
          }}
        >
          <TextField
            label={`Password of ${pendingImport.name}`}
            help="The file is protected: type the password it was created or exported with (for a .jks or .p12, the keystore password)."
            type="password"
            autoComplete="off"
            value={importPassword}
            onChange={setImportPassword}
          />
          <div className="button-row">
            <button type="submit" className="primary" disabled={importing}>
              Open
            </button>
            <button type="button" onClick={cancelImport}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
      {importError ? <ErrorMessage error={importError} /> : null}
      {importNotes.length > 0 ? (
        <Notice tone="ok">
          {importNotes.map((note) => (
            <p key={note}>{note}</p>
          ))}
        </Notice>
      ) : null}
    </section>
  );
}
