import type { RefObject } from 'react';
import { ARTICLE_EXTENSIONS } from '../../shared/ipc';
import { readBrowserFiles } from './fileIntake';

type BrowserFiles = Awaited<ReturnType<typeof readBrowserFiles>>;

interface Props {
  onNewFromText: () => void;
  onOpen: () => void;
  onExportJson: () => void;
  onExport: () => void;
  onImportDataset: () => void;
  onBackups: () => void;
  onPreferences: () => void;
  onAgreement: () => void;
  /** The hidden file inputs that stand in for the native dialogs in browser mode. */
  articleInput: RefObject<HTMLInputElement | null>;
  datasetInput: RefObject<HTMLInputElement | null>;
  onArticleFiles: (files: BrowserFiles) => void;
  onDatasetFiles: (files: BrowserFiles) => void;
}

/** The library's buttons: what comes in, what goes out, and the app's dialogs. */
export function LibraryActions(props: Props) {
  return (
    <div className="library-actions">
      <button type="button" onClick={props.onNewFromText}>
        New from text…
      </button>
      <button type="button" onClick={props.onOpen} aria-keyshortcuts="Control+O">
        Open…
      </button>
      <button type="button" onClick={props.onExportJson}>
        Export JSON
      </button>
      <button type="button" onClick={props.onExport}>
        Export…
      </button>
      <button type="button" onClick={props.onImportDataset}>
        Import dataset…
      </button>
      <input
        ref={props.datasetInput}
        type="file"
        multiple
        hidden
        accept=".json,.jsonl,.jsonld,.ann,.txt,.conll,.iob,.bio,.csv,.zip,.conf"
        aria-label="Open dataset files"
        onChange={async (event) => {
          const input = event.currentTarget;
          const list = input.files ? Array.from(input.files) : [];
          input.value = '';
          if (list.length) props.onDatasetFiles(await readBrowserFiles(list));
        }}
      />
      <button type="button" onClick={props.onBackups}>
        Backups…
      </button>
      <button type="button" onClick={props.onPreferences}>
        Preferences…
      </button>
      <button type="button" onClick={props.onAgreement}>
        Agreement…
      </button>
      <input
        ref={props.articleInput}
        type="file"
        accept={ARTICLE_EXTENSIONS.map((extension) => `.${extension}`).join(',')}
        multiple
        hidden
        aria-label="Open text files"
        data-testid="open-file-input"
        onChange={async (event) => {
          // Read before awaiting: React clears currentTarget once the handler yields.
          const input = event.currentTarget;
          const list = input.files ? Array.from(input.files) : [];
          input.value = '';
          if (list.length) props.onArticleFiles(await readBrowserFiles(list));
        }}
      />
    </div>
  );
}
