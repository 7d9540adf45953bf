import { useCallback, useRef, useState } from 'react';
import type { Platform } from '../../platform/platform';
import type { AnnotationStore } from '../../storage/annotationStore';
import { type StreamExportRequest, type StreamExportResult, streamExport } from './streamExport';

export interface ExportProgressState {
  done: number;
  total: number;
}

/**
 * A streamed export with its progress (documents written of all) and a cancel. `progress` is null when no export
 * runs; `run` resolves to the result, or rejects (a cancelled export rejects with an AbortError StorageError).
 */
export function useStreamedExport(store: AnnotationStore, platform: Platform) {
  const [progress, setProgress] = useState<ExportProgressState | null>(null);
  const controller = useRef<AbortController | null>(null);

  const run = useCallback(
    async (request: Omit<StreamExportRequest, 'signal' | 'onProgress'>): Promise<StreamExportResult> => {
      controller.current?.abort();
      const own = new AbortController();
      controller.current = own;
      setProgress({ done: 0, total: 0 });
      try {
        return await streamExport(store, platform, {
          ...request,
          signal: own.signal,
          onProgress: (done, total) => setProgress({ done, total }),
        });
      } finally {
        if (controller.current === own) {
          controller.current = null;
          setProgress(null);
        }
      }
    },
    [store, platform],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);

  return { progress, run, cancel };
}
