import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context';

interface ExternalLinkProps {
  href: string;
  children: ReactNode;
}

/** A link to another site: a new tab with no hold on the map, marked as such by eye and by ear. */
export function ExternalLink({ href, children }: ExternalLinkProps) {
  const { t } = useI18n();
  return (
    <a className="external-link" href={href} target="_blank" rel="noopener noreferrer">
      {children}
      {/* A no-break space keeps the arrow with the last word. */}
      <span aria-hidden="true">{'\u00a0↗'}</span>
      <span className="visually-hidden"> {t.embed.newTab}</span>
    </a>
  );
}
