import type { TemplateProblem } from '../tile-template';
import { shown } from './shown-value';
import type { Bilingual } from './problem';

const PLACEHOLDERS = '{z} {x} {y} {s} {r} {-y}';

/** The validator's messages about data/map-settings.json, in Polish and English (docs/data-messages.pl.md, docs/data-messages.en.md). */
export const settingsMessages = {
  topLevel: (value: unknown): Bilingual => ({
    pl: `cały plik musi być jednym obiektem { "tiles": … }, jest ${shown(value)}`,
    en: `the whole file must be one object { "tiles": … }, found ${shown(value)}`,
  }),
  tilesChoice: (value: unknown): Bilingual => {
    const near =
      typeof value === 'string' && value.trim().toLowerCase() === 'none'
        ? { pl: '; czy chodziło o "none"?', en: '; did you mean "none"?' }
        : { pl: '', en: '' };
    return {
      pl: `oczekiwano "none" (bez kafelków) albo obiektu { "url": …, "attribution": …, "maxZoom": … }, jest ${shown(value)}${near.pl}`,
      en: `expected "none" (no tiles) or an object { "url": …, "attribution": …, "maxZoom": … }, found ${shown(value)}${near.en}`,
    };
  },
  httpsUrl: (value: string): Bilingual => ({
    pl: `adres ${shown(value)} musi zaczynać się od https:// i nie może zawierać spacji, cudzysłowów ani znaków < >`,
    en: `the address ${shown(value)} must start with https:// and contain no spaces, quotes or < >`,
  }),
  template: (problem: TemplateProblem): Bilingual => {
    switch (problem.kind) {
      case 'unknown':
        return problem.meant
          ? {
              pl: `nieznane pole wzoru ${problem.placeholder} w adresie kafelków; czy chodziło o ${problem.meant}?`,
              en: `unknown placeholder ${problem.placeholder} in the tile address; did you mean ${problem.meant}?`,
            }
          : {
              pl: `nieznane pole wzoru ${problem.placeholder} w adresie kafelków: mapa zna tylko ${PLACEHOLDERS}; inną wartość (np. klucz API) wpisz wprost w adres`,
              en: `unknown placeholder ${problem.placeholder} in the tile address: the map knows only ${PLACEHOLDERS}; write any other value (such as an API key) into the address itself`,
            };
      case 'unpaired':
        return {
          pl: `nawias ${problem.brace} bez pary w adresie kafelków (znak ${problem.at + 1}); nawiasy klamrowe służą tylko polom ${PLACEHOLDERS}`,
          en: `unpaired ${problem.brace} in the tile address (character ${problem.at + 1}); braces are only for the placeholders ${PLACEHOLDERS}`,
        };
      case 'missing':
        return {
          pl: `w adresie kafelków brakuje ${problem.placeholders.join(', ')}; potrzebne są {z}, {x} i {y} (albo {-y})`,
          en: `the tile address lacks ${problem.placeholders.join(', ')}; it needs {z}, {x} and {y} (or {-y})`,
        };
    }
  },
};
