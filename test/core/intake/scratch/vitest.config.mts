import { defineConfig } from 'vitest/config';
export default defineConfig({
  test: { include: [process.env.FILE ?? 'test/core/intake/scratch/*.scratch.ts'], testTimeout: 600000 },
});
