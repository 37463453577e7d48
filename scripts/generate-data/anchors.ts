/** A real city whose surroundings host generated cities. */
export interface Anchor {
  name: string;
  /** ISO 3166-1 alpha-2 code. */
  country: string;
  lat: number;
  lng: number;
}

/** Generated cities lie within this many degrees of their anchor, in latitude and longitude. */
export const ANCHOR_JITTER = 0.15;

/**
 * Real cities with their true coordinates, all far enough inland and from borders that a box of
 * ±ANCHOR_JITTER degrees around them stays inside their country's Natural Earth outline
 * (anchors.test.ts checks this). No anchor is in Poland: the hub is there.
 */
export const ANCHORS: readonly Anchor[] = [
  // Europe
  { name: 'Berlin', country: 'DE', lat: 52.52, lng: 13.405 },
  { name: 'Frankfurt', country: 'DE', lat: 50.1109, lng: 8.6821 },
  { name: 'Munich', country: 'DE', lat: 48.1372, lng: 11.5755 },
  { name: 'Kassel', country: 'DE', lat: 51.3127, lng: 9.4797 },
  { name: 'Prague', country: 'CZ', lat: 50.0755, lng: 14.4378 },
  { name: 'Brno', country: 'CZ', lat: 49.1951, lng: 16.6068 },
  { name: 'Banská Bystrica', country: 'SK', lat: 48.7363, lng: 19.1462 },
  { name: 'Vienna', country: 'AT', lat: 48.2082, lng: 16.3738 },
  { name: 'Bern', country: 'CH', lat: 46.948, lng: 7.4474 },
  { name: 'Budapest', country: 'HU', lat: 47.4979, lng: 19.0402 },
  { name: 'Paris', country: 'FR', lat: 48.8566, lng: 2.3522 },
  { name: 'Lyon', country: 'FR', lat: 45.764, lng: 4.8357 },
  { name: 'Madrid', country: 'ES', lat: 40.4168, lng: -3.7038 },
  { name: 'Zaragoza', country: 'ES', lat: 41.6488, lng: -0.8891 },
  { name: 'Bologna', country: 'IT', lat: 44.4949, lng: 11.3426 },
  { name: 'Florence', country: 'IT', lat: 43.7696, lng: 11.2558 },
  { name: 'Örebro', country: 'SE', lat: 59.2753, lng: 15.2134 },
  { name: 'Lillehammer', country: 'NO', lat: 61.1153, lng: 10.4662 },
  { name: 'Tampere', country: 'FI', lat: 61.4978, lng: 23.761 },
  { name: 'Kaunas', country: 'LT', lat: 54.8985, lng: 23.9036 },
  { name: 'Minsk', country: 'BY', lat: 53.9006, lng: 27.559 },
  { name: 'Kyiv', country: 'UA', lat: 50.4501, lng: 30.5234 },
  { name: 'Vinnytsia', country: 'UA', lat: 49.2331, lng: 28.4682 },
  { name: 'Poltava', country: 'UA', lat: 49.5883, lng: 34.5514 },
  { name: 'Cluj-Napoca', country: 'RO', lat: 46.7712, lng: 23.6236 },
  { name: 'Brașov', country: 'RO', lat: 45.6579, lng: 25.6012 },
  { name: 'Plovdiv', country: 'BG', lat: 42.1354, lng: 24.7453 },
  { name: 'Kragujevac', country: 'RS', lat: 44.0128, lng: 20.9114 },
  { name: 'Moscow', country: 'RU', lat: 55.7558, lng: 37.6173 },
  { name: 'Kazan', country: 'RU', lat: 55.7963, lng: 49.1088 },
  { name: 'Ankara', country: 'TR', lat: 39.9334, lng: 32.8597 },
  { name: 'Konya', country: 'TR', lat: 37.8746, lng: 32.4932 },
  // Asia
  { name: 'Yekaterinburg', country: 'RU', lat: 56.8389, lng: 60.6057 },
  { name: 'Novosibirsk', country: 'RU', lat: 55.0084, lng: 82.9357 },
  { name: 'Astana', country: 'KZ', lat: 51.1694, lng: 71.4491 },
  { name: 'Karaganda', country: 'KZ', lat: 49.8047, lng: 73.1094 },
  { name: 'Tehran', country: 'IR', lat: 35.6892, lng: 51.389 },
  { name: 'Isfahan', country: 'IR', lat: 32.6546, lng: 51.668 },
  { name: 'Riyadh', country: 'SA', lat: 24.7136, lng: 46.6753 },
  { name: 'Delhi', country: 'IN', lat: 28.6139, lng: 77.209 },
  { name: 'Nagpur', country: 'IN', lat: 21.1458, lng: 79.0882 },
  { name: 'Bengaluru', country: 'IN', lat: 12.9716, lng: 77.5946 },
  { name: 'Ulaanbaatar', country: 'MN', lat: 47.8864, lng: 106.9057 },
  { name: "Xi'an", country: 'CN', lat: 34.3416, lng: 108.9398 },
  { name: 'Chengdu', country: 'CN', lat: 30.5728, lng: 104.0668 },
  { name: 'Wuhan', country: 'CN', lat: 30.5928, lng: 114.3055 },
  { name: 'Khon Kaen', country: 'TH', lat: 16.4419, lng: 102.836 },
  { name: 'Daejeon', country: 'KR', lat: 36.3504, lng: 127.3845 },
  { name: 'Takasaki', country: 'JP', lat: 36.3219, lng: 139.0033 },
  // Americas
  { name: 'Calgary', country: 'CA', lat: 51.0447, lng: -114.0719 },
  { name: 'Saskatoon', country: 'CA', lat: 52.1332, lng: -106.67 },
  { name: 'Denver', country: 'US', lat: 39.7392, lng: -104.9903 },
  { name: 'Kansas City', country: 'US', lat: 39.0997, lng: -94.5786 },
  { name: 'Dallas', country: 'US', lat: 32.7767, lng: -96.797 },
  { name: 'Columbus', country: 'US', lat: 39.9612, lng: -82.9988 },
  { name: 'Mexico City', country: 'MX', lat: 19.4326, lng: -99.1332 },
  { name: 'Aguascalientes', country: 'MX', lat: 21.8853, lng: -102.2916 },
  { name: 'Bogotá', country: 'CO', lat: 4.711, lng: -74.0721 },
  { name: 'Brasília', country: 'BR', lat: -15.7939, lng: -47.8828 },
  { name: 'Belo Horizonte', country: 'BR', lat: -19.9167, lng: -43.9345 },
  { name: 'Córdoba', country: 'AR', lat: -31.4201, lng: -64.1888 },
];
