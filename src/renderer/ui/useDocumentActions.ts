import { useCallback, useState } from 'react';
import type { DocumentDraft } from '../../core/document';
import { type DocumentStatus, statusName } from '../../core/documentStatus';
import type { AnnotationStore, DocumentMetadata, DocumentSummary } from '../storage/annotationStore';
import type { Say } from './useMessages';
import type { Workspace } from './useWorkspace';

interface Options {
  store: AnnotationStore;
  workspace: Workspace;
  say: Say;
  report: (error: unknown) => void;
}

/** Whole-document actions: create from pasted text, edit details, set status, delete (after confirming). */
export function useDocumentActions({ store, workspace, say, report }: Options) {
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
            ? `This text is already in the library as “${document.title}”; opened it.`
            : `Created “${document.title}”.`,
        );
      } catch (error) {
        report(error);
      }
    },
    [store, refreshDocuments, openDocument, say, report],
  );

  const saveDetails = useCallback(
    async (changes: DocumentMetadata) => {
      if (!openDoc) return;
      try {
        const updated = await store.updateMetadata(openDoc.id, changes);
        setOpenDoc(updated);
        await refreshDocuments();
        setEditingDetails(false);
        say('status', `Saved the details of “${updated.title}”.`);
      } catch (error) {
        report(error);
      }
    },
    [openDoc, store, setOpenDoc, refreshDocuments, say, report],
  );

  const setStatus = useCallback(
    async (status: DocumentStatus) => {
      if (!openDoc) return;
      try {
        await store.setStatus(openDoc.id, status);
        setDocuments(await store.listDocuments());
        say('status', `“${openDoc.title}” is now ${statusName(status).toLowerCase()}.`);
      } catch (error) {
        report(error);
      }
    },
    [openDoc, store, setDocuments, say, report],
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
      say('status', `Deleted “${doc.title}”.`);
    } catch (error) {
      report(error);
    }
  }, [pendingDelete, store, openDoc, reopen, setDocuments, say, report]);

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
