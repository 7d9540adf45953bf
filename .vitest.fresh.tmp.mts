import base from './vitest.config.mts';
const projects = (base as any).test.projects;
const browser = projects.find((p: any) => p.test?.name === 'browser');
browser.cacheDir = process.env.FRESH_CACHE ?? '/tmp/vfresh/cache';
if (process.env.WITH_INCLUDE) browser.optimizeDeps.include.push('@mozilla/readability', 'dompurify', 'pdfjs-dist', 'jszip', 'mammoth', 'fast-check');
export default base;
