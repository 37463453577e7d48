import { isId } from '../contract-constants';
import { error, isRecord, type Entry, type ListName } from './entries';
import type { ReferenceKind } from './messages';
import type { DataPath, Problem } from './problem';
import type { Wording } from './wording';

/** Past this many distinct unknown ids, stop suggesting: the file needs a different fix. */
const MAX_SUGGESTIONS = 200;

/** Resolves the ids a visit names (cities, themes, source) to usable entries. */
export class References {
  private readonly accepted: ReadonlySet<string>;
  /** Every id written in the list, loosely (lowercase, no diacritics), with where it is. */
  private declared: Map<string, string> | undefined;
  private suggester: ReturnType<Wording['suggester']> | undefined;
  private readonly suggestions = new Map<string, string | undefined>();

  constructor(
    private readonly kind: ReferenceKind,
    private readonly list: ListName,
    private readonly raw: readonly unknown[],
    accepted: readonly Entry<{ id: string }>[],
    private readonly wording: Wording,
  ) {
    this.accepted = new Set(accepted.map((entry) => entry.value.id));
  }

  /** A problem when `id` does not lead to a usable entry. */
  check(id: string, path: DataPath): Problem | undefined {
    if (this.accepted.has(id)) return undefined;
    // What is wrong is worked out only now: a valid file never needs it.
    const { messages, plain } = this.wording;
    const declared = this.declaredIds();
    const where = declared.get(plain(id.trim()));
    if (where !== undefined) return error(path, messages.skippedReference(this.kind, id, where));
    const suggestion = this.suggest(id);
    const at = suggestion === undefined ? undefined : declared.get(plain(suggestion));
    return error(path, messages.unknownReference(this.kind, id, suggestion, at));
  }

  private declaredIds(): Map<string, string> {
    if (this.declared) return this.declared;
    const declared = new Map<string, string>();
    this.raw.forEach((entry, index) => {
      if (!isRecord(entry) || typeof entry.id !== 'string') return;
      const key = this.wording.plain(entry.id.trim());
      if (!declared.has(key)) declared.set(key, `${this.list}[${index}]`);
    });
    return (this.declared = declared);
  }

  private suggest(id: string): string | undefined {
    if (!this.suggestions.has(id) && this.suggestions.size < MAX_SUGGESTIONS) {
      // Suggest only ids that are well formed: never an id the validator itself rejects.
      this.suggester ??= this.wording.suggester([
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
