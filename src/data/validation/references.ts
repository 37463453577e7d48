import { isId, type ListName } from '../contract-constants';
import { isRecord } from '../is-record';
import { error, type Finding, type Words } from './finding';
import type { ReferenceKind } from './messages';
import type { DataPath } from './problem';

/** Past this many distinct unknown ids, stop suggesting: the file needs a different fix. */
const MAX_SUGGESTIONS = 200;

/** Resolves the ids a visit names (cities, themes, source) to usable entries. */
export class References {
  private readonly accepted: ReadonlySet<string>;
  /** Every id written in the list, loosely (lowercase, no diacritics), with where it is. */
  private declared: Map<string, string> | undefined;
  private suggester: InstanceType<Words['Suggester']> | undefined;
  private readonly suggestions = new Map<string, string | undefined>();

  constructor(
    private readonly kind: ReferenceKind,
    private readonly list: ListName,
    private readonly raw: readonly unknown[],
    acceptedIds: Iterable<string>,
  ) {
    this.accepted = new Set(acceptedIds);
  }

  /** A finding when `id` does not lead to a usable entry. */
  check(id: string, path: () => DataPath): Finding | undefined {
    if (this.accepted.has(id)) return undefined;
    // What is wrong is worked out only when put into words: a valid file never needs it.
    return error(path(), (words) => this.describe(id, words));
  }

  private describe(id: string, words: Words) {
    const declared = this.declaredIds(words);
    const where = declared.get(words.plain(id.trim()));
    if (where !== undefined) return words.messages.skippedReference(this.kind, id, where);
    const suggestion = this.suggest(id, words);
    const at = suggestion === undefined ? undefined : declared.get(words.plain(suggestion));
    return words.messages.unknownReference(this.kind, id, suggestion, at);
  }

  private declaredIds({ plain }: Words): Map<string, string> {
    if (this.declared) return this.declared;
    const declared = new Map<string, string>();
    this.raw.forEach((entry, index) => {
      if (!isRecord(entry) || typeof entry.id !== 'string') return;
      const key = plain(entry.id.trim());
      if (!declared.has(key)) declared.set(key, `${this.list}[${index}]`);
    });
    return (this.declared = declared);
  }

  private suggest(id: string, { Suggester }: Words): string | undefined {
    if (!this.suggestions.has(id) && this.suggestions.size < MAX_SUGGESTIONS) {
      // Suggest only ids that are well formed: never an id the validator itself rejects.
      this.suggester ??= new Suggester([
        ...this.accepted,
        ...this.raw.flatMap((entry) =>
          isRecord(entry) && typeof entry.id === 'string' && isId(entry.id) ? [entry.id] : [],
        ),
      ]);
      this.suggestions.set(id, this.suggester.suggest(id));
    }
    return this.suggestions.get(id);
  }
}
