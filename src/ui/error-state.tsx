import './states.css';

interface ErrorStateProps {
  title: string;
  hint: string;
  retryLabel: string;
  detailsLabel: string;
  details: readonly string[];
  onRetry: () => void;
  retrying: boolean;
}

/** What went wrong, in words, with a way to try again. */
export function ErrorState({
  title,
  hint,
  retryLabel,
  detailsLabel,
  details,
  onRetry,
  retrying,
}: ErrorStateProps) {
  return (
    <div className="error-state" role="alert">
      <h2>{title}</h2>
      <p>{hint}</p>
      <button type="button" className="button-primary" onClick={onRetry} disabled={retrying}>
        {retryLabel}
      </button>
      {details.length > 0 && (
        <details>
          <summary>{detailsLabel}</summary>
          <ul>
            {details.map((detail, index) => (
              <li key={index}>{detail}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
