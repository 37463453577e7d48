/**
 * Below this width an embedded map's panel opens over the map rather than beside it: beside,
 * neither would have room left.
 */
export const EMBED_OVERLAY = '(max-width: 40rem)';

/** The class names of the map-and-panel layout. */
export interface LayoutClasses {
  root: string;
  side: string;
  filters: string;
  back: string;
  map: string;
  mapFrame: string;
}

/**
 * The page's layout (`workspace`, app.css) or the embedded map's (`embed-layout`,
 * embed-layout.css). The embedded map keeps its own at every width: a 760 px frame is as
 * narrow as a tablet, but it should not turn into the phone's layout.
 */
export function layoutClasses(embedded: boolean): LayoutClasses {
  const block = embedded ? 'embed-layout' : 'workspace';
  return {
    root: block,
    side: `${block}__side`,
    filters: `${block}__filters`,
    back: `${block}__back`,
    map: `${block}__map`,
    mapFrame: `${block}__map-frame`,
  };
}
