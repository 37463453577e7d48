import { useEditorText } from '../i18n/use-editor-text';
import { ProblemText } from '../validation/field-problems';
import type { Fetched } from './fetch-deployed';
import { MAX_FILE_BYTES, type Opened } from './open-bytes';

/** Why nothing was opened: the file (as read), the download, or the disk. */
export type OpenFailure =
  | Extract<Opened, { ok: false }>
  | Extract<Fetched, { ok: false }>
  | { readonly ok: false; readonly why: 'unreadable' };

/** What went wrong, as precisely as known, and the other ways to start. */
export function OpenFailureMessage({
  failure,
  fileName,
}: {
  failure: OpenFailure;
  fileName: string;
}) {
  const { t } = useEditorText();
  const { load } = t;
  const reason = (() => {
    switch (failure.why) {
      case 'network':
        return load.network;
      case 'timeout':
        return load.timeout;
      case 'http':
        return load.http(failure.status);
      case 'not-text':
        return load.notText;
      case 'empty':
        return load.empty;
      case 'web-page':
        return load.webPage;
      case 'not-json':
        return load.notJson;
      case 'not-object':
        return load.notObject;
      case 'too-large':
        return load.tooLarge(MAX_FILE_BYTES / 1024 / 1024);
      case 'unreadable':
        return load.unreadable;
    }
  })();
  return (
    <div className="open-failure" role="alert">
      <h2 className="open-failure__heading">{t.start.failedHeading}</h2>
      <p className="open-failure__file">
        {t.header.file}: <span className="open-failure__name">{fileName}</span>
      </p>
      <p>
        {reason}
        {failure.why === 'not-json' && failure.at && (
          <> {load.at(failure.at.line, failure.at.column)}</>
        )}
      </p>
      {failure.why === 'not-json' && failure.detail && (
        <p className="open-failure__detail">
          {load.parserSays}: <code>{failure.detail}</code>
        </p>
      )}
      {failure.why === 'not-object' && (
        <ul className="field-problems">
          {failure.problems.map((problem, index) => (
            <li key={index} className={`field-problem field-problem--${problem.severity}`}>
              <ProblemText problem={problem} />
            </li>
          ))}
        </ul>
      )}
      <p>{t.start.tryOther}</p>
    </div>
  );
}
