import { useId, type ReactNode } from 'react';

/** A row of controls named by the visible caption above them. */
export function FacetGroup({
  label,
  className,
  children,
}: {
  label: string;
  className: string;
  children: ReactNode;
}) {
  const labelId = useId();
  return (
    <div className={`facet-group ${className}`} role="group" aria-labelledby={labelId}>
      <span id={labelId} className="facet-group__label">
        {label}
      </span>
      {children}
    </div>
  );
}
