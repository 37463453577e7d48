import { Marker, type LatLng, type LeafletKeyboardEvent, type Map as LeafletMap } from 'leaflet';
import { focusBackTo, type FocusBack } from '../../../ui/focus-back';
import type { MapCity, MapHub } from '../map-city';
import { MARKER_ICONS } from './marker-icons';

/** One city's marker as it should be drawn. */
export interface CityMarkerState {
  city: MapCity;
  position: LatLng;
  /** Its accessible name, "Takasaki, Japonia: 2 wizyty". */
  label: string;
  selected: boolean;
  /** Off-screen markers leave the Tab order and the accessibility tree; their sign takes their place. */
  inView: boolean;
}

/** Opens a city's panel, with the way back to the marker that opened it. */
export type OpenCity = (cityId: string, focusBack: FocusBack) => void;

interface Drawn {
  marker: Marker;
  /** The tooltip's text, a text node: data text never goes through Leaflet's HTML. */
  name: Text;
  state: CityMarkerState;
}

/**
 * The home city's and every city's marker, in plain Leaflet: the one code that draws them,
 * first for the page's first frame (before React has loaded) and then for the map component,
 * which takes over the same markers. Each city marker is a button that opens the city's panel
 * by click, Enter or Space.
 */
export class CityMarkers {
  private readonly drawn = new Map<string, Drawn>();
  private hubMarker: Marker | undefined;
  private hubLabel = '';
  private onOpen: OpenCity;

  constructor(
    private readonly map: LeafletMap,
    onOpen: OpenCity,
  ) {
    this.onOpen = onOpen;
  }

  /** Who opens a city from now on (the first frame's stand-in, then the page's view). */
  setOpenCity(onOpen: OpenCity): void {
    this.onOpen = onOpen;
  }

  /** The home city: a landmark to read the map by, not a control. */
  setHub(hub: MapHub, position: LatLng | undefined): void {
    if (!position) {
      this.hubMarker?.remove();
      this.hubMarker = undefined;
      return;
    }
    if (!this.hubMarker) {
      this.hubMarker = new Marker(position, {
        icon: MARKER_ICONS.hub,
        keyboard: false,
        interactive: false,
        zIndexOffset: -100,
      }).addTo(this.map);
      this.hubLabel = '';
    } else if (!this.hubMarker.getLatLng().equals(position)) {
      this.hubMarker.setLatLng(position);
    }
    const element = this.hubMarker.getElement();
    if (element && this.hubLabel !== hub.label) {
      element.setAttribute('role', 'img');
      element.setAttribute('aria-label', hub.label);
      this.hubLabel = hub.label;
    }
  }

  /**
   * Draws exactly these cities, in this order (the order Tab walks them in): new ones are
   * added, gone ones removed, the rest updated in place.
   */
  setCities(states: readonly CityMarkerState[]): void {
    const keep = new Set(states.map((state) => state.city.id));
    for (const [id, drawn] of this.drawn) {
      if (!keep.has(id)) {
        drawn.marker.remove();
        this.drawn.delete(id);
      }
    }
    for (const state of states) {
      const drawn = this.drawn.get(state.city.id);
      if (drawn) this.update(drawn, state);
      else this.drawn.set(state.city.id, this.add(state));
    }
    this.putInOrder(states);
  }

  /** The marker's element for a city, if it is drawn. */
  element(cityId: string): HTMLElement | undefined {
    return this.drawn.get(cityId)?.marker.getElement();
  }

  /** Takes every marker off the map. */
  remove(): void {
    for (const drawn of this.drawn.values()) drawn.marker.remove();
    this.drawn.clear();
    this.hubMarker?.remove();
    this.hubMarker = undefined;
  }

  /** Moves the markers' elements into the given order, when they are not in it already. */
  private putInOrder(states: readonly CityMarkerState[]): void {
    const elements = states.flatMap(({ city }) => this.element(city.id) ?? []);
    const inOrder = elements.every(
      (element, i) =>
        i === 0 ||
        (elements[i - 1]!.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) !==
          0,
    );
    if (inOrder) return;
    // Moving an element takes focus off it: put it back.
    const focused = document.activeElement;
    for (const element of elements) element.parentElement?.append(element);
    if (focused instanceof HTMLElement && elements.includes(focused)) focused.focus();
  }

  private add(state: CityMarkerState): Drawn {
    const { city } = state;
    const marker = new Marker(state.position, {
      icon: MARKER_ICONS[city.kind],
      keyboard: true,
      riseOnHover: true,
      zIndexOffset: state.selected ? 1000 : 0,
    });
    const name = document.createTextNode(city.name);
    const tooltip = document.createElement('span');
    tooltip.append(name);
    // An element holding a text node, never a string: Leaflet parses nothing here as HTML.
    // eslint-disable-next-line no-restricted-syntax
    marker.bindTooltip(tooltip, { direction: 'top', offset: [0, -14] });
    const open = () => this.onOpen(city.id, focusBackTo(marker.getElement()));
    marker.on('click', open);
    // Leaflet handles Enter only for markers with a popup; this one opens a panel.
    marker.on('keydown', (event) => {
      const key = (event as LeafletKeyboardEvent).originalEvent.key;
      if (key === 'Enter' || key === ' ') {
        (event as LeafletKeyboardEvent).originalEvent.preventDefault();
        open();
      }
    });
    marker.addTo(this.map);
    const element = marker.getElement();
    if (element) {
      element.dataset.cityId = city.id;
      describe(element, state);
    }
    return { marker, name, state };
  }

  private update(drawn: Drawn, state: CityMarkerState): void {
    const before = drawn.state;
    if (!before.position.equals(state.position)) drawn.marker.setLatLng(state.position);
    if (before.selected !== state.selected) drawn.marker.setZIndexOffset(state.selected ? 1000 : 0);
    if (before.city.name !== state.city.name) drawn.name.data = state.city.name;
    const element = drawn.marker.getElement();
    if (
      element &&
      (before.label !== state.label ||
        before.selected !== state.selected ||
        before.inView !== state.inView)
    ) {
      describe(element, state);
    }
    drawn.state = state;
  }
}

/** What the marker's element tells assistive technology, and whether Tab reaches it. */
function describe(element: HTMLElement, { label, selected, inView }: CityMarkerState): void {
  element.setAttribute('aria-label', label);
  element.classList.toggle('is-selected', selected);
  // The open city is told to screen readers too, not only drawn with a ring.
  if (selected) element.setAttribute('aria-current', 'true');
  else element.removeAttribute('aria-current');
  element.tabIndex = inView ? 0 : -1;
  if (inView) element.removeAttribute('aria-hidden');
  else element.setAttribute('aria-hidden', 'true');
}
