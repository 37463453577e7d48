import { Fragment } from 'react';
import { CircleMarker, Polyline } from 'react-leaflet';
import type { MarkerPlace } from './use-marker-layout';

const LINE = { color: '#1f2937', weight: 1.5, interactive: false } as const;
const DOT = {
  color: '#ffffff',
  weight: 1.5,
  fillColor: '#1f2937',
  fillOpacity: 1,
  interactive: false,
} as const;

/** For each moved marker, a dot at the city's true place and a line from there to its marker. */
export function LeaderLines({ layout }: { layout: ReadonlyMap<string, MarkerPlace> }) {
  return [...layout]
    .filter(([, place]) => place.moved)
    .map(([id, place]) => (
      <Fragment key={id}>
        <Polyline positions={[place.true, place.shown]} pathOptions={LINE} />
        <CircleMarker center={place.true} radius={3} pathOptions={DOT} />
      </Fragment>
    ));
}
