import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { securityHeaders } from './scripts/serve/nginx-site.ts';
import { serveDataFolder } from './scripts/vite-plugin-data-folder.ts';
import { buildEditorPage, isEditorPass } from './scripts/vite-plugin-editor-page.ts';
import { preloadChunks } from './scripts/vite-plugin-preload-chunks.ts';

/** The clerks' editor (editor.html), built after the map into the same dist/. */
const editorPass = isEditorPass();

// base './' keeps every URL relative, so dist/ works under any sub-path.
export default defineConfig({
  base: './',
  plugins: editorPass
    ? [react()]
    : [
        react(),
        serveDataFolder(),
        // Only what the first frame needs comes with the page. The page's own code (React and
        // the rest) is not preloaded: fetched alongside, it took connections and bandwidth from
        // the first frame's and delayed the markers (bench, side by side: 668 against 467 ms,
        // and the page itself came later too, 1640 against 1364 ms). src/main.tsx asks for it
        // once the first frame is drawn, or after 150 ms.
        preloadChunks(['src/data/read-cooperation.ts']),
        buildEditorPage(),
      ],
  resolve: {
    // Leaflet's own ES module build (its package.json names only the UMD one): no CommonJS
    // wrapper, and the bundler can leave out the little that nothing uses.
    alias: [{ find: /^leaflet$/, replacement: 'leaflet/dist/leaflet-src.esm.js' }],
  },
  build: {
    target: 'es2022',
    // Written for debugging a reported error, never referenced from the scripts nor served
    // (deploy/nginx.conf refuses *.map).
    sourcemap: 'hidden',
    // One stylesheet, linked by the page: the app's code comes after the first frame is drawn
    // (src/main.tsx), its styles must not.
    cssCodeSplit: false,
    // The editor's pass adds its page to what the map's pass wrote.
    emptyOutDir: !editorPass,
    rolldownOptions: {
      input: editorPass ? 'editor.html' : 'index.html',
      output: editorPass
        ? {}
        : {
            // Two chunks, not thirty (HTTP/1.1 opens six connections at a time): what the first
            // frame runs (src/main.tsx's static imports and the data file's checks, no React
            // and no query library), and the page's code.
            codeSplitting: {
              groups: [
                {
                  name: 'first-frame',
                  test: /src[\\/](app[\\/](first-frame|page-code)|data[\\/](read-cooperation|fetch-cooperation|map-settings))\.ts$/,
                  priority: 2,
                },
                { name: 'page', test: /src[\\/]app[\\/]start\.tsx$/, priority: 1 },
              ],
            },
          },
    },
  },
  server: { port: 5173, strictPort: false },
  // `vite preview` sends the production security headers (from deploy/nginx.conf, the CSP
  // among them), so a mistake in them shows up before deployment too.
  preview: {
    port: 4173,
    strictPort: true,
    headers: securityHeaders(process.env.PREVIEW_FRAME_ANCESTORS ?? "'self'"),
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
