import './data-notice.css';
import { useState } from 'react';
import { useI18n } from '../i18n/i18n-context';

interface DataNoticeProps {
  /** Entries of the data file left out because of errors. */
  skipped: number;
  /** Everything found wrong with the file, errors and warnings, whether or not it left something out. */
  problems: number;
  wrongEncoding: boolean;
}

/**
 * A quiet, visible note that the data file has mistakes: that the map shows less than the
 * file holds (so nobody takes a missing city for a missing partnership), or, when nothing was
 * left out, how many problems there are (a key written twice, an unknown list), so none goes
 * unnoticed. The details are in the console for the maintainer.
 */
export function DataNotice({ skipped, problems, wrongEncoding }: DataNoticeProps) {
  const { t, count } = useI18n();
  const [hidden, setHidden] = useState(false);
  if (hidden || (skipped === 0 && problems === 0 && !wrongEncoding)) return null;
  const what =
    skipped > 0
      ? t.dataNotice.skipped(count(skipped, t.nouns.entry))
      : problems > 0
        ? t.dataNotice.problems(count(problems, t.nouns.problem))
        : undefined;
  return (
    <div className="data-notice" role="status">
      <p>
        {what !== undefined && <strong>{what} </strong>}
        {wrongEncoding && <strong>{t.dataNotice.wrongEncoding} </strong>}
        <span className="data-notice__hint">{t.dataNotice.hint}</span>
      </p>
      <button
        type="button"
        className="data-notice__dismiss"
        aria-label={t.dataNotice.dismiss}
        title={t.dataNotice.dismiss}
        onClick={() => setHidden(true)}
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
