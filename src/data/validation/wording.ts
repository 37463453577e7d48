import type { messages } from './messages';

/**
 * How the checks put a problem into words: the validator's messages (Polish and English) and
 * its guesses at what was meant. The app's quick path loads neither: a file with any problem
 * is handed to the precise checks, which do (see quick-validate.ts and full-wording.ts).
 */
export interface Wording {
  readonly messages: typeof messages;
  /** The known value closest to a mistyped one, if any is close enough. */
  readonly suggest: (value: string, known: Iterable<string>) => string | undefined;
  /** The same, prepared once for many look-ups among the same known values. */
  readonly suggester: (known: Iterable<string>) => {
    suggest: (value: string) => string | undefined;
  };
  /** Lowercase, without diacritics: how a mistyped id is matched to a written one. */
  readonly plain: (value: string) => string;
}
