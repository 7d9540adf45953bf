import type { TFunction } from 'i18next';
import { type DragEvent, useCallback, useRef, useState } from 'react';
import { entriesOfDrop, readDropped } from '../intake/droppedFiles';
import type { Platform } from '../platform/platform';
import type { AnnotationStore } from '../storage/annotationStore';
import { useImport } from './useImport';
import type { Say } from './useMessages';
import type { Workspace } from './useWorkspace';

interface Options {
  store: AnnotationStore;
  platform: Platform;
  workspace: Workspace;
  backUp: () => Promise<unknown>;
  say: Say;
  report: (error: unknown) => void;
  /** The interface language's strings, read when a message is said. */
  t: TFunction;
}

/** Articles coming in: Open… (native dialog or a hidden file input), drag and drop, and the import dialog. */
export function useArticleIntake({ store, platform, workspace, backUp, say, report, t }: Options) {
  const { refreshDocuments, openDocument } = workspace;
  const articleInput = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  const importer = useImport({
    store,
    beforeCommit: backUp,
    onMessage: say,
    t,
    async onImported({ created, warnings }) {
      await refreshDocuments();
      const last = created[created.length - 1];
      if (last) await openDocument(last.document.id);
      const added = created.filter((result) => !result.existing).length;
      const skipped = created.length - added;
      const parts: string[] = [t('messages.imported', { count: added })];
      if (skipped) parts.push(t('messages.skipped', { count: skipped }));
      if (warnings.length)
        parts.push(t('messages.warnings', { count: warnings.length, warnings: warnings.join(' ') }));
      say('status', `${parts.join(t('messages.partSeparator'))}.`);
    },
  });

  const open = useCallback(async () => {
    const native = platform.openFiles();
    if (!native) {
      articleInput.current?.click();
      return;
    }
    try {
      const { files, refused } = await native;
      if (refused.length > 0) {
        // All or nothing: main's reasons already name each file.
        const reasons = refused.map((file) => (file.reason.endsWith('.') ? file.reason : `${file.reason}.`));
        say('error', t('messages.refusedNothingImported', { reasons: reasons.join(' ') }));
        return;
      }
      await importer.start(files);
    } catch (error) {
      report(error);
    }
  }, [platform, importer.start, say, report, t]);

  const onDrop = useCallback(
    async (event: DragEvent) => {
      event.preventDefault();
      setDragging(false);
      // Entries must be taken during the event; reading them may take longer.
      const entries = entriesOfDrop(event.dataTransfer);
      try {
        const { files, skippedHidden } = await readDropped(entries);
        await importer.start(files, { fromFolder: files.some((file) => file.relativePath), skippedHidden });
      } catch (error) {
        report(error);
      }
    },
    [importer.start, report],
  );

  const dropTarget = {
    onDragOver(event: DragEvent) {
      if (!event.dataTransfer.types.includes('Files')) return;
      event.preventDefault();
      setDragging(true);
    },
    onDragLeave(event: DragEvent) {
      if (event.currentTarget === event.target || !event.relatedTarget) setDragging(false);
    },
    onDrop(event: DragEvent) {
      void onDrop(event);
    },
  };

  return { importer, open, articleInput, dragging, dropTarget };
}
