import { useRef } from 'react';
import { isId } from '../../data/contract-constants';
import { TextField } from '../fields/text-field';
import { getAt } from '../working-copy/json-path';
import { useWorkingCopy } from '../working-copy/working-copy-context';
import { entriesOf, idsIn, REFERRED_AS, type EntityList } from './entity-lists';
import { renameReferences } from './references';
import { useFormsText } from './use-forms-text';

/**
 * The id of the entry at `[list, index]`. When the clerk leaves the field with a new, free and
 * well-formed id, the visits that named the old one follow it. Only then, not at every key:
 * halfway through typing, the id may be another entry's, whose references must stay apart.
 */
export function IdField({ list, index }: { readonly list: EntityList; readonly index: number }) {
  const { f } = useFormsText();
  const { draft, dispatch } = useWorkingCopy();
  const path = [list, index, 'id'] as const;
  const before = useRef<unknown>(undefined);
  const kind = REFERRED_AS[list];

  function follow() {
    const from = before.current;
    const to = getAt(draft, path);
    before.current = undefined;
    if (!kind || typeof from !== 'string' || typeof to !== 'string' || from === to) return;
    const others = idsIn({ [list]: entriesOf(draft, list).filter((_, i) => i !== index) }, list);
    if (!isId(to) || others.has(to) || others.has(from)) return;
    dispatch({ type: 'replace', draft: renameReferences(draft, kind, from, to) });
  }

  return (
    <div
      onFocus={() => {
        before.current ??= getAt(draft, path);
      }}
      onBlur={follow}
    >
      <TextField path={path} label={f.lists.idLabel} hint={kind ? f.add.idFollows : f.add.idHint} />
    </div>
  );
}
