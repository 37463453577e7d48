import type { Plugin } from 'vite';

/**
 * Adds `<link rel="modulepreload">` to the page for the lazily imported chunks the first view
 * cannot do without (the data checks): they download with the page, in parallel with the main
 * bundle, instead of after it has run. They stay out of the main bundle, so a change to them
 * does not invalidate it.
 */
export function preloadChunks(modules: readonly string[]): Plugin {
  return {
    name: 'preload-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return [];
        const files = new Set<string>();
        const entries = new Set<string>();
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk') continue;
          if (chunk.isEntry) entries.add(chunk.fileName);
          if (!chunk.facadeModuleId) continue;
          if (!modules.some((module) => chunk.facadeModuleId!.endsWith(module))) continue;
          files.add(chunk.fileName);
          for (const imported of chunk.imports) files.add(imported);
        }
        // The entry has its own script tag; Vite preloads the entry's own imports already.
        for (const entry of entries) files.delete(entry);
        for (const file of files) if (html.includes(`/${file}"`)) files.delete(file);
        return [...files].map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
