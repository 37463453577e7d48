import type { messages } from './messages';
import type { Bilingual, DataPath } from './problem';
import type { plain, suggest, Suggester } from './suggestions';

/**
 * What the precise path puts problems into words with: the validator's messages and its
 * guesses at what was meant. Only types here: the quick path never loads the words.
 */
export interface Words {
  readonly messages: typeof messages;
  readonly suggest: typeof suggest;
  readonly Suggester: typeof Suggester;
  readonly plain: typeof plain;
}

/**
 * A problem as the checks find it, before it is put into words. The quick path only notes
 * that there is one (the file then goes to the precise path); the precise path calls
 * `describe`, so working out what is wrong (a suggestion, say) costs nothing on a valid file.
 */
export interface Finding {
  readonly severity: 'error' | 'warning';
  readonly path: DataPath;
  /** 'key': the property's name is wrong (e.g. an unknown key), not its value. */
  readonly at?: 'key' | 'value';
  readonly describe: (words: Words) => Bilingual;
}

/** Where the checks hand each finding, as they find it. */
export type Report = (finding: Finding) => void;

export function error(path: DataPath, describe: Finding['describe']): Finding {
  return { severity: 'error', path, describe };
}

export function warning(path: DataPath, describe: Finding['describe']): Finding {
  return { severity: 'warning', path, describe };
}

/** Errors leave the entry out; warnings alone do not. */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}
