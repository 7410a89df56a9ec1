import { type DragEvent, useId, useState } from 'react';
import { INPUT_LIMITS } from '../../../shared/files/input-limits';
import { readFileBounded, tooLargeText } from '../../components/bounded-file';

/** The token to inspect: typed, pasted, dropped as a file or opened from one. Read in the page, never uploaded. */
export function TokenInput({ value, onChange }: { value: string; onChange(value: string): void }) {
  const id = useId();
  const [dragging, setDragging] = useState(false);
  const [fileProblem, setFileProblem] = useState<string | undefined>(undefined);
  const readFile = async (file: File | undefined) => {
    if (!file) return;
    const bytes = await readFileBounded(file, INPUT_LIMITS.token);
    if (!bytes) {
      setFileProblem(`${tooLargeText(file.name, INPUT_LIMITS.token)}: a JWT is a few kilobytes.`);
      return;
    }
    setFileProblem(undefined);
    onChange(new TextDecoder().decode(bytes).trim());
  };
  const onDrop = (event: DragEvent<HTMLTextAreaElement>) => {
    event.preventDefault();
    setDragging(false);
    void readFile(event.dataTransfer.files[0]);
  };
  return (
    <div className="field">
      <label htmlFor={id}>JWT to inspect</label>
      <textarea
        id={id}
        className={dragging ? 'token-input dragging' : 'token-input'}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        spellCheck={false}
        autoComplete="off"
        placeholder="Paste a token (header.payload.signature) or drop a file here"
        aria-describedby={`${id}-help`}
      />
      <span id={`${id}-help`} className="help">
        Decoded in this window as you type: the token is not sent anywhere.
      </span>
      <label className="file-pick">
        Or open a file: <input type="file" accept=".jwt,.txt,text/plain" onChange={(e) => void readFile(e.target.files?.[0])} />
      </label>
      {fileProblem ? <span className="field-error">{fileProblem}</span> : null}
    </div>
  );
}
