import { useEffect, useRef } from 'react';
import { useWorkingCopy } from '../working-copy/working-copy-context';
import { problemsIdSuffix } from './field-id';

/**
 * Says the problems of the field being typed in when they change (a polite live region), so
 * a screen reader hears "Błąd: tekst zaczyna się…" as it appears, not only when the field is
 * next focused. Silent when they go away: the problem count says so.
 */
export function FocusedFieldAnnouncer() {
  const { problems } = useWorkingCopy();
  const region = useRef<HTMLParagraphElement>(null);
  const said = useRef('');
  useEffect(
    function announceFocusedField() {
      const ids = document.activeElement?.getAttribute('aria-describedby')?.split(' ') ?? [];
      const listId = ids.find((id) => id.endsWith(problemsIdSuffix));
      const text = (listId && document.getElementById(listId)?.textContent) || '';
      if (text === said.current) return;
      said.current = text;
      if (region.current) region.current.textContent = text;
    },
    [problems],
  );
  return <p className="visually-hidden" role="status" ref={region} />;
}
