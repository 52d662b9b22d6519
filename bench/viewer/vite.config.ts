/**
 * Vite config for the viewer benchmark page: resolves workspace packages to
 * their TypeScript sources (the `claimgraph-source` condition) so no build of
 * the packages is needed, and writes the page to the directory given in
 * BENCH_OUT_DIR (a temp dir chosen by run.ts).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  logLevel: 'warn',
  resolve: { conditions: ['claimgraph-source', 'module', 'browser', 'development|production'] },
  build: {
    outDir: process.env.BENCH_OUT_DIR ?? 'dist',
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: false,
  },
});
