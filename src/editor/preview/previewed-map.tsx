import { useEffect, useRef } from 'react';
import type { renderApp as RenderApp } from '../../app/start';
import type { ViewStore } from '../../app/view-store';
import type { LoadedCooperation } from '../../data/read-cooperation';
import { previewClient } from './preview-client';

interface PreviewedMapProps {
  /** The public map's own renderer (src/app/start.tsx), loaded on demand. */
  renderApp: typeof RenderApp;
  loaded: LoadedCooperation;
  store: ViewStore;
}

/**
 * The public map's page, the same components as the published map, drawn in its own React
 * root over the working copy's data. What the page sets on the document (its title, its
 * language) is the editor's again once the map is gone.
 */
export function PreviewedMap({ renderApp, loaded, store }: PreviewedMapProps) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(
    function showTheMap() {
      const element = host.current;
      if (!element) return;
      const { title } = document;
      const { lang } = document.documentElement;
      // A root of its own for each mount: React Strict Mode mounts twice, and the first root
      // is taken away only after this commit.
      const container = document.createElement('div');
      container.className = 'map-preview__root';
      element.append(container);
      const client = previewClient(loaded);
      const unmount = renderApp(container, client, store);
      return function takeTheMapAway() {
        container.remove();
        document.title = title;
        document.documentElement.lang = lang;
        // Not inside this root's commit: React refuses to unmount a root synchronously then.
        queueMicrotask(() => {
          unmount();
          client.clear();
        });
      };
    },
    [renderApp, loaded, store],
  );
  return <div ref={host} className="map-preview__map" />;
}
