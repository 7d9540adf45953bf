import type { ReactNode } from 'react';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';

// React's act() environment flag: lets React flush effects synchronously inside act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Rendered {
  container: HTMLElement;
  rerender(node: ReactNode): Promise<void>;
  unmount(): Promise<void>;
}

/** Mounts a React tree into a fresh element of the test page. */
export async function render(node: ReactNode, width = 900): Promise<Rendered> {
  const container = document.createElement('div');
  container.style.width = `${width}px`;
  document.body.append(container);
  let root: Root | null = null;
  await act(async () => {
    root = createRoot(container);
    root.render(node);
  });
  return {
    container,
    async rerender(next) {
      await act(async () => root?.render(next));
    },
    async unmount() {
      await act(async () => root?.unmount());
      container.remove();
    },
  };
}
