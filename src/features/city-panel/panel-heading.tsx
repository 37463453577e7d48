import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/i18n-context';

interface PanelHeadingProps {
  id: string;
  cityId: string;
  name: string;
  /** Move focus to the heading when the panel opens (not when it opens from a link). */
  focusOnOpen: boolean;
  onClose: () => void;
}

/**
 * The city's name and the close button, at the top of the panel, and of the panel that stands
 * in for it while its code loads: the panel can be closed from its first frame.
 */
export function PanelHeading({ id, cityId, name, focusOnOpen, onClose }: PanelHeadingProps) {
  const { t } = useI18n();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(
    function focusHeading() {
      if (focusOnOpen) headingRef.current?.focus();
    },
    [cityId, focusOnOpen],
  );
  return (
    <>
      <h2 id={id} ref={headingRef} tabIndex={-1} className="city-panel__title">
        {name}
      </h2>
      <button type="button" className="city-panel__close" onClick={onClose}>
        <span aria-hidden="true">✕</span>
        <span className="visually-hidden">{t.panel.close}</span>
      </button>
    </>
  );
}
