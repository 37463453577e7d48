import type { Relation } from '../../data/schema';
import { useI18n } from '../../i18n/i18n-context';
import { CountedToggle } from './counted-toggle';
import { FacetGroup } from './facet-group';
import type { FacetOption } from './facet-options';

/** Any of the two kinds of cooperation; none chosen means both. */
export function RelationChoice({
  options,
  onToggle,
}: {
  options: readonly FacetOption<Relation>[];
  onToggle: (relation: Relation) => void;
}) {
  const { t } = useI18n();
  return (
    <FacetGroup label={t.facets.relation.label} className="facet-relation">
      <div className="facet-group__options">
        {options.map((option) => (
          <CountedToggle
            key={option.value}
            label={t.facets.relation[option.value]}
            option={option}
            noun={t.nouns.city}
            onPress={() => onToggle(option.value)}
          />
        ))}
      </div>
    </FacetGroup>
  );
}
