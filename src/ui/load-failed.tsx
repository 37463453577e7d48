import './load-failed.css';
import { useI18n } from '../i18n/i18n-context';

/** A part of the page that could not be shown, in words, with a way to try again. */
export function LoadFailed({ message, onRetry }: { message: string; onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <div className="load-failed" role="alert">
      <p>{message}</p>
      <button type="button" className="load-failed__retry" onClick={onRetry}>
        {t.app.retry}
      </button>
    </div>
  );
}
