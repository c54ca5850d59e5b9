import { defineConfig } from 'vite';
import relay from 'vite-plugin-relay';

/**
 * Built into dist/, which `deskgraph demo` serves at /inbox. babel-plugin-relay (through
 * vite-plugin-relay) turns each graphql`` tag into an import of the artifact relay-compiler wrote
 * beside it (`eagerEsModules` in relay.config.json).
 */
export default defineConfig({
  base: '/inbox/',
  plugins: [relay],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The page's CSP allows scripts from its own origin only: no inline polyfill.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1024,
  },
});
