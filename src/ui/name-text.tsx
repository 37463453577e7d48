import type { LocalizedText } from '../data/schema';
import { useI18n } from '../i18n/i18n-context';

/** "Archaeological Museum in Poznań (Muzeum Archeologiczne w Poznaniu)" → head and original. */
export function splitOriginal(english: string): { head: string; original: string } | null {
  const match = /^(.*\S) \(([^()]+)\)$/su.exec(english);
  return match ? { head: match[1]!, original: match[2]! } : null;
}

/**
 * A name from the data in the interface language. In English, the data gives Polish
 * originals in brackets ("… (Urząd Miasta Poznania)"): they are marked lang="pl" so screen
 * readers pronounce them as Polish (WCAG 3.1.2).
 */
export function NameText({ value }: { value: LocalizedText }) {
  const { language, text } = useI18n();
  const shown = text(value);
  const parts = language === 'en' ? splitOriginal(shown) : null;
  if (!parts) return <>{shown}</>;
  return (
    <>
      {parts.head} (<span lang="pl">{parts.original}</span>)
    </>
  );
}
