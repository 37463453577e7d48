import { useMemo } from 'react';
import type { CooperationIndex } from '../data/cooperation-index';
import type { FilterResult } from '../data/filter-result';
import { ExportButtons } from '../features/export/export-buttons';
import { SummaryPanel } from '../features/summary/summary-panel';
import { summarize } from '../features/summary/summarize';
import { useI18n } from '../i18n/i18n-context';

/**
 * The summary of what the filters show and the downloads of it, beside the map. Loaded only
 * when someone opens it: the charts and the file writers stay out of the first bundle.
 */
export default function SummarySide({
  filtered,
  index,
  filterLabels,
}: {
  filtered: FilterResult;
  index: CooperationIndex;
  filterLabels: readonly string[];
}) {
  const { t, text, count } = useI18n();
  const summary = useMemo(() => summarize(filtered, index), [filtered, index]);
  return (
    <div className="workspace__summary">
      <SummaryPanel
        summary={summary}
        labels={{
          heading: t.summary.heading,
          visits: (n) => count(n, t.nouns.visit),
          cities: (n) => count(n, t.nouns.city),
          countries: (n) => count(n, t.nouns.country),
          byThemeTitle: t.summary.byTheme,
          byYearTitle: t.summary.byYear,
          themeLabel: (id) => {
            const theme = index.themesById.get(id);
            return theme ? text(theme.label) : id;
          },
          yearLabel: String,
          empty: t.summary.empty,
        }}
      />
      <ExportButtons view={filtered} index={index} filterLabels={filterLabels} />
    </div>
  );
}
