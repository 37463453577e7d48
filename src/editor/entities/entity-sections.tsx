import { CsvImport } from '../handover/csv-import';
import { CityForm } from './city-form';
import { EntitySection } from './entity-section';
import { SourceForm } from './source-form';
import { ThemeForm } from './theme-form';
import { VisitForm } from './visit-form';

export function VisitsSection() {
  return (
    <>
      <EntitySection list="visits" Form={VisitForm} />
      <CsvImport />
    </>
  );
}

export function CitiesSection() {
  return <EntitySection list="cities" Form={CityForm} />;
}

export function ThemesSection() {
  return <EntitySection list="themes" Form={ThemeForm} />;
}

export function SourcesSection() {
  return <EntitySection list="sources" Form={SourceForm} />;
}
