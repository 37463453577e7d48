import { editorMessages, useEditorText, type EditorText } from '../i18n/use-editor-text';
import type { EditorMessages } from '../i18n/pl';
import { formsEn } from '../i18n/forms-en';
import { formsPl, type FormsMessages } from '../i18n/forms-pl';

const formsMessages = { pl: formsPl, en: formsEn } as const;

/** The entity forms' and the handover's texts in the interface language, beside the editor's own. */
export function useFormsText(): EditorText & { readonly f: FormsMessages } {
  const text = useEditorText();
  return { ...text, f: formsMessages[text.language] };
}

/**
 * The forms' texts in the language of the editor's texts `t`: for the section titles, which
 * the workspace asks for with `t` alone.
 */
export function formsTextFor(t: EditorMessages): FormsMessages {
  return t === editorMessages.en ? formsEn : formsPl;
}
