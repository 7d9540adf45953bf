import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';

export interface Rendered {
  container: HTMLElement;
  rerender(node: ReactNode): Promise<void>;
  unmount(): Promise<void>;
}

/** Two animation frames: React has committed and the browser has laid the result out. */
const settle = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/**
 * Mounts a React tree into a fresh element of the test page. No act(): the tests drive a real browser and
 * wait for what the user would see (expect.element / expect.poll), as the toolchain notes advise.
 */
export async function render(node: ReactNode, width = 900): Promise<Rendered> {
  const container = document.createElement('div');
  container.style.width = `${width}px`;
  document.body.append(container);
  const root: Root = createRoot(container);
  root.render(node);
  await settle();
  return {
    container,
    async rerender(next) {
      root.render(next);
      await settle();
    },
    async unmount() {
      root.unmount();
      container.remove();
      await settle();
    },
  };
}
