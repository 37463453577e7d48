import { useId } from 'react';
import type { CooperationIndex } from '../../data/cooperation-index';
import type { FilterResult } from '../../data/filter-result';
import { useI18n } from '../../i18n/i18n-context';
import { CSV_MIME, downloadText, GEOJSON_MIME } from './download';
import { exportFileName } from './export-name';
import { visitsToCsv } from './to-csv';
import { citiesToGeoJson, serializeGeoJson } from './to-geojson';
import './export-buttons.css';

interface ExportButtonsProps {
  view: FilterResult;
  index: CooperationIndex;
  /** The active filters in words ("Sport", "2019"), for the file names. */
  filterLabels: readonly string[];
}

/** Downloads what the filters show, as CSV (spreadsheets) and GeoJSON (maps, GIS). */
export function ExportButtons({ view, index, filterLabels }: ExportButtonsProps) {
  const { t, language } = useI18n();
  const headingId = useId();
  const name = (extension: 'csv' | 'geojson') =>
    exportFileName({ base: t.export.fileBase, filters: filterLabels }, extension);

  function downloadCsv() {
    const csv = visitsToCsv(
      view,
      index,
      language,
      t.export.columns,
      {
        direction: { incoming: t.panel.incoming, outgoing: t.panel.outgoing },
        relation: { partner: t.legend.partner, informal: t.legend.informal },
      },
      // Excel splits a double-clicked file on the system's list separator: a semicolon
      // with Polish settings, a comma with English ones.
      { delimiter: language === 'pl' ? ';' : ',' },
    );
    downloadText(csv, name('csv'), CSV_MIME);
  }

  function downloadGeoJson() {
    downloadText(serializeGeoJson(citiesToGeoJson(view, language)), name('geojson'), GEOJSON_MIME);
  }

  return (
    <section className="export-buttons" aria-labelledby={headingId}>
      <h3 id={headingId}>{t.export.heading}</h3>
      <p className="export-buttons__hint">{t.export.hint}</p>
      <div className="export-buttons__row">
        <button type="button" onClick={downloadCsv}>
          {t.export.csv}
        </button>
        <button type="button" onClick={downloadGeoJson}>
          {t.export.geojson}
        </button>
      </div>
    </section>
  );
}
