import type { EditorSection } from '../entities/sections';
import { useEditorText } from '../i18n/use-editor-text';

interface SectionNavProps {
  readonly sections: readonly EditorSection[];
  readonly current: string;
  readonly onChoose: (id: string) => void;
}

/** The parts of the file; the current one is marked for screen readers too (aria-current). */
export function SectionNav({ sections, current, onChoose }: SectionNavProps) {
  const { t } = useEditorText();
  return (
    <nav className="section-nav" aria-label={t.sections.nav}>
      <ul>
        {sections.map((section) => (
          <li key={section.id}>
            <button
              type="button"
              className="section-nav__item"
              aria-current={section.id === current ? 'page' : undefined}
              onClick={() => onChoose(section.id)}
            >
              {section.title(t)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
