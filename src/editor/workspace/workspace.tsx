import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { DataPath } from '../../data/validation/problem';
import type { Language } from '../../i18n/languages';
import { editorSections } from '../entities/sections';
import { useEditorText } from '../i18n/use-editor-text';
import { fieldFor } from '../validation/field-id';
import { FocusedFieldAnnouncer } from '../validation/focused-field-announcer';
import { ProblemList } from '../validation/problem-list';
import { RevealContext, type RevealRequest } from '../validation/reveal';
import type { OpenNotes } from '../start/open-bytes';
import { useFileDrop } from '../start/use-file-drop';
import { EditorHeader } from './editor-header';
import { OpenNotesNotice } from './open-notes';
import { SectionNav } from './section-nav';
import { useCurrentSection } from './use-current-section';

interface WorkspaceProps {
  readonly onLanguage: (language: Language) => void;
  /** What the reader noticed about the file when it was opened. */
  readonly notes: OpenNotes | null;
  /** The header's preview and handover buttons (see EditorHeader). */
  readonly actions?: ReactNode;
}

function ignoreDroppedFile(): void {}

/** The section that edits a path's top-level key; the current one for the whole file. */
function sectionOf(path: DataPath, current: string): string {
  const [part] = path;
  return editorSections.find((section) => section.parts.includes(String(part)))?.id ?? current;
}

/** The editor once a file is open: header, sections, the section being edited, problems. */
export function Workspace({ onLanguage, notes, actions }: WorkspaceProps) {
  const { t } = useEditorText();
  const [current, setCurrent] = useCurrentSection(editorSections.map((entry) => entry.id));
  const [reveal, setReveal] = useState<RevealRequest | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const section = editorSections.find((candidate) => candidate.id === current) ?? editorSections[0];
  const parts = Object.fromEntries(
    editorSections.flatMap((entry) => entry.parts.map((part) => [part, entry.title(t)])),
  );

  useEffect(function focusTheSectionOnOpen() {
    // The button that opened the file is gone: focus starts at the top of the work instead.
    if (document.activeElement === document.body) heading.current?.focus();
  }, []);

  useEffect(
    function focusRevealedField() {
      if (reveal === null) return;
      // A frame later: the section may first open the entry the field belongs to.
      const frame = requestAnimationFrame(() => {
        const field = fieldFor(reveal.path, (id) => document.getElementById(id));
        (field ?? heading.current)?.focus();
        field?.scrollIntoView({ block: 'center' });
      });
      return function cancelFocus() {
        cancelAnimationFrame(frame);
      };
    },
    [reveal],
  );

  // A file dropped here must not replace the editor in the tab; opening another file is
  // the start screen's job.
  const dragging = useFileDrop(ignoreDroppedFile);

  const goTo = (path: DataPath) => {
    setCurrent(sectionOf(path, current));
    setReveal((last) => ({ path, seq: (last?.seq ?? 0) + 1 }));
  };

  return (
    <div className="editor">
      <EditorHeader onLanguage={onLanguage} actions={actions} />
      <div className="editor-body">
        <SectionNav
          sections={editorSections}
          current={current}
          onChoose={(id) => {
            setCurrent(id);
            setReveal(null);
          }}
        />
        <main className="editor-main">
          <OpenNotesNotice notes={notes} />
          {section && (
            <section aria-labelledby="section-heading">
              <h2 id="section-heading" className="editor-main__heading" ref={heading} tabIndex={-1}>
                {section.title(t)}
              </h2>
              <RevealContext value={reveal}>
                <section.Component />
              </RevealContext>
            </section>
          )}
        </main>
        <aside className="editor-problems" aria-labelledby="problem-list-heading">
          <ProblemList parts={parts} onGoTo={goTo} />
        </aside>
        <FocusedFieldAnnouncer />
      </div>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>{t.start.dropInWorkspace}</p>
        </div>
      )}
    </div>
  );
}
