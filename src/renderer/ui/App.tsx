import { useEffect, useMemo, useRef, useState } from 'react';
import { ArticleView, type ArticleViewHandle } from '../editor/ArticleView';
import type { Platform } from '../platform/platform';
import type { AnnotationStore } from '../storage/annotationStore';
import { AnnotationList } from './AnnotationList';
import { BackupsDialog } from './BackupsDialog';
import { ConfirmDialog } from './ConfirmDialog';
import { DocumentDetailsDialog } from './DocumentDetailsDialog';
import { DocumentHeader } from './DocumentHeader';
import { DocumentList } from './DocumentList';
import { AgreementDialog } from './datasets/AgreementDialog';
import { ExportDialog } from './datasets/ExportDialog';
import { ImportDatasetDialog } from './datasets/ImportDatasetDialog';
import { useDatasets } from './datasets/useDatasets';
import { ImportDialog } from './ImportDialog';
import { LibraryActions } from './LibraryActions';
import { NewFromTextDialog } from './NewFromTextDialog';
import { PreferencesDialog } from './PreferencesDialog';
import { usePreferences } from './preferences';
import { TagToolbar } from './TagToolbar';
import { useAnnotating } from './useAnnotating';
import { useArticleIntake } from './useArticleIntake';
import { useBackups } from './useBackups';
import { useDocumentActions } from './useDocumentActions';
import { useMessages } from './useMessages';
import { useWorkspace } from './useWorkspace';

interface Props {
  store: AnnotationStore;
  platform: Platform;
}

/** The window: the library on one side, the open article in the middle, its annotations on the other side. */
export function App({ store, platform }: Props) {
  const { message, say, report } = useMessages();
  const workspace = useWorkspace(store, report);
  const { documents, openDoc, spans, direction, selection, selectedSpanId, loaded } = workspace;
  const [preferences, savePreferences] = usePreferences();
  const [preferencesOpen, setPreferencesOpen] = useState(false);
  const article = useRef<ArticleViewHandle>(null);

  useEffect(() => store.onProblem((text) => say('error', text)), [store, say]);

  const annotating = useAnnotating({
    store,
    workspace,
    article,
    annotator: preferences.annotator,
    say,
    report,
  });
  const documentActions = useDocumentActions({ store, workspace, say, report });
  const backups = useBackups({
    store,
    platform,
    ready: loaded,
    onMessage: say,
    onRestored: async () => workspace.reopen(await store.listDocuments(), null),
  });
  const backUpBeforeImport = () => backups.backUp('before-import');
  const intake = useArticleIntake({ store, platform, workspace, backUp: backUpBeforeImport, say, report });
  const datasets = useDatasets({ store, platform, workspace, backUp: backUpBeforeImport, say, report });

  const { open } = intake;
  const { exportJson } = datasets;
  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        if (command === 'open') void open();
        if (command === 'export-json') void exportJson();
        if (command === 'backup-now') void backups.backUp('manual');
        if (command === 'restore-backup') void backups.show();
      }),
    [platform, open, exportJson, backups.backUp, backups.show],
  );

  const docTitleId = useMemo(() => `doc-title-${openDoc?.id ?? 'none'}`, [openDoc]);

  return (
    // The window is a drop target for files; "Open…" is the keyboard path.
    <div className="app" data-loaded={loaded ? 'true' : 'false'} {...intake.dropTarget}>
      {intake.dragging && <div className="drop-overlay">Drop articles or folders to import them</div>}
      <aside className="library" aria-label="Library">
        <LibraryActions
          onNewFromText={() => documentActions.setNewDialogOpen(true)}
          onOpen={() => void open()}
          onExportJson={() => void exportJson()}
          onExport={() => datasets.setExportOpen(true)}
          onImportDataset={() => void datasets.openDataset()}
          onBackups={() => void backups.show()}
          onPreferences={() => setPreferencesOpen(true)}
          onAgreement={() => void datasets.openAgreement()}
          articleInput={intake.articleInput}
          datasetInput={datasets.datasetInput}
          onArticleFiles={(files) => void intake.importer.start(files)}
          onDatasetFiles={(files) => void datasets.chooseDataset(files)}
        />
        <h2 className="library-heading">Documents</h2>
        <DocumentList
          documents={documents}
          openId={openDoc?.id ?? null}
          onOpen={(id) => void workspace.openDocument(id)}
          onDelete={documentActions.setPendingDelete}
        />
      </aside>

      <main className="workspace">
        {openDoc ? (
          <>
            <DocumentHeader
              document={openDoc}
              titleId={docTitleId}
              status={documents.find((d) => d.id === openDoc.id)?.status ?? 'todo'}
              direction={direction}
              onStatus={(status) => void documentActions.setStatus(status)}
              onUndo={() => void annotating.undoOrRedo('undo')}
              onRedo={() => void annotating.undoOrRedo('redo')}
              onEditDetails={() => documentActions.setEditingDetails(true)}
              onFlipDirection={() => workspace.setChosenDirection(direction === 'rtl' ? 'ltr' : 'rtl')}
              onExportJson={() => void exportJson([openDoc.id])}
            />
            <div className="article-scroll">
              <ArticleView
                document={openDoc}
                direction={direction}
                uniformDirection={workspace.chosenDirection !== null}
                spans={spans}
                selectedSpanId={selectedSpanId}
                onSelectionChange={workspace.setSelection}
                onSpanClick={(id) => annotating.selectSpan(id)}
                handle={article}
              />
            </div>
          </>
        ) : (
          <p className="empty">
            {loaded ? 'No document open. Use “New from text…” or “Open…”.' : 'Loading…'}
          </p>
        )}
      </main>

      {openDoc && (
        <AnnotationList
          spans={spans}
          selectedSpanId={selectedSpanId}
          onSelect={(id) => annotating.selectSpan(id, true)}
          onRelabel={(id, label) => void annotating.relabel(id, label)}
          onDelete={(id) => void annotating.deleteSpan(id)}
        />
      )}

      {selection && <TagToolbar anchor={selection.rect} onTag={(label) => void annotating.tag(label)} />}

      <div className="messages">
        <p role="status" className="status">
          {message?.kind === 'status' ? message.text : ''}
        </p>
        <p role="alert" className="error">
          {message?.kind === 'error' ? message.text : ''}
        </p>
      </div>

      <ImportDatasetDialog
        files={datasets.datasetFiles}
        library={datasets.library}
        onImport={datasets.importDataset}
        onClose={datasets.closeImport}
      />
      <AgreementDialog
        documents={datasets.agreementDocs}
        onExportCsv={async (csv) => {
          const where = await platform.saveExport('spanlight-agreement.csv', csv);
          if (where) say('status', `Exported the agreement report. ${where}.`);
        }}
        onClose={datasets.closeAgreement}
      />
      <PreferencesDialog
        open={preferencesOpen}
        preferences={preferences}
        onSave={(next) => {
          savePreferences(next);
          setPreferencesOpen(false);
          say('status', 'Preferences saved.');
        }}
        onClose={() => setPreferencesOpen(false)}
      />
      <ExportDialog
        open={datasets.exportOpen}
        hasOpenDocument={openDoc !== null}
        onExport={datasets.exportFormat}
        onClose={() => datasets.setExportOpen(false)}
      />
      <BackupsDialog
        open={backups.open}
        available={backups.available}
        where={backups.where}
        backups={backups.backups}
        loss={backups.loss}
        onBackUp={() => void backups.backUp('manual')}
        onRestore={(name) => void backups.restore(name)}
        onClose={backups.close}
      />
      <ImportDialog
        state={intake.importer.state}
        onCancel={intake.importer.cancel}
        onConfirm={() => void intake.importer.confirm()}
        onEncoding={intake.importer.chooseEncoding}
        onMapping={intake.importer.mapColumns}
      />
      <NewFromTextDialog
        open={documentActions.newDialogOpen}
        onCreate={documentActions.createFromText}
        onClose={() => documentActions.setNewDialogOpen(false)}
      />
      <DocumentDetailsDialog
        document={documentActions.editingDetails ? openDoc : null}
        onSave={documentActions.saveDetails}
        onClose={() => documentActions.setEditingDetails(false)}
      />
      <ConfirmDialog
        message={
          documentActions.pendingDelete
            ? `Delete “${documentActions.pendingDelete.title}” and its ${documentActions.pendingDelete.spanCount} annotations? This cannot be undone.`
            : null
        }
        confirmLabel="Delete"
        onConfirm={() => void documentActions.confirmDelete()}
        onCancel={() => documentActions.setPendingDelete(null)}
      />
    </div>
  );
}
