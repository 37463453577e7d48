import { build, type Plugin, type ResolvedConfig } from 'vite';

/** Set while the editor's page is built, so the config builds that page alone. */
export const EDITOR_PASS = 'BUILD_EDITOR_PAGE';

/** Whether this build is the editor's own pass (see buildEditorPage). */
export function isEditorPass(): boolean {
  return process.env[EDITOR_PASS] === '1';
}

/**
 * Builds editor.html into the same dist/ after the map is built, as a build of its own: the
 * map's chunks, preloads and stylesheet stay exactly what they were without the editor (a
 * shared build would split the modules both use into new chunks, more requests for the map),
 * and nothing of the editor can reach the map's pages. The dev server serves editor.html as
 * it is.
 */
export function buildEditorPage(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'build-editor-page',
    apply: (_, { command }) => command === 'build' && !isEditorPass() && !process.env.VITEST,
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      process.env[EDITOR_PASS] = '1';
      try {
        await build({
          configFile: config.configFile,
          mode: config.mode,
          logLevel: config.logLevel,
          root: config.root,
          // Where the map went, also when given on the command line (--outDir).
          build: { outDir: config.build.outDir },
        });
      } finally {
        delete process.env[EDITOR_PASS];
      }
    },
  };
}
