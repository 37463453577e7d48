import './arcs-layer.css';
import {
  canvas,
  latLng,
  layerGroup,
  polyline,
  type Canvas,
  type LatLng as LeafletLatLng,
  type LayerGroup,
  type PathOptions,
  type Polyline,
} from 'leaflet';
import { useEffect, useMemo, useState } from 'react';
import { Pane, useMap } from 'react-leaflet';
import { afterNextPaint } from '../../../lib/after-next-paint';
import { arcLines, type ArcGeometryCache, type ArcLine, type ArcPoints } from './arc-lines';
import { ARC_OPACITY, ARC_STYLES, arcDashArray, type CityArcs } from './arc-style';
import type { LatLng } from './great-circle';

/** Its own pane, stacked in arcs-layer.css between the tiles and the markers. */
const ARCS_PANE = 'arcs';

/**
 * Each line's points, kept for the page's life: hiding the lines and showing them again, or a
 * new filter, computes only lines never drawn before (the keys hold the places, so a changed
 * place is a new line).
 */
const geometry: ArcGeometryCache = new Map();

/**
 * Each line's points as Leaflet objects, made once per line: Leaflet keeps LatLng objects as
 * they are, so a line drawn again is not converted again.
 */
const leafletPoints = new WeakMap<ArcPoints, LeafletLatLng[]>();

function toLeaflet(points: ArcPoints): LeafletLatLng[] {
  let converted = leafletPoints.get(points);
  if (!converted) {
    converted = points.map(([lat, lng]) => latLng(lat, lng));
    leafletPoints.set(points, converted);
  }
  return converted;
}

function lineStyle(line: ArcLine): PathOptions {
  const dashArray = arcDashArray(line.direction, line.weight);
  return {
    color: ARC_STYLES[line.direction].color,
    weight: line.weight,
    dashArray,
    // Round ends would fill the gaps of a dashed line.
    lineCap: dashArray ? 'butt' : 'round',
  };
}

interface DrawnLine {
  layer: Polyline;
  points: ArcPoints;
  weight: number;
}

/**
 * Brings the drawn lines in line with `lines`: new ones added, gone ones removed, a changed
 * width restyled, unchanged ones left alone (Leaflet does not project them again).
 */
function syncLines(
  lines: readonly ArcLine[],
  drawn: Map<string, DrawnLine>,
  group: LayerGroup,
  renderer: Canvas,
): void {
  const shown = new Set<string>();
  let reordered = false;
  for (const line of lines) {
    shown.add(line.key);
    const current = drawn.get(line.key);
    if (current?.points === line.points) {
      if (current.weight !== line.weight) {
        current.layer.setStyle(lineStyle(line));
        current.weight = line.weight;
        reordered = true;
      }
      continue;
    }
    if (current) group.removeLayer(current.layer);
    const layer = polyline(toLeaflet(line.points), {
      renderer,
      pane: ARCS_PANE,
      interactive: false,
      opacity: ARC_OPACITY,
      lineJoin: 'round',
      ...lineStyle(line),
    });
    group.addLayer(layer);
    drawn.set(line.key, { layer, points: line.points, weight: line.weight });
    reordered = true;
  }
  for (const [key, { layer }] of drawn) {
    if (shown.has(key)) continue;
    group.removeLayer(layer);
    drawn.delete(key);
  }
  // `lines` come widest first; drawn in that order, thin lines end on top.
  if (reordered) for (const line of lines) drawn.get(line.key)?.layer.bringToFront();
}

interface ArcsLayerProps {
  hub: LatLng;
  /** The shown cities, each with its shown visits by direction. */
  arcs: readonly CityArcs[];
}

/**
 * Great-circle lines from the home city to every shown city, one per direction, wider with
 * more visits. Decoration for sighted readers: the panel and the list say the same in words,
 * so the lines take no clicks and are hidden from assistive technology.
 */
export function ArcsLayer({ hub, arcs }: ArcsLayerProps) {
  return (
    <Pane name={ARCS_PANE} className="arcs-pane">
      <ArcLines hub={hub} arcs={arcs} />
    </Pane>
  );
}

/**
 * Every line on one shared canvas, managed imperatively: 10,000 cities as React elements would
 * cost a reconciliation per filter change. One path per line, not one path per width: the
 * browser strokes many small paths faster than one path of thousands of crossing lines.
 */
function ArcLines({ hub, arcs }: ArcsLayerProps) {
  const map = useMap();
  // The canvas reaches only a little beyond the view (Leaflet's default): lines cost their
  // length in pixels, and a pan draws the rest when it ends.
  const [renderer] = useState(() => canvas({ pane: ARCS_PANE, padding: 0.1 }));
  const [group] = useState(() => layerGroup());
  const [drawn] = useState(() => new Map<string, DrawnLine>());
  const { lat, lng } = hub;
  const lines = useMemo(() => arcLines({ lat, lng }, arcs, geometry), [lat, lng, arcs]);

  useEffect(
    function addLines() {
      map.getPane(ARCS_PANE)?.setAttribute('aria-hidden', 'true');
      group.addTo(map);
      return function removeLines() {
        group.clearLayers().remove();
        drawn.clear();
        // The renderer joined the map with the first line; its canvas goes with the lines.
        renderer.remove();
      };
    },
    [map, group, drawn, renderer],
  );

  useEffect(
    function drawLines() {
      // A frame after the markers: they are what people click, the lines can follow.
      return afterNextPaint(() => {
        syncLines(lines, drawn, group, renderer);
        // The canvas exists once a line is on it (its pane is hidden already).
        map.getPane(ARCS_PANE)?.querySelector('canvas')?.setAttribute('aria-hidden', 'true');
      });
    },
    [map, lines, drawn, group, renderer],
  );

  return null;
}
