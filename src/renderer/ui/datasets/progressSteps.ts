/** The progress bar shows at most this many steps. */
export const PROGRESS_STEPS = 200;

/**
 * `report`, called only when (done, total) moves the bar by a step of 1/steps, or reaches the end. An import
 * reports every document, and rendering the bar 10,000 times took ~0.4 s of a large import's main thread.
 */
export function inProgressSteps(
  report: (done: number, total: number) => void,
  steps: number = PROGRESS_STEPS,
): (done: number, total: number) => void {
  let shown: string | null = null;
  return (done, total) => {
    const step = `${total > 0 ? Math.floor((done * steps) / total) : done}/${total}`;
    if (step === shown && done !== total) return;
    shown = step;
    report(done, total);
  };
}
