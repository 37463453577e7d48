import { useI18n } from '../../i18n/i18n-context';
import type { PluralForms } from '../../i18n/plural';
import type { FacetOption } from './facet-options';

interface CountedToggleProps {
  label: string;
  option: FacetOption<unknown>;
  /** What the count counts: visits or cities. */
  noun: PluralForms;
  onPress: () => void;
}

/** A toggle button showing its count; disabled ones keep focus so their name can explain. */
export function CountedToggle({ label, option, noun, onPress }: CountedToggleProps) {
  const { t, count, formatNumber } = useI18n();
  return (
    <button
      type="button"
      className="filter-chip"
      aria-label={t.facets.option(label, count(option.count, noun))}
      aria-pressed={option.selected}
      aria-disabled={option.disabled}
      onClick={() => !option.disabled && onPress()}
    >
      <span className="filter-chip__check" aria-hidden="true">
        {option.selected ? '✓' : ''}
      </span>
      {label} <span className="filter-chip__count">{formatNumber(option.count)}</span>
    </button>
  );
}
