import { useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { TileLayer, useMap } from 'react-leaflet';
import { useQuery } from '@tanstack/react-query';
import { attributionHtml } from '../../../data/map-settings';
import { mapSettingsQueryOptions } from '../../../data/map-settings-query';
import { useI18n } from '../../../i18n/i18n-context';

/** Tiles that failed before any loaded: the tile server is out of reach. */
const FAILURES_BEFORE_NOTE = 3;

function TilesUnavailable() {
  const { t } = useI18n();
  const container = useMap().getContainer();
  return createPortal(
    <p className="tiles-note" role="status">
      {t.map.tilesUnavailable}
    </p>,
    container,
  );
}

/**
 * The detailed map over the country outlines, as data/map-settings.json says: a tile server,
 * or none at all (then the app asks no other origin for anything). Nothing is requested until
 * the settings are known. When the tiles fail, or the settings cannot be used, the outlines
 * stay and a quiet note says so.
 */
export function DetailTiles() {
  const settings = useQuery(mapSettingsQueryOptions);
  const [failed, setFailed] = useState(false);
  const counts = useRef({ loaded: 0, failed: 0 });
  const handlers = useMemo(
    () => ({
      tileload: () => {
        counts.current.loaded += 1;
        setFailed(false);
      },
      tileerror: () => {
        counts.current.failed += 1;
        const { loaded, failed: errors } = counts.current;
        if (loaded === 0 && errors >= FAILURES_BEFORE_NOTE) setFailed(true);
      },
    }),
    [],
  );
  const tiles = settings.data;
  if (tiles === 'unavailable') return <TilesUnavailable />;
  if (!tiles || tiles === 'none') return null;
  return (
    <>
      <TileLayer
        url={tiles.url}
        attribution={attributionHtml(tiles)}
        maxZoom={tiles.maxZoom}
        eventHandlers={handlers}
      />
      {failed && <TilesUnavailable />}
    </>
  );
}
