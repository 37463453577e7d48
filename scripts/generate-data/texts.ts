import type { Direction, LocalizedText, Participant } from '../../src/data/schema.ts';
import { chance, intBetween, pick, type Random } from './random.ts';

const SYLLABLES =
  'ba be bo da do ka ko la li lo ma mi na no ra ri ro sa se ta to va vi za zo len mar dor wil ber'.split(
    ' ',
  );
const ENDINGS = 'burg grad ow ice ia stad ville hav sk no ino'.split(' ');

/** A made-up place name of ASCII letters, e.g. "Koravinburg". */
function placeWord(random: Random): string {
  let word = '';
  const syllables = intBetween(random, 2, 3);
  for (let i = 0; i < syllables; i++) word += pick(random, SYLLABLES);
  word += pick(random, ENDINGS);
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * A place name not in `used` (which it joins). Names are letters, then maybe " <number>", so
 * distinct names give distinct slugs.
 */
export function uniquePlaceName(random: Random, used: Set<string>): string {
  for (let attempt = 0; attempt < 5; attempt++) {
    const name = placeWord(random);
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
  const stem = placeWord(random);
  let number = 2;
  while (used.has(`${stem} ${number}`)) number++;
  const name = `${stem} ${number}`;
  used.add(name);
  return name;
}

export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const KINDS: readonly LocalizedText[] = [
  { pl: 'Wizyta studyjna', en: 'Study visit' },
  { pl: 'Delegacja', en: 'Delegation' },
  { pl: 'Konferencja', en: 'Conference' },
  { pl: 'Festiwal', en: 'Festival' },
  { pl: 'Turniej sportowy', en: 'Sports tournament' },
  { pl: 'Spotkanie robocze', en: 'Working meeting' },
  { pl: 'Warsztaty', en: 'Workshop' },
];

const OTHERS: readonly LocalizedText[] = [
  { pl: 'Uniwersytet partnerski', en: 'Partner university' },
  { pl: 'Izba handlowa', en: 'Chamber of commerce' },
  { pl: 'Organizacja pozarządowa', en: 'Non-governmental organisation' },
  { pl: 'Klub sportowy', en: 'Sports club' },
  { pl: 'Instytucja kultury', en: 'Cultural institution' },
];

export function visitTitle(
  random: Random,
  hub: LocalizedText,
  cities: LocalizedText,
): LocalizedText {
  const kind = pick(random, KINDS);
  return { pl: `${kind.pl}: ${hub.pl} – ${cities.pl}`, en: `${kind.en}: ${hub.en} – ${cities.en}` };
}

/** `cities.names` are the visited cities' names joined, `cities.count` how many they are. */
export function visitSummary(
  direction: Direction,
  hub: LocalizedText,
  cities: { names: LocalizedText; count: number },
  themes: readonly LocalizedText[],
): LocalizedText {
  const { names, count } = cities;
  const topics = {
    pl: themes.map((theme) => theme.pl.toLowerCase()).join(', '),
    en: themes.map((theme) => theme.en.toLowerCase()).join(', '),
  };
  if (direction === 'incoming') {
    const guests = count === 1 ? `Delegacja z miasta ${names.pl}` : `Delegacje z miast ${names.pl}`;
    const verb = count === 1 ? 'odwiedziła' : 'odwiedziły';
    return {
      pl: `${guests} ${verb} miasto ${hub.pl}. Tematy: ${topics.pl}.`,
      en: `${count === 1 ? 'A delegation' : 'Delegations'} from ${names.en} visited ${hub.en}. Topics: ${topics.en}.`,
    };
  }
  return {
    pl: `Przedstawiciele miasta ${hub.pl} odwiedzili ${count === 1 ? 'miasto' : 'miasta'} ${names.pl}. Tematy: ${topics.pl}.`,
    en: `Representatives of ${hub.en} visited ${names.en}. Topics: ${topics.en}.`,
  };
}

function withCount(random: Random, name: LocalizedText, side: Participant['side']): Participant {
  return chance(random, 0.5) ? { name, side, count: intBetween(random, 1, 25) } : { name, side };
}

export function visitParticipants(
  random: Random,
  hub: LocalizedText,
  cities: readonly LocalizedText[],
): Participant[] {
  const participants = [
    withCount(
      random,
      { pl: `Przedstawiciele miasta ${hub.pl}`, en: `Representatives of ${hub.en}` },
      'home',
    ),
    ...cities.map((city) =>
      withCount(
        random,
        { pl: `Delegacja z miasta ${city.pl}`, en: `Delegation from ${city.en}` },
        'foreign',
      ),
    ),
  ];
  if (chance(random, 0.3)) participants.push(withCount(random, pick(random, OTHERS), 'other'));
  return participants;
}
