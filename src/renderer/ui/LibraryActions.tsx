import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
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
  onStatistics: () => void;
  /** The hidden file inputs that stand in for the native dialogs in browser mode. */
  articleInput: RefObject<HTMLInputElement | null>;
  datasetInput: RefObject<HTMLInputElement | null>;
  onArticleFiles: (files: BrowserFiles) => void;
  onDatasetFiles: (files: BrowserFiles) => void;
  /** A single dataset file offered first for a streamed read (large Spanlight JSON); false: read it as usual. */
  onLargeDatasetFile?: (file: File) => Promise<boolean>;
}

/** The library's buttons: what comes in, what goes out, and the app's dialogs. */
export function LibraryActions(props: Props) {
  const { t } = useTranslation();
  return (
    <div className="library-actions">
      <button type="button" onClick={props.onNewFromText}>
        {t('library.newFromText')}
      </button>
      <button type="button" onClick={props.onOpen} aria-keyshortcuts="Control+O">
        {t('library.open')}
      </button>
      <button type="button" onClick={props.onExportJson}>
        {t('library.exportJson')}
      </button>
      <button type="button" onClick={props.onExport}>
        {t('library.export')}
      </button>
      <button type="button" onClick={props.onImportDataset}>
        {t('library.importDataset')}
      </button>
      <input
        ref={props.datasetInput}
        type="file"
        multiple
        hidden
        accept=".json,.jsonl,.jsonld,.ann,.txt,.conll,.iob,.bio,.csv,.zip,.conf"
        aria-label={t('library.openDatasetFiles')}
        onChange={async (event) => {
          const input = event.currentTarget;
          const list = input.files ? Array.from(input.files) : [];
          input.value = '';
          const [single] = list;
          if (single && list.length === 1 && (await props.onLargeDatasetFile?.(single))) return;
          if (list.length) props.onDatasetFiles(await readBrowserFiles(list));
        }}
      />
      <button type="button" onClick={props.onBackups}>
        {t('library.backups')}
      </button>
      <button type="button" onClick={props.onPreferences}>
        {t('library.preferences')}
      </button>
      <button type="button" onClick={props.onAgreement}>
        {t('library.agreement')}
      </button>
      <button type="button" onClick={props.onStatistics}>
        {t('library.statistics')}
      </button>
      <input
        ref={props.articleInput}
        type="file"
        accept={ARTICLE_EXTENSIONS.map((extension) => `.${extension}`).join(',')}
        multiple
        hidden
        aria-label={t('library.openTextFiles')}
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
