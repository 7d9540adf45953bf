import { useEffect, useMemo, useRef, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { ArticleView, type ArticleViewHandle } from '../editor/ArticleView';
import { resolveLanguage } from '../i18n/language';
import { useInterfaceLanguage } from '../i18n/useInterfaceLanguage';
import type { Platform } from '../platform/platform';
import type { AnnotationStore } from '../storage/annotationStore';
import { AnnotationList } from './AnnotationList';
import { articleFontStyle } from './articleFontSize';
import { BackupsDialog } from './BackupsDialog';
import { ConfirmDialog } from './ConfirmDialog';
import { CodingPanel } from './coding/CodingPanel';
import { DocumentDetailsDialog } from './DocumentDetailsDialog';
import { DocumentHeader } from './DocumentHeader';
import { DocumentList } from './DocumentList';
import { AgreementDialog } from './datasets/AgreementDialog';
import { ExportDialog } from './datasets/ExportDialog';
import { ExportProgress } from './datasets/ExportProgress';
import { ImportDatasetDialog } from './datasets/ImportDatasetDialog';
import { useDatasets } from './datasets/useDatasets';
import { EventsPanel } from './events/EventsPanel';
import { useEvents } from './events/useEvents';
import { ImportDialog } from './ImportDialog';
import { LibraryActions } from './LibraryActions';
import { NewFromTextDialog } from './NewFromTextDialog';
import { PreferencesDialog } from './PreferencesDialog';
import { placePickerFor } from './places/placePickerFor';
import { usePreferences } from './preferences';
import { LabelSchemaDialog } from './projects/LabelSchemaDialog';
import { LabelsContext } from './projects/LabelsContext';
import { ProjectSwitcher } from './projects/ProjectSwitcher';
import { useProjects } from './projects/useProjects';
import { ResizeControls } from './ResizeControls';
import { DocumentSearch } from './search/DocumentSearch';
import { LibrarySearch } from './search/LibrarySearch';
import { LinkedAnnotationsDialog } from './search/LinkedAnnotationsDialog';
import { useLinkedAnnotations } from './search/useLinkedAnnotations';
import { useLinkedNames } from './search/useLinkedNames';
import { useSearch } from './search/useSearch';
import { StatisticsDialog } from './statistics/StatisticsDialog';
import { useStatistics } from './statistics/useStatistics';
import { SuggestionsSection } from './suggestions/SuggestionsSection';
import { useWorkspaceSuggestions } from './suggestions/useWorkspaceSuggestions';
import { TagToolbar } from './TagToolbar';
import { useTheme } from './theme';
import { useAnnotating } from './useAnnotating';
import { useAnnotationJumps } from './useAnnotationJumps';
import { useArticleIntake } from './useArticleIntake';
import { useBackups } from './useBackups';
import { useDocumentActions } from './useDocumentActions';
import { useMessages } from './useMessages';
import { useResizing } from './useResizing';
import { useWorkspace } from './useWorkspace';

interface Props {
  store: AnnotationStore;
  platform: Platform;
  /** Opening the library upgrades it (main.tsx): the loading text says so, since it can take a minute. */
  upgrading?: boolean;
}

/** The window: the library on one side, the open article in the middle, its annotations on the other side. */
export function App({ store, platform, upgrading = false }: Props) {
  const [preferences, savePreferences] = usePreferences();
  const { i18n } = useInterfaceLanguage(preferences.language);
  const { message, say, report } = useMessages(i18n.t);
  const workspace = useWorkspace(store, report);
  const { documents, openDoc, spans, direction, selection, selectedSpanId, loaded } = workspace;
  // Until the whole library list is read at start, the list shows its top rows (useWorkspace.firstPage).
  const listComplete = loaded || documents.length > 0;
  const [preferencesOpen, setPreferencesOpen] = useState(false);
  // What the library list shows when a filter narrows it: Export… can export just those.
  const [shownIds, setShownIds] = useState<string[] | null>(null);
  useTheme(preferences.theme);
  const { t } = i18n;
  const article = useRef<ArticleViewHandle>(null);

  useEffect(() => store.onProblem((text) => say('error', text)), [store, say]);
  const [labelsOpen, setLabelsOpen] = useState(false);

  const resizing = useResizing({ store, workspace, say, report, t });
  const documentActions = useDocumentActions({ store, workspace, say, report, t });
  const search = useSearch(store, workspace, report);
  const backups = useBackups({
    store,
    platform,
    ready: loaded,
    onMessage: say,
    onRestored: async () => {
      // A backup of several projects brings them back: the switcher and the labels follow.
      await projects.reload();
      await workspace.reopen(await store.listDocuments(), null);
    },
    t,
  });
  const backUpBeforeImport = () => backups.backUp('before-import');
  const projects = useProjects({
    store,
    workspace,
    backUp: () => backups.backUp('before-delete-project'),
    say,
    report,
    t,
    onSwitched: search.library.clear,
  });
  const annotating = useAnnotating({
    store,
    workspace,
    article,
    annotator: preferences.annotator,
    say,
    report,
    t,
    labels: projects.labels,
  });
  useAnnotationJumps({ spans, selectedSpanId, selection, selectSpan: annotating.selectSpan, say, t });
  // Search by link: the annotation filter's actor and place choices, and "Find annotations" across the library.
  const linkedNames = useLinkedNames(store, spans, report);
  const linked = useLinkedAnnotations(store, workspace, annotating.selectSpan, report);
  const intake = useArticleIntake({
    store,
    platform,
    workspace,
    backUp: backUpBeforeImport,
    say,
    report,
    t,
  });
  const statistics = useStatistics({ store, platform, say, report, t });
  const datasets = useDatasets({
    store,
    platform,
    workspace,
    backUp: backUpBeforeImport,
    say,
    report,
    t,
    onLabelsChanged: projects.refresh,
  });
  const events = useEvents({ store, platform, docId: openDoc?.id ?? null, spans, say, report, t });
  const suggestions = useWorkspaceSuggestions({
    store,
    workspace,
    annotator: preferences.annotator,
    say,
    report,
    t,
  });

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
    <I18nextProvider i18n={i18n}>
      <LabelsContext.Provider value={projects.labels}>
        {/* The window is a drop target for files; "Open…" is the keyboard path. */}
        <div
          className="app"
          data-loaded={loaded ? 'true' : 'false'}
          style={articleFontStyle(preferences.articleFontSize)}
          {...intake.dropTarget}
        >
          {intake.dragging && <div className="drop-overlay">{t('library.dropHere')}</div>}
          <aside className="library" aria-label={t('library.region')}>
            <ProjectSwitcher
              projects={projects.projects}
              currentId={projects.currentId}
              nameOf={projects.nameOf}
              onSwitch={(id) => void projects.switchTo(id)}
              onCreate={(name) => void projects.create(name)}
              onRename={(name) => void projects.rename(name)}
              onDelete={() => void projects.askDelete()}
              onLabels={() => setLabelsOpen(true)}
            />
            <LibraryActions
              onNewFromText={() => documentActions.setNewDialogOpen(true)}
              onOpen={() => void open()}
              onExportJson={() => void exportJson()}
              onExport={() => datasets.setExportOpen(true)}
              onImportDataset={() => void datasets.openDataset()}
              onBackups={() => void backups.show()}
              onPreferences={() => setPreferencesOpen(true)}
              onAgreement={() => void datasets.openAgreement()}
              onStatistics={() => void statistics.show()}
              articleInput={intake.articleInput}
              datasetInput={datasets.datasetInput}
              onArticleFiles={(files) => void intake.importer.start(files)}
              onDatasetFiles={(files) => void datasets.chooseDataset(files)}
              onLargeDatasetFile={datasets.openLargeDataset}
            />
            <LibrarySearch search={search.library} onChoose={(hit) => void search.chooseHit(hit)} />
            <h2 className="library-heading">{t('library.documents')}</h2>
            <DocumentList
              documents={listComplete ? documents : workspace.firstPage}
              complete={listComplete}
              openId={openDoc?.id ?? null}
              onOpen={(id) => void workspace.openDocument(id)}
              onDelete={documentActions.setPendingDelete}
              onShownChange={setShownIds}
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
                <DocumentSearch search={search.inDocument} onLeave={search.focusCurrentMatch} />
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
                    selectionRequest={search.request}
                    searchMatches={search.inDocument.matches}
                    suggestions={suggestions.forOpenDocument}
                    focusedSuggestionId={suggestions.focusedId}
                  />
                </div>
                <EventsPanel events={events} spans={spans} selectedSpanId={selectedSpanId} />
              </>
            ) : (
              <p className="empty" role={loaded ? undefined : 'status'}>
                {loaded ? t('document.noneOpen') : t(upgrading ? 'document.upgrading' : 'document.loading')}
              </p>
            )}
          </main>

          {openDoc && (
            <AnnotationList
              spans={spans}
              selectedSpanId={selectedSpanId}
              onSelect={(id) => annotating.selectSpan(id, true)}
              focusRequest={linked.focusRequest}
              onRelabel={(id, label) => void annotating.relabel(id, label)}
              onDelete={(id) => void annotating.deleteSpan(id)}
              linked={linkedNames}
              details={
                <>
                  <ResizeControls
                    span={spans.find((span) => span.id === selectedSpanId)}
                    text={openDoc.text}
                    direction={direction}
                    uniformDirection={workspace.chosenDirection !== null}
                    canResizeToSelection={resizing.canResizeToSelection}
                    onMoveEdge={(edge, forward) => resizing.moveEdge(edge, forward, 'grapheme')}
                    onResizeToSelection={resizing.resizeToSelection}
                  />
                  <CodingPanel
                    store={store}
                    spans={spans}
                    selectedSpanId={selectedSpanId}
                    setSpans={workspace.setSpans}
                    say={say}
                    report={report}
                    renderPlacePicker={placePickerFor(store, workspace.setSpans, report, linked.find)}
                    onFindAnnotations={linked.find}
                  />
                  <SuggestionsSection
                    store={store}
                    state={suggestions}
                    openDocId={openDoc.id}
                    selectedSpan={spans.find((span) => span.id === selectedSpanId)}
                  />
                </>
              }
            />
          )}

          {selection && <TagToolbar anchor={selection.rect} onTag={(label) => void annotating.tag(label)} />}

          {/* Reading a large file, before the dialog opens; while it is open, the dialog shows the progress. */}
          {datasets.importProgress && !datasets.datasetFiles && (
            <ExportProgress
              label={t('progress.importProgress')}
              cancelLabel={t('progress.cancelImport')}
              {...datasets.importProgress}
              onCancel={datasets.cancelImport}
            />
          )}
          {datasets.exportProgress && (
            <ExportProgress
              label={t('progress.exportProgress')}
              unit="documents"
              cancelLabel={t('progress.cancelExport')}
              {...datasets.exportProgress}
              onCancel={datasets.cancelExport}
            />
          )}
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
            preparsed={datasets.preparsed}
            progress={datasets.importProgress}
            onCancelImport={datasets.cancelImport}
            onImport={datasets.importDataset}
            onClose={datasets.closeImport}
          />
          <AgreementDialog
            documents={datasets.agreementDocs}
            onExportCsv={async (csv) => {
              const where = await platform.saveExport('spanlight-agreement.csv', csv);
              if (where) say('status', t('messages.agreementExported', { where }));
            }}
            onExportJson={async (json) => {
              const where = await platform.saveExport('spanlight-agreement.json', json);
              if (where) say('status', t('messages.agreementExported', { where }));
            }}
            onClose={datasets.closeAgreement}
            store={store}
            onCurated={async () => {
              // Curated spans are one more annotator: the report and the open article show them.
              await datasets.openAgreement();
              await workspace.reopen(await store.listDocuments(), workspace.openDoc?.id);
            }}
          />
          <StatisticsDialog
            open={statistics.open}
            statistics={statistics.statistics}
            exported={statistics.exported}
            onExportCsv={(fileName, csv) => void statistics.exportCsv(fileName, csv)}
            onExportPng={(fileName, svg, background) => void statistics.exportPng(fileName, svg, background)}
            onClose={statistics.close}
          />
          <PreferencesDialog
            open={preferencesOpen}
            preferences={preferences}
            onSave={(next) => {
              savePreferences(next);
              setPreferencesOpen(false);
              // Said in the language just chosen (the switch itself happens after this render).
              const inChosen = i18n.getFixedT(resolveLanguage(next.language, navigator.languages));
              say('status', inChosen('messages.preferencesSaved'));
            }}
            onClose={() => setPreferencesOpen(false)}
          />
          <ExportDialog
            open={datasets.exportOpen}
            hasOpenDocument={openDoc !== null}
            defaultFormat={preferences.exportFormat}
            shownCount={shownIds?.length ?? null}
            onExport={(choice) => datasets.exportFormat(choice, shownIds)}
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
                ? t('confirm.deleteDocument', {
                    title: documentActions.pendingDelete.title,
                    count: documentActions.pendingDelete.spanCount,
                  })
                : null
            }
            confirmLabel={t('confirm.delete')}
            onConfirm={() => void documentActions.confirmDelete()}
            onCancel={() => documentActions.setPendingDelete(null)}
          />
          <ConfirmDialog
            message={
              projects.pendingDelete
                ? t('projects.confirmDelete', {
                    name: projects.nameOf(projects.pendingDelete.project),
                    documents: projects.pendingDelete.documents,
                    spans: projects.pendingDelete.spans,
                  })
                : null
            }
            confirmLabel={t('projects.deleteConfirm')}
            onConfirm={() => void projects.confirmDelete()}
            onCancel={projects.cancelDelete}
          />
          <LinkedAnnotationsDialog
            target={linked.target}
            result={linked.result}
            onChoose={(annotation) => void linked.choose(annotation)}
            onClose={linked.close}
          />
          <LabelSchemaDialog
            open={labelsOpen}
            projectName={projects.current ? projects.nameOf(projects.current) : ''}
            labels={projects.labels}
            onSave={projects.saveLabels}
            usage={projects.labelUsage}
            onDeleteLabel={projects.deleteLabel}
            onClose={() => setLabelsOpen(false)}
            report={report}
          />
        </div>
      </LabelsContext.Provider>
    </I18nextProvider>
  );
}
