// Scrolls an element end to end, one step per animation frame, and records how long each frame took.

/**
 * In the page: scrolls `selector` from top to bottom in `steps` equal steps, one per animation frame; returns
 * the frame intervals and the long animation frames (LoAF) that Chromium reported meanwhile.
 */
export async function scrollEndToEnd(page, selector, steps = 300) {
  return page.evaluate(
    ({ selector, steps }) =>
      new Promise((resolve) => {
        const scroller = document.querySelector(selector);
        if (!scroller) throw new Error(`nothing matches ${selector}`);
        scroller.scrollTop = 0;
        const step = Math.max(1, (scroller.scrollHeight - scroller.clientHeight) / steps);
        const started = performance.now();
        const long = [];
        let observer = null;
        if (PerformanceObserver.supportedEntryTypes?.includes('long-animation-frame')) {
          observer = new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) if (entry.startTime >= started) long.push(entry.duration);
          });
          observer.observe({ type: 'long-animation-frame' });
        }
        const intervals = [];
        let last = null;
        const frame = (now) => {
          if (last !== null) intervals.push(now - last);
          last = now;
          const end = scroller.scrollHeight - scroller.clientHeight;
          if (scroller.scrollTop >= end - 1) {
            // One more frame so the last step's work is counted, then let LoAF entries arrive.
            requestAnimationFrame((after) => {
              intervals.push(after - last);
              setTimeout(() => {
                observer?.disconnect();
                resolve({ intervals, long, height: scroller.scrollHeight, loaf: observer !== null });
              }, 200);
            });
            return;
          }
          scroller.scrollTop = Math.min(end, scroller.scrollTop + step);
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
    { selector, steps },
  );
}

/** The figures of one scroll: longest frame, frames over 50 ms, and the same from LoAF entries. */
export function frameFigures({ intervals, long, loaf }) {
  return {
    frames: intervals.length,
    maxFrame: Math.max(...intervals),
    over50: intervals.filter((ms) => ms > 50).length,
    maxLongFrame: loaf ? Math.max(0, ...long) : null,
  };
}
