import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ComponentType,
} from 'react';
import { useRevealRequest } from '../validation/reveal';
import { fieldId } from '../validation/field-id';
import { useWorkingCopy } from '../working-copy/working-copy-context';
import { AddEntry } from './add-entry';
import { DeleteEntry } from './delete-entry';
import {
  entriesOf,
  filterEntries,
  summarize,
  summarizeKept,
  type EntityList,
} from './entity-lists';
import { EntryList } from './entry-list';
import { duplicateEntry } from './new-entry';
import { useFormsText } from './use-forms-text';
import './entities.css';

/** The form of one entry: every field at `[list, index, …]`. */
export type EntryForm = ComponentType<{ readonly index: number }>;

interface EntitySectionProps {
  readonly list: EntityList;
  readonly Form: EntryForm;
}

type Panel = { kind: 'none' } | { kind: 'add' } | { kind: 'delete'; index: number };

/**
 * One list of the file (visits, cities…): a filter, the entries, and the form of the one being
 * edited. Only one form is drawn at a time, so a list of hundreds stays quick.
 */
export function EntitySection({ list, Form }: EntitySectionProps) {
  const { f, language } = useFormsText();
  const { draft, dispatch, problems } = useWorkingCopy();
  const [open, setOpen] = useState<number | null>(null);
  const [panel, setPanel] = useState<Panel>({ kind: 'none' });
  const [query, setQuery] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const formRef = useRef<HTMLElement>(null);
  const filterId = useId();

  // The problem list asked for a field of an entry here: open that entry so the field exists.
  const reveal = useRevealRequest();
  // Not initialised with the current request: a section opened by it must still act on it.
  const [revealed, setRevealed] = useState<number | undefined>(undefined);
  if (reveal && reveal.seq !== revealed) {
    setRevealed(reveal.seq);
    const [part, index] = reveal.path;
    if (part === list && typeof index === 'number') setOpen(index);
  }

  const entries = entriesOf(draft, list);
  const summaries = useMemo(
    () => entries.map((entry, index) => summarizeKept(list, entry, index, language)),
    [entries, list, language],
  );
  const shown = useMemo(() => filterEntries(summaries, query), [summaries, query]);
  const errorCounts = useMemo(() => {
    const counts = new Map<number, number>();
    for (const problem of problems) {
      const [part, index] = problem.path;
      if (part === list && typeof index === 'number' && problem.severity === 'error')
        counts.set(index, (counts.get(index) ?? 0) + 1);
    }
    return counts;
  }, [problems, list]);
  const openIndex = open !== null && open < entries.length ? open : null;

  // The rows' handlers stay the same functions while the clerk types, so the rows
  // (memoized) are not drawn again; what they need of the draft is read when clicked.
  const latest = useRef({ draft, dispatch, f, language });
  useEffect(function keepLatest() {
    latest.current = { draft, dispatch, f, language };
  });

  const edit = useCallback((index: number) => {
    setOpen(index);
    setPanel({ kind: 'none' });
    // The form is drawn on this render; focus it on the next frame so the reader starts there.
    requestAnimationFrame(() => formRef.current?.focus());
  }, []);

  const duplicate = useCallback(
    (index: number) => {
      const now = latest.current;
      const copy = duplicateEntry(now.draft, list, index);
      if (!copy) return;
      now.dispatch({ type: 'insert', path: [list, index + 1], value: copy });
      setAnnouncement(now.f.add.added(summarize(list, copy, index + 1, now.language).label));
      edit(index + 1);
    },
    [list, edit],
  );

  const askToDelete = useCallback((index: number) => setPanel({ kind: 'delete', index }), []);

  return (
    <div className="entity-section">
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <div className="entity-section__tools">
        <button
          type="button"
          className="button-primary"
          aria-expanded={panel.kind === 'add'}
          onClick={() => setPanel(panel.kind === 'add' ? { kind: 'none' } : { kind: 'add' })}
        >
          {f.add.open[list]}
        </button>
        <div className="entity-section__filter">
          <label htmlFor={filterId}>{f.lists.filter(f.listNames[list])}</label>
          <input
            id={filterId}
            type="search"
            className="field__input"
            value={query}
            aria-describedby={`${filterId}-hint ${filterId}-count`}
            onChange={(event) => setQuery(event.target.value)}
          />
          <p id={`${filterId}-hint`} className="field__hint">
            {f.lists.filterHint}
          </p>
          <p id={`${filterId}-count`} className="field__hint">
            {f.lists.shown(shown.length, summaries.length)}
          </p>
        </div>
      </div>
      {panel.kind === 'add' && (
        <AddEntry
          list={list}
          onCancel={() => setPanel({ kind: 'none' })}
          onAdded={(index, name) => {
            setAnnouncement(f.add.added(name));
            edit(index);
          }}
        />
      )}
      {panel.kind === 'delete' && (
        <DeleteEntry
          list={list}
          index={panel.index}
          onDone={(name) => {
            setPanel({ kind: 'none' });
            if (name !== undefined) {
              setAnnouncement(f.remove.removed(name));
              setOpen(null);
            }
          }}
        />
      )}
      <div className="entity-section__body">
        <EntryList
          list={list}
          entries={shown}
          total={summaries.length}
          openIndex={openIndex}
          errorCounts={errorCounts}
          onEdit={edit}
          onDuplicate={duplicate}
          onDelete={askToDelete}
        />
        {openIndex !== null && (
          <section
            ref={formRef}
            className="entity-form"
            id={fieldId([list, openIndex])}
            tabIndex={-1}
            aria-labelledby={`${fieldId([list, openIndex])}-heading`}
          >
            <div className="entity-form__head">
              <h3 id={`${fieldId([list, openIndex])}-heading`}>{summaries[openIndex]?.label}</h3>
              <button type="button" className="button-secondary" onClick={() => setOpen(null)}>
                {f.lists.close}
              </button>
            </div>
            <Form key={openIndex} index={openIndex} />
          </section>
        )}
      </div>
    </div>
  );
}
