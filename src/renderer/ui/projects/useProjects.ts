import type { TFunction } from 'i18next';
import { useCallback, useEffect, useState } from 'react';
import { DEFAULT_LABELS, type LabelDefinition } from '../../../core/labels';
import { DEFAULT_PROJECT_ID, DEFAULT_PROJECT_NAME, type Project } from '../../../core/projects/project';
import { setCurrentLabelSchema } from '../../i18n/names';
import type { AnnotationStore } from '../../storage/annotationStore';
import type { Say } from '../useMessages';
import type { Workspace } from '../useWorkspace';
import { applyLabelStyles } from './labelStyles';

/** Where the window remembers the project it last worked in. */
const CURRENT_PROJECT_KEY = 'spanlight.currentProject';

/** The project the window last worked in (the default project at first). */
export function rememberedProject(): string {
  try {
    return localStorage.getItem(CURRENT_PROJECT_KEY) ?? DEFAULT_PROJECT_ID;
  } catch {
    return DEFAULT_PROJECT_ID;
  }
}

interface Options {
  store: AnnotationStore;
  workspace: Workspace;
  /** Taken before a project and its documents are deleted. */
  backUp: () => Promise<unknown>;
  say: Say;
  report: (error: unknown) => void;
  t: TFunction;
  /** After switching projects: what showed the previous project's documents (search results) is cleared. */
  onSwitched?: () => void;
}

/**
 * The projects of the library and the one the window works in: switching, creating, renaming and deleting them,
 * and editing the current project's label schema. The store is told the current project at once (before the
 * library's first listing), so the library, search, statistics, exports and new documents follow it.
 */
export function useProjects({ store, workspace, backUp, say, report, t, onSwitched }: Options) {
  const [projects, setProjects] = useState<Project[]>([]);
  const [currentId, setCurrentId] = useState<string>(() => {
    const id = rememberedProject();
    store.projectId = id;
    return id;
  });
  const [pendingDelete, setPendingDelete] = useState<{
    project: Project;
    documents: number;
    spans: number;
  } | null>(null);
  const { reopen, openDoc, setSpans, setDocuments } = workspace;

  const current = projects.find((project) => project.id === currentId);
  const labels: readonly LabelDefinition[] = current?.labels ?? DEFAULT_LABELS;
  /** The default project's stored name is English: shown in the interface language until renamed. */
  const nameOf = useCallback(
    (project: Project) =>
      project.id === DEFAULT_PROJECT_ID && project.name === DEFAULT_PROJECT_NAME
        ? t('projects.defaultName')
        : project.name,
    [t],
  );

  // During render, not in an effect: the children rendered with these labels name them from it.
  setCurrentLabelSchema(labels);
  useEffect(() => applyLabelStyles(labels), [labels]);

  const switchTo = useCallback(
    async (id: string) => {
      store.projectId = id;
      setCurrentId(id);
      try {
        localStorage.setItem(CURRENT_PROJECT_KEY, id);
      } catch {
        // Private mode: the choice lasts for this window only.
      }
      onSwitched?.();
      await reopen(await store.listDocuments(), null);
    },
    [store, reopen, onSwitched],
  );

  const refresh = useCallback(async () => {
    const list = await store.projects.list();
    setProjects(list);
    return list;
  }, [store]);

  useEffect(() => {
    (async () => {
      try {
        const list = await refresh();
        // The remembered project was deleted (in another window) or never existed: the first one.
        if (!list.some((project) => project.id === store.projectId) && list[0]) await switchTo(list[0].id);
      } catch (error) {
        report(error);
      }
    })();
  }, [store, refresh, switchTo, report]);

  const create = useCallback(
    async (name: string) => {
      try {
        const project = await store.projects.create(name);
        await refresh();
        await switchTo(project.id);
        say('status', t('projects.created', { name: project.name }));
      } catch (error) {
        report(error);
      }
    },
    [store, refresh, switchTo, say, report, t],
  );

  const rename = useCallback(
    async (name: string) => {
      try {
        await store.projects.rename(currentId, name);
        await refresh();
      } catch (error) {
        report(error);
      }
    },
    [store, currentId, refresh, report],
  );

  /** Asks first: how many documents and annotations go with the project. */
  const askDelete = useCallback(async () => {
    if (!current) return;
    if (projects.length <= 1) {
      say('error', t('projects.onlyProject'));
      return;
    }
    try {
      const documents = await store.listDocuments();
      setPendingDelete({
        project: current,
        documents: documents.length,
        spans: documents.reduce((sum, doc) => sum + doc.spanCount, 0),
      });
    } catch (error) {
      report(error);
    }
  }, [current, projects.length, store, say, report, t]);

  const confirmDelete = useCallback(async () => {
    const pending = pendingDelete;
    setPendingDelete(null);
    if (!pending) return;
    try {
      await backUp();
      await store.projects.delete(pending.project.id);
      const list = await refresh();
      if (list[0]) await switchTo(list[0].id);
      say('status', t('projects.deleted', { name: pending.project.name }));
    } catch (error) {
      report(error);
    }
  }, [pendingDelete, backUp, store, refresh, switchTo, say, report, t]);

  const saveLabels = useCallback(
    async (next: readonly LabelDefinition[]) => {
      await store.projects.saveLabels(currentId, next);
      await refresh();
      say('status', t('labelSchema.saved'));
    },
    [store, currentId, refresh, say, t],
  );

  /** Deletes a label and its spans (or moves them to `moveTo`); the open document and the counts are reloaded. */
  const deleteLabel = useCallback(
    async (key: string, moveTo: string | null) => {
      const count = await store.projects.deleteLabel(currentId, key, moveTo);
      await refresh();
      setDocuments(await store.listDocuments());
      if (openDoc) setSpans(await store.listSpans(openDoc.id));
      return count;
    },
    [store, currentId, refresh, setDocuments, openDoc, setSpans],
  );

  return {
    projects,
    current,
    currentId,
    labels,
    nameOf,
    switchTo,
    create,
    rename,
    askDelete,
    pendingDelete,
    confirmDelete,
    cancelDelete: () => setPendingDelete(null),
    saveLabels,
    deleteLabel,
    /** Reads the projects again (an import added labels to the current one). */
    refresh,
    /** After a restore replaced the projects: reads them again and follows the store's current project. */
    reload: async () => {
      await refresh();
      setCurrentId(store.projectId);
    },
    labelUsage: (key: string) => store.projects.labelUsage(currentId, key),
  };
}

export type Projects = ReturnType<typeof useProjects>;
