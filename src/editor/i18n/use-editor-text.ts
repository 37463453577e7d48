import { createContext, useContext } from 'react';
import type { Language } from '../../i18n/languages';
import { countNoun, type PluralForms } from '../../i18n/plural';
import { en } from './en';
import { pl, type EditorMessages } from './pl';

export const editorMessages: Record<Language, EditorMessages> = { pl, en };

export interface EditorText {
  readonly language: Language;
  readonly t: EditorMessages;
  /** "3 błędy", "1 warning". */
  readonly count: (count: number, forms: PluralForms) => string;
}

export function editorText(language: Language): EditorText {
  return {
    language,
    t: editorMessages[language],
    count: (count, forms) => countNoun(language, count, forms),
  };
}

export const EditorTextContext = createContext<EditorText | null>(null);

/** The editor's texts in the interface language. */
export function useEditorText(): EditorText {
  const value = useContext(EditorTextContext);
  if (!value) {
    throw new Error('useEditorText() can only be used in a descendant of <EditorTextContext>');
  }
  return value;
}
