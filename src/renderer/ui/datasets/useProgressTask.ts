import { useCallback, useRef, useState } from 'react';
import { inProgressSteps } from './progressSteps';

/** What a progress bar counts (each has its sentence in the catalogue: "3 of 10 documents"). */
export type ProgressUnit = 'documents' | 'MB read';

export interface TaskProgress {
  done: number;
  total: number;
  unit: ProgressUnit;
}

/**
 * One long task at a time (reading or importing a large dataset) with its progress and a cancel: `run` passes the
 * task an AbortSignal and a progress callback; `progress` is null when nothing runs.
 */
export function useProgressTask() {
  const [progress, setProgress] = useState<TaskProgress | null>(null);
  const controller = useRef<AbortController | null>(null);

  const run = useCallback(
    async <T>(
      unit: ProgressUnit,
      task: (signal: AbortSignal, onProgress: (done: number, total: number) => void) => Promise<T>,
    ): Promise<T> => {
      controller.current?.abort();
      const own = new AbortController();
      controller.current = own;
      setProgress({ done: 0, total: 0, unit });
      try {
        return await task(
          own.signal,
          inProgressSteps((done, total) => setProgress({ done, total, unit })),
        );
      } finally {
        if (controller.current === own) {
          controller.current = null;
          setProgress(null);
        }
      }
    },
    [],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { progress, run, cancel };
}
