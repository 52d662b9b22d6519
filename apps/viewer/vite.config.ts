/**
 * Vite build of the viewer page into `dist/web`. In development the same
 * Content-Security-Policy the server sends is added as a meta tag (with the
 * websocket Vite's hot reload needs), so CSP problems show up while coding.
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
          content: CONTENT_SECURITY_POLICY.replace("connect-src 'self'", "connect-src 'self' ws: wss:").replace(/; frame-ancestors 'none'/, ''),
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
  server: { host: '127.0.0.1' },
});
