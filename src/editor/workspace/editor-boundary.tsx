import { Component, type ReactNode } from 'react';
import type { EditorMessages } from '../i18n/pl';

interface BoundaryProps {
  readonly t: EditorMessages;
  readonly children: ReactNode;
}

/** Never a white page: a failure while drawing says so, offers a reload, keeps the details. */
export class EditorBoundary extends Component<BoundaryProps, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  render() {
    const { error } = this.state;
    const { t, children } = this.props;
    if (!error) return children;
    return (
      <main className="editor-failed" role="alert">
        <h1>{t.app.failed}</h1>
        <p>{t.app.failedHint}</p>
        <button type="button" className="button-primary" onClick={() => window.location.reload()}>
          {t.app.reload}
        </button>
        <details>
          <summary>{t.app.errorDetails}</summary>
          <pre>{error.stack ?? error.message}</pre>
        </details>
      </main>
    );
  }
}
