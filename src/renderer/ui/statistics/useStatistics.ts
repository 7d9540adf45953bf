import type { TFunction } from 'i18next';
import { useCallback, useRef, useState } from 'react';
import { type LibraryStatistics, libraryStatistics } from '../../../core/stats/libraryStatistics';
import type { Platform } from '../../platform/platform';
import type { AnnotationStore } from '../../storage/annotationStore';
import { readStatisticsInput } from '../../storage/statisticsSource';
import type { Say } from '../useMessages';
import { chartToPngBase64 } from './chartToPng';

interface Options {
  store: AnnotationStore;
  platform: Platform;
  say: Say;
  report: (error: unknown) => void;
  /** The interface language's strings, read when a message is said. */
  t: TFunction;
}

/** "Statistics…": counts the library when opened (not kept up to date while open), and saves exports. */
export function useStatistics({ store, platform, say, report, t }: Options) {
  const [open, setOpen] = useState(false);
  const [statistics, setStatistics] = useState<LibraryStatistics | null>(null);
  const [exported, setExported] = useState<string | null>(null);
  // A second opening while the first count is still running: only the latest count is shown.
  const generation = useRef(0);

  const show = useCallback(async () => {
    const current = ++generation.current;
    setStatistics(null);
    setExported(null);
    setOpen(true);
    try {
      // The current project: its documents, counted by its labels.
      const project = await store.projects.get(store.projectId);
      const input = await readStatisticsInput(store.db, await store.projectScope());
      if (current === generation.current) setStatistics(libraryStatistics(input, project?.labels));
    } catch (error) {
      if (current !== generation.current) return;
      setOpen(false);
      report(error);
    }
  }, [store, report]);

  const close = useCallback(() => {
    generation.current++;
    setOpen(false);
  }, []);

  const exportCsv = useCallback(
    async (fileName: string, csv: string) => {
      try {
        const where = await platform.saveExport(fileName, csv);
        if (where) {
          setExported(t('messages.exported', { file: fileName, where }));
          say('status', t('messages.exported', { file: fileName, where }));
        }
      } catch (error) {
        setExported(
          t('messages.exportFailed', { reason: error instanceof Error ? error.message : String(error) }),
        );
        report(error);
      }
    },
    [platform, say, report, t],
  );

  const exportPng = useCallback(
    async (fileName: string, svg: SVGSVGElement, background: string) => {
      try {
        const where = await platform.saveExport(fileName, await chartToPngBase64(svg, background), 'base64');
        if (where) {
          setExported(t('messages.exported', { file: fileName, where }));
          say('status', t('messages.exported', { file: fileName, where }));
        }
      } catch (error) {
        setExported(
          t('messages.exportFailed', { reason: error instanceof Error ? error.message : String(error) }),
        );
        report(error);
      }
    },
    [platform, say, report, t],
  );

  return { open, statistics, exported, show, close, exportCsv, exportPng };
}
