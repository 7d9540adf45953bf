import { page } from 'vitest/browser';

export interface Pixels {
  width: number;
  height: number;
  /** Colour at a point given in CSS pixels relative to the element's top-left corner. */
  at(x: number, y: number): [number, number, number];
}

/** A real screenshot of an element, decoded so tests can read the colours Chromium painted. */
export async function screenshotPixels(element: HTMLElement, savePath?: string): Promise<Pixels> {
  const base64 = savePath
    ? (await page.screenshot({ element, path: savePath, base64: true })).base64
    : await page.screenshot({ element, save: false });
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d context');
  context.drawImage(bitmap, 0, 0);
  const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
  const box = element.getBoundingClientRect();
  const scale = bitmap.width / box.width;
  return {
    width: bitmap.width,
    height: bitmap.height,
    at(x, y) {
      const px = Math.min(bitmap.width - 1, Math.max(0, Math.round(x * scale)));
      const py = Math.min(bitmap.height - 1, Math.max(0, Math.round(y * scale)));
      const i = (py * bitmap.width + px) * 4;
      return [data[i] as number, data[i + 1] as number, data[i + 2] as number];
    },
  };
}
