/**
 * Vite build of the viewer page into `dist/web`. In development the same
 * Content-Security-Policy the server sends is added as a meta tag (with the
 * websocket Vite's hot reload needs), so CSP problems show up while coding,
 * and `/api` is proxied to a running `kg serve` (CLAIMGRAPH_API, default
 * http://127.0.0.1:5173): run `pnpm kg serve`, then `pnpm --filter
 * @claimgraph/viewer dev`.
 */
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './src/server/security.js';

const conditions = ['claimgraph-source', 'module', 'browser', 'development|production'];

function devContentSecurityPolicy(): Plugin {
  return {
    name: 'claimgraph-dev-csp',
    apply: 'serve',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: {
          'http-equiv': 'Content-Security-Policy',
          // Vite's dev server injects CSS as <style> elements and talks to the page over a websocket;
          // the production policy (sent as a header by the viewer server) allows neither.
          content: CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
            .replace("connect-src 'self'", "connect-src 'self' ws: wss:")
            .replace(/; frame-ancestors 'none'/, ''),
        },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  base: './',
  resolve: { conditions },
  plugins: [devContentSecurityPolicy()],
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    modulePreload: { polyfill: false },
  },
  server: {
    host: '127.0.0.1',
    port: 5180,
    proxy: { '/api': { target: process.env['CLAIMGRAPH_API'] ?? 'http://127.0.0.1:5173', changeOrigin: true } },
  },
});
