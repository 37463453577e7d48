import type { ComponentType } from 'react';
import type { EditorMessages } from '../i18n/pl';
import { CitiesSection, SourcesSection, ThemesSection, VisitsSection } from './entity-sections';
import { HubForm } from './hub-form';
import { formsTextFor } from './use-forms-text';

/** One part of the editor, with its own entry in the navigation. */
export interface EditorSection {
  readonly id: string;
  readonly title: (t: EditorMessages) => string;
  /** The file's top-level keys it edits: a problem there opens this section. */
  readonly parts: readonly string[];
  readonly Component: ComponentType;
}

/** The clerk's everyday work first (visits), the host city last. */
export const editorSections: readonly EditorSection[] = [
  {
    id: 'visits',
    title: (t) => formsTextFor(t).listNames.visits,
    parts: ['visits'],
    Component: VisitsSection,
  },
  {
    id: 'cities',
    title: (t) => formsTextFor(t).listNames.cities,
    parts: ['cities'],
    Component: CitiesSection,
  },
  {
    id: 'themes',
    title: (t) => formsTextFor(t).listNames.themes,
    parts: ['themes'],
    Component: ThemesSection,
  },
  {
    id: 'sources',
    title: (t) => formsTextFor(t).listNames.sources,
    parts: ['sources'],
    Component: SourcesSection,
  },
  { id: 'hub', title: (t) => t.sections.hub, parts: ['hub'], Component: HubForm },
];
