import type { ComponentType } from 'react';
import type { EditorMessages } from '../i18n/pl';
import { HubForm } from './hub-form';

/** One part of the editor, with its own entry in the navigation. */
export interface EditorSection {
  readonly id: string;
  readonly title: (t: EditorMessages) => string;
  /** The file's top-level keys it edits: a problem there opens this section. */
  readonly parts: readonly string[];
  readonly Component: ComponentType;
}

export const editorSections: readonly EditorSection[] = [
  { id: 'hub', title: (t) => t.sections.hub, parts: ['hub'], Component: HubForm },
];
