import { useEditorText } from '../i18n/use-editor-text';
import { previewEn } from './preview-en';
import { previewPl, type PreviewText } from './preview-pl';

/** The preview's words in the editor's language, and that language. */
export function usePreviewText() {
  const { language } = useEditorText();
  const t: PreviewText = language === 'en' ? previewEn : previewPl;
  return { t, language };
}
