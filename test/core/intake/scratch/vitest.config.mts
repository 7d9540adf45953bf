import { defineConfig } from 'vitest/config';
export default defineConfig({ test: { include: ['test/core/intake/scratch/*.scratch.ts'], testTimeout: 600000 } });
