// Vite builds the analyst's single-page app into web/dist, which `newsgraph serve` serves at `/`.
// Preact needs no plugin: the JSX transform (oxc in Vite 8) is pointed at preact's automatic runtime.
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Everything ships in the bundle (map atlas included); one chunk per heavy view keeps first load small.
    chunkSizeWarningLimit: 1200,
    assetsInlineLimit: 0,
    // The timing notice is noise on a shared 2-core machine; real warnings still print.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  server: {
    // `npx vite web` during development proxies the API of a running `newsgraph serve`.
    proxy: { '/api': process.env.NEWSGRAPH_API ?? 'http://127.0.0.1:8080' },
  },
});
