import { defineConfig } from 'vitest/config';
import { shellWorker } from './scripts/shell-worker.ts';

// The jar built by Maven carries target/classes/META-INF/resources; the core WAR serves it at /.
export default defineConfig({
  base: '/',
  plugins: [shellWorker()],
  build: {
    outDir: 'target/classes/META-INF/resources',
    emptyOutDir: true,
    target: 'es2021',
    assetsInlineLimit: 0,
    reportCompressedSize: false,
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.ts'],
    // a test waits for what it asserts; on a loaded 2-core machine a paged list took over the
    // default 5 s to render (seen: load 50, two builds beside it), which is slowness, not a fault
    testTimeout: 30_000,
  },
});
