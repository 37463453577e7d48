import { memo } from 'react';
import { useFormsText } from './use-forms-text';
import type { EntityList, EntrySummary } from './entity-lists';

interface EntryListProps {
  readonly list: EntityList;
  readonly entries: readonly EntrySummary[];
  readonly total: number;
  readonly openIndex: number | null;
  readonly errorCounts: ReadonlyMap<number, number>;
  readonly onEdit: (index: number) => void;
  readonly onDuplicate: (index: number) => void;
  readonly onDelete: (index: number) => void;
}

/** The entries of one list, each with its actions; the one being edited is marked. */
export function EntryList(props: EntryListProps) {
  const { f } = useFormsText();
  const { entries, total } = props;
  if (total === 0) return <p className="entry-list__empty">{f.lists.empty}</p>;
  if (entries.length === 0) return <p className="entry-list__empty">{f.lists.noMatch}</p>;
  return (
    <ul className="entry-list" aria-label={f.listNames[props.list]}>
      {entries.map((entry) => (
        <EntryRow
          key={entry.index}
          entry={entry}
          open={props.openIndex === entry.index}
          errors={props.errorCounts.get(entry.index) ?? 0}
          onEdit={props.onEdit}
          onDuplicate={props.onDuplicate}
          onDelete={props.onDelete}
        />
      ))}
    </ul>
  );
}

interface EntryRowProps {
  readonly entry: EntrySummary;
  readonly open: boolean;
  readonly errors: number;
  readonly onEdit: (index: number) => void;
  readonly onDuplicate: (index: number) => void;
  readonly onDelete: (index: number) => void;
}

/** Memoized: typing in one entry's form redraws that row only. */
const EntryRow = memo(function EntryRow({
  entry,
  open,
  errors,
  onEdit,
  onDuplicate,
  onDelete,
}: EntryRowProps) {
  const { f, t, count } = useFormsText();
  const named = (action: string) => `${action}: ${entry.label}`;
  return (
    <li className={`entry-row${open ? ' entry-row--open' : ''}`}>
      <button
        type="button"
        className="entry-row__main"
        aria-current={open || undefined}
        onClick={() => onEdit(entry.index)}
      >
        <span className="entry-row__label">{entry.label}</span>
        <span className="entry-row__meta">
          {[entry.detail, entry.id].filter(Boolean).join(' · ')}
          {errors > 0 && (
            <span className="problem-badge problem-badge--error">
              {f.lists.problems(count(errors, t.nouns.error))}
            </span>
          )}
        </span>
      </button>
      <span className="entry-row__actions">
        <button
          type="button"
          className="button-secondary button-small"
          onClick={() => onDuplicate(entry.index)}
        >
          <span aria-hidden="true">{f.lists.duplicate}</span>
          <span className="visually-hidden">{named(f.lists.duplicate)}</span>
        </button>
        <button
          type="button"
          className="button-secondary button-small"
          onClick={() => onDelete(entry.index)}
        >
          <span aria-hidden="true">{f.lists.delete}</span>
          <span className="visually-hidden">{named(f.lists.delete)}</span>
        </button>
      </span>
    </li>
  );
});
