import type { Direction } from '../../data/schema';
import { useI18n } from '../../i18n/i18n-context';
import { CountedToggle } from './counted-toggle';
import { FacetGroup } from './facet-group';
import type { FacetOption } from './facet-options';

/**
 * One of three, as toggle buttons like the view switch: a radio group would move the choice
 * with the arrow keys onto options that show nothing.
 */
export function DirectionChoice({
  options,
  onChoose,
}: {
  options: readonly FacetOption<Direction | null>[];
  onChoose: (direction: Direction | null) => void;
}) {
  const { t } = useI18n();
  return (
    <FacetGroup label={t.facets.direction.label} className="facet-direction">
      <div className="facet-group__options">
        {options.map((option) => (
          <CountedToggle
            key={option.value ?? 'all'}
            label={t.facets.direction[option.value ?? 'all']}
            option={option}
            noun={t.nouns.visit}
            onPress={() => !option.selected && onChoose(option.value)}
          />
        ))}
      </div>
    </FacetGroup>
  );
}
