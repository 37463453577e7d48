import './states.css';

/** A visible, announced "loading" with a spinner that respects reduced motion. */
export function LoadingState({ message }: { message: string }) {
  return (
    <div className="loading-state" role="status">
      <span className="spinner" aria-hidden="true" />
      <p>{message}</p>
    </div>
  );
}
