import { error, isRecord, type Entry, type ListName } from './entries';
import { messages, type ReferenceKind } from './messages';
import type { DataPath, Problem } from './problem';
import { plain, Suggester } from './suggest';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Past this many distinct unknown ids, stop suggesting: the file needs a different fix. */
const MAX_SUGGESTIONS = 200;

/** Resolves the ids a visit names (cities, themes, source) to usable entries. */
export class References {
  private readonly accepted: ReadonlySet<string>;
  /** Every id written in the list, loosely (lowercase, no diacritics), with where it is. */
  private readonly declared = new Map<string, string>();
  private readonly suggester: Suggester;
  private readonly suggestions = new Map<string, string | undefined>();

  constructor(
    private readonly kind: ReferenceKind,
    list: ListName,
    raw: readonly unknown[],
    accepted: readonly Entry<{ id: string }>[],
  ) {
    this.accepted = new Set(accepted.map((entry) => entry.value.id));
    raw.forEach((entry, index) => {
      if (!isRecord(entry) || typeof entry.id !== 'string') return;
      const key = plain(entry.id.trim());
      if (!this.declared.has(key)) this.declared.set(key, `${list}[${index}]`);
    });
    // Suggest only ids that are well formed: never an id the validator itself rejects.
    const wellFormed = raw.flatMap((entry) =>
      isRecord(entry) && typeof entry.id === 'string' && ID.test(entry.id) ? [entry.id] : [],
    );
    this.suggester = new Suggester([...this.accepted, ...wellFormed]);
  }

  /** A problem when `id` does not lead to a usable entry. */
  check(id: string, path: DataPath): Problem | undefined {
    if (this.accepted.has(id)) return undefined;
    const where = this.declared.get(plain(id.trim()));
    if (where !== undefined) return error(path, messages.skippedReference(this.kind, id, where));
    const suggestion = this.suggest(id);
    const at = suggestion === undefined ? undefined : this.declared.get(plain(suggestion));
    return error(path, messages.unknownReference(this.kind, id, suggestion, at));
  }

  private suggest(id: string): string | undefined {
    if (!this.suggestions.has(id) && this.suggestions.size < MAX_SUGGESTIONS) {
      this.suggestions.set(id, this.suggester.suggest(id));
    }
    return this.suggestions.get(id);
  }
}
