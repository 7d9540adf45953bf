/** Resolves after the next frame has been painted (a task queued from its animation frame runs after it). */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
