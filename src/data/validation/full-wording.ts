import { messages } from './messages';
import { plain, suggest, Suggester } from './suggest';
import type { Wording } from './wording';

/** The validator's own words, for the command line and for a file with mistakes in the app. */
export const fullWording: Wording = {
  messages,
  suggest,
  suggester: (known) => new Suggester(known),
  plain,
};
