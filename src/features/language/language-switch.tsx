import { useI18n } from '../../i18n/i18n-context';
import { LANGUAGES, type Language } from '../../i18n/languages';

/** Polski / English: each button is named in its own language. */
export function LanguageSwitch({ onChange }: { onChange: (language: Language) => void }) {
  const { t, language } = useI18n();
  return (
    <div className="language-switch" role="group" aria-label={t.app.languageSwitch}>
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === language}
          onClick={() => onChange(option)}
        >
          {t.languages[option]}
        </button>
      ))}
    </div>
  );
}
