import { useState } from 'react';
import { useI18n } from '../i18n/i18n-context';

interface DataNoticeProps {
  /** Entries of the data file left out because of errors. */
  skipped: number;
  wrongEncoding: boolean;
}

/**
 * A quiet, visible note that the map shows less than the data file holds, so nobody takes a
 * missing city for a missing partnership. The details are in the console for the maintainer.
 */
export function DataNotice({ skipped, wrongEncoding }: DataNoticeProps) {
  const { t, count } = useI18n();
  const [hidden, setHidden] = useState(false);
  if (hidden || (skipped === 0 && !wrongEncoding)) return null;
  return (
    <div className="data-notice" role="status">
      <p>
        {skipped > 0 && <strong>{t.dataNotice.skipped(count(skipped, t.nouns.entry))} </strong>}
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
