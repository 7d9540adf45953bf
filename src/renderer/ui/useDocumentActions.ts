import type { TFunction } from 'i18next';
import { useCallback, useState } from 'react';
import type { DocumentDraft } from '../../core/document';
import type { DocumentStatus } from '../../core/documentStatus';
import { statusName } from '../i18n/names';
import type { AnnotationStore, DocumentMetadata, DocumentSummary } from '../storage/annotationStore';
import type { Say } from './useMessages';
import type { Workspace } from './useWorkspace';

interface Options {
  store: AnnotationStore;
  workspace: Workspace;
  say: Say;
  report: (error: unknown) => void;
  /** The interface language's strings, read when a message is said. */
  t: TFunction;
}

/** Whole-document actions: create from pasted text, edit details, set status, delete (after confirming). */
export function useDocumentActions({ store, workspace, say, report, t }: Options) {
  const { openDoc, setOpenDoc, setDocuments, refreshDocuments, openDocument, reopen } = workspace;
  const [newDialogOpen, setNewDialogOpen] = useState(false);
  const [editingDetails, setEditingDetails] = useState(false);
  const [pendingDelete, setPendingDelete] = useState<DocumentSummary | null>(null);

  const createFromText = useCallback(
    async (draft: DocumentDraft) => {
      try {
        const { document, existing } = await store.createDocument(draft);
        setNewDialogOpen(false);
        await refreshDocuments();
        await openDocument(document.id);
        say(
          'status',
          existing
            ? t('messages.alreadyInLibrary', { title: document.title })
            : t('messages.created', { title: document.title }),
        );
      } catch (error) {
        report(error);
      }
    },
    [store, refreshDocuments, openDocument, say, report, t],
  );

  const saveDetails = useCallback(
    async (changes: DocumentMetadata) => {
      if (!openDoc) return;
      try {
        const updated = await store.updateMetadata(openDoc.id, changes);
        setOpenDoc(updated);
        await refreshDocuments();
        setEditingDetails(false);
        say('status', t('messages.detailsSaved', { title: updated.title }));
      } catch (error) {
        report(error);
      }
    },
    [openDoc, store, setOpenDoc, refreshDocuments, say, report, t],
  );

  const setStatus = useCallback(
    async (status: DocumentStatus) => {
      if (!openDoc) return;
      try {
        await store.setStatus(openDoc.id, status);
        setDocuments(await store.listDocuments());
        say(
          'status',
          t('messages.statusSet', { title: openDoc.title, status: statusName(t, status).toLowerCase() }),
        );
      } catch (error) {
        report(error);
      }
    },
    [openDoc, store, setDocuments, say, report, t],
  );

  const confirmDelete = useCallback(async () => {
    const doc = pendingDelete;
    setPendingDelete(null);
    if (!doc) return;
    try {
      await store.deleteDocument(doc.id);
      const list = await store.listDocuments();
      if (openDoc?.id === doc.id) await reopen(list, null);
      else setDocuments(list);
      say('status', t('messages.deleted', { title: doc.title }));
    } catch (error) {
      report(error);
    }
  }, [pendingDelete, store, openDoc, reopen, setDocuments, say, report, t]);

  return {
    newDialogOpen,
    setNewDialogOpen,
    createFromText,
    editingDetails,
    setEditingDetails,
    saveDetails,
    setStatus,
    pendingDelete,
    setPendingDelete,
    confirmDelete,
  };
}
