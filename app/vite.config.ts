import { defineConfig } from 'vite';

// A static single-page app: `vite build` writes dist/, which serve.mjs (or any static server)
// serves. JSX is Preact's (automatic runtime); no framework plugin is needed.
export default defineConfig({
  base: './',
  build: { outDir: 'dist', chunkSizeWarningLimit: 4096, sourcemap: true },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
});
