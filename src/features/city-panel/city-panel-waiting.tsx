import './city-panel.css';
import { useId } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { LoadFailed } from '../../ui/load-failed';
import { LoadingState } from '../../ui/loading-state';
import { PanelHeading } from './panel-heading';

interface CityPanelWaitingProps {
  cityId: string;
  name: string;
  /** Given when the panel's code could not be loaded: tries again. */
  onRetry?: (() => void) | undefined;
  focusOnOpen: boolean;
  onClose: () => void;
}

/**
 * Stands in for the city's panel while its code loads, or says that it could not: named after
 * the city, with the close button, so it never traps a phone's bottom sheet.
 */
export function CityPanelWaiting({
  cityId,
  name,
  onRetry,
  focusOnOpen,
  onClose,
}: CityPanelWaitingProps) {
  const { t } = useI18n();
  const headingId = useId();
  return (
    <section className="city-panel city-panel--waiting" aria-labelledby={headingId}>
      <header className="city-panel__header">
        <PanelHeading
          id={headingId}
          cityId={cityId}
          name={name}
          focusOnOpen={focusOnOpen}
          onClose={onClose}
        />
      </header>
      <div className="city-panel__body">
        {onRetry ? (
          <LoadFailed message={t.panel.codeFailed} onRetry={onRetry} />
        ) : (
          <LoadingState message={t.panel.loading} />
        )}
      </div>
    </section>
  );
}
