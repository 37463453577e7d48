import { DomEvent, type LatLng, type Map as LeafletMap } from 'leaflet';
import { focusBackTo, type FocusBack } from '../../../ui/focus-back';
import { markerSymbolElement } from '../../../ui/marker-symbol';
import type { MapCity } from '../map-city';

/** A city outside the view, as its sign should be drawn. */
export interface SignState {
  city: MapCity;
  position: LatLng;
  /** The sign's accessible name, "Takasaki, Japonia: 2 wizyty. Poza widokiem: pokaż na mapie". */
  label: string;
}

/** The signs' own words, in the page's language. */
export interface SignWords {
  /** The list's name, "Miasta poza widokiem mapy". */
  group: string;
  /** The folded group's button, "Poza widokiem: 7 miast". */
  toggle: (count: number) => string;
}

/** Opens a city from its sign: the map moves there and its panel opens. */
export type OpenFromSign = (cityId: string, position: LatLng, focusBack: FocusBack) => void;

/** More signs than this fold behind one button, so they never bury the map. */
const MAX_SIGNS_SHOWN = 4;
let hostCount = 0;

const ARROWS = ['→', '↘', '↓', '↙', '←', '↖', '↑', '↗'] as const;
const ARROWS_ON_THE_LEFT = new Set<string>(['←', '↖', '↙']);

/** The arrow pointing from the map's centre towards a point, in eight directions. */
export function arrowTowards(dx: number, dy: number): string {
  const angle = Math.atan2(dy, dx);
  const sector = Math.round(angle / (Math.PI / 4));
  return ARROWS[(sector + 8) % 8]!;
}

interface DrawnSign {
  item: HTMLLIElement;
  button: HTMLButtonElement;
  /** What its button shows now: rebuilt only when this changes. */
  shows: string;
}

/**
 * Signs for the cities outside the view, in one row at the bottom of the map: each names its
 * city, points towards it, and opens it with one click. No city is ever lost off the map.
 * Plain DOM, like the markers (city-markers.ts): the one code that draws them, first in the
 * page's first frame and then for the map component, which takes over the same signs.
 */
export class OffscreenSigns {
  private readonly host = document.createElement('div');
  private readonly toggle = document.createElement('button');
  private readonly names = document.createElement('span');
  private readonly list = document.createElement('ul');
  private readonly drawn = new Map<string, DrawnSign>();
  private signs: readonly SignState[] = [];
  private words: SignWords = { group: '', toggle: String };
  private expanded = false;

  constructor(
    private readonly map: LeafletMap,
    private onOpen: OpenFromSign,
  ) {
    const id = `offscreen-signs-${++hostCount}`;
    this.host.className = 'offscreen-signs';
    this.host.id = id;
    // Keep clicks and scrolls on the signs from dragging or zooming the map.
    DomEvent.disableClickPropagation(this.host);
    DomEvent.disableScrollPropagation(this.host);
    this.list.id = `${id}-list`;
    this.list.className = 'offscreen-signs__list';
    // The folded group still names the cities it holds, for screen readers.
    this.names.id = `${id}-list-names`;
    this.names.className = 'visually-hidden';
    this.toggle.type = 'button';
    this.toggle.className = 'offscreen-signs__toggle';
    this.toggle.setAttribute('aria-controls', this.list.id);
    this.toggle.setAttribute('aria-describedby', this.names.id);
    this.toggle.addEventListener('click', () => {
      this.expanded = !this.expanded;
      this.draw();
    });
    map.getContainer().append(this.host);
  }

  /** Who opens a city from now on (the first frame's stand-in, then the page's view). */
  setOpenCity(onOpen: OpenFromSign): void {
    this.onOpen = onOpen;
  }

  /** Shows exactly these signs, ordered as their cities lie from left to right. */
  setSigns(signs: readonly SignState[], words: SignWords): void {
    this.signs = signs;
    this.words = words;
    this.draw();
  }

  /** Takes the signs off the map. */
  remove(): void {
    this.host.remove();
    this.drawn.clear();
  }

  private draw(): void {
    // Nothing to draw nor to take away (clusters have no signs): no need to read the map's
    // size, which makes the browser lay out a page that has just changed.
    if (this.signs.length === 0 && this.drawn.size === 0 && !this.host.hasChildNodes()) return;
    const center = this.map.getSize().divideBy(2);
    const placed = this.signs
      .map((sign) => {
        const point = this.map.latLngToContainerPoint(sign.position);
        return { ...sign, x: point.x, arrow: arrowTowards(point.x - center.x, point.y - center.y) };
      })
      .sort((a, b) => a.x - b.x);
    const collapsible = placed.length > MAX_SIGNS_SHOWN;
    const listShown = placed.length > 0 && (!collapsible || this.expanded);

    if (collapsible) {
      // Only when folded: its count's number format is the first one the page would make,
      // and making one costs the browser a while.
      this.toggle.textContent = this.words.toggle(placed.length);
      this.toggle.setAttribute('aria-expanded', String(this.expanded));
      this.names.textContent = placed.map(({ city }) => city.name).join(', ');
    }
    this.list.setAttribute('aria-label', this.words.group);
    this.show(this.toggle, collapsible, this.host.firstChild);
    this.show(this.names, collapsible, this.toggle.nextSibling);
    this.show(this.list, listShown, null);

    const keep = new Set(placed.map(({ city }) => city.id));
    for (const [id, drawn] of this.drawn) {
      if (!keep.has(id)) {
        drawn.item.remove();
        this.drawn.delete(id);
      }
    }
    placed.forEach((sign, index) => {
      const drawn = this.drawn.get(sign.city.id) ?? this.add(sign.city.id);
      this.update(drawn, sign, sign.arrow);
      // Moved only when out of place: moving a node takes focus off it.
      const at = this.list.children[index];
      if (at !== drawn.item) this.list.insertBefore(drawn.item, at ?? null);
    });
  }

  private show(element: Element, shown: boolean, before: ChildNode | null): void {
    if (!shown) element.remove();
    else if (!element.isConnected) this.host.insertBefore(element, before);
  }

  private add(cityId: string): DrawnSign {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.addEventListener('click', () => {
      const sign = this.signs.find(({ city }) => city.id === cityId);
      if (sign) this.onOpen(cityId, sign.position, focusBackTo(button));
    });
    item.append(button);
    const drawn = { item, button, shows: '' };
    this.drawn.set(cityId, drawn);
    return drawn;
  }

  private update(drawn: DrawnSign, { city, label }: SignState, arrow: string): void {
    const { button } = drawn;
    button.className = `offscreen-sign offscreen-sign--${city.kind}`;
    button.setAttribute('aria-label', label);
    const shows = `${city.kind} ${arrow} ${city.name}`;
    if (drawn.shows === shows) return;
    drawn.shows = shows;
    // The marker's own shape, so the kind of city does not rest on colour alone; the arrow
    // on the side it points to. Text nodes only: a city's name is never parsed as HTML.
    const symbol = markerSymbolElement(city.kind, 14);
    const name = document.createElement('span');
    name.textContent = city.name;
    const pointer = document.createElement('span');
    pointer.setAttribute('aria-hidden', 'true');
    pointer.textContent = arrow;
    if (ARROWS_ON_THE_LEFT.has(arrow)) button.replaceChildren(pointer, symbol, name);
    else button.replaceChildren(symbol, name, ' ', pointer);
  }
}
