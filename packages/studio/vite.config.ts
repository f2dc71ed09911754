import { defineConfig } from 'vite'

// A static single-page app: relative asset paths so the same files work
// under `fordela studio`, on GitHub Pages or any folder. The workspace
// packages are bundled from their TypeScript sources (the 'fordela-source'
// export condition), so the browser runs exactly the CLI's code.
export default defineConfig({
  base: './',
  resolve: {
    conditions: ['fordela-source', 'browser', 'module', 'import', 'default'],
    // csv-parse's Node build needs Node's Buffer; its own browser build carries one.
    alias: [{ find: /^csv-parse\/sync$/, replacement: 'csv-parse/browser/esm/sync' }],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Terser packs the app about 10 kB (gzip) smaller than esbuild's minifier: the whole app
    // must stay under 350 kB gzip (docs/performance.md).
    minify: 'terser',
    // No inline scripts anywhere (the page's CSP forbids them), and no
    // inlined assets as data: URLs beyond what the CSP allows for images.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 2000,
  },
})
