import { useId } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { LoadingState } from '../../ui/loading-state';
import { PanelHeading } from './panel-heading';

interface CityPanelWaitingProps {
  cityId: string;
  name: string;
  /** The panel's code could not be loaded. */
  failed: boolean;
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
  failed,
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
        {failed ? (
          <p role="alert">{t.panel.codeFailed}</p>
        ) : (
          <LoadingState message={t.panel.loading} />
        )}
      </div>
    </section>
  );
}
