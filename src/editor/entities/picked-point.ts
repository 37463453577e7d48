/** A point on the map, in degrees. */
export interface Point {
  readonly lat: number;
  readonly lng: number;
}

/** Where the picker opens: on the city, else on the hub, else on the whole world. */
export interface PickerView {
  readonly center: Point;
  readonly zoom: number;
}

/** The data file keeps four decimals: about 11 m, finer than a city needs. */
const DECIMALS = 4;
const CITY_ZOOM = 5;
const HUB_ZOOM = 3;
const WORLD: PickerView = { center: { lat: 20, lng: 0 }, zoom: 1 };

function rounded(value: number): number {
  const factor = 10 ** DECIMALS;
  // `+ 0` turns -0 into 0: the field would otherwise show "-0".
  return Math.round(value * factor) / factor + 0;
}

/** Longitude into -180..180: a click on a copy of the world east or west of the first one. */
function wrappedLng(lng: number): number {
  const wrapped = ((((lng + 180) % 360) + 360) % 360) - 180;
  // 180 and -180 are the same meridian; keep the sign the click had.
  return wrapped === -180 && lng > 0 ? 180 : wrapped;
}

/** A clicked point as the data file keeps it: four decimals, lat in -90..90, lng in -180..180. */
export function pickedPoint({ lat, lng }: Point): Point {
  return {
    lat: rounded(Math.min(90, Math.max(-90, lat))),
    lng: rounded(wrappedLng(lng)),
  };
}

/** The draft's lat and lng as a point, when both are numbers on the globe; else null. */
export function validPoint(lat: unknown, lng: unknown): Point | null {
  if (typeof lat !== 'number' || typeof lng !== 'number') return null;
  if (!Number.isFinite(lat) || !Number.isFinite(lng)) return null;
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180) return null;
  return { lat, lng };
}

/** The picker's first view: the city close up, else the hub's part of the world, else all of it. */
export function pickerView(city: Point | null, hub: Point | null): PickerView {
  if (city) return { center: city, zoom: CITY_ZOOM };
  if (hub) return { center: hub, zoom: HUB_ZOOM };
  return WORLD;
}
