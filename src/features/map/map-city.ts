import type { MarkerKind } from '../../ui/marker-symbol';

/** What the map needs to know of a city: where, which symbol, and what to call it. */
export interface MapCity {
  id: string;
  lat: number;
  lng: number;
  kind: Exclude<MarkerKind, 'hub'>;
  /** Shown on hover. */
  name: string;
  /** Shown visits under the current filters, */
  visits: number;
  /** of them to Poznań, */
  incoming: number;
  /** and Poznań's abroad. */
  outgoing: number;
  /** ISO 3166-1 alpha-2. */
  country: string;
}

export interface MapHub {
  lat: number;
  lng: number;
  name: string;
  label: string;
}
