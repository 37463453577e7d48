import type { ReactNode } from 'react';
import type { DataPath } from '../../data/validation/problem';
import { FieldProblems } from '../validation/field-problems';

interface FieldFrameProps {
  readonly path: DataPath;
  readonly id: string;
  readonly label: ReactNode;
  readonly hint?: string | undefined;
  readonly hintId: string;
  readonly children: ReactNode;
}

/** A label above its input, a hint, and the problems below: every field's layout. */
export function FieldFrame({ path, id, label, hint, hintId, children }: FieldFrameProps) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {children}
      <FieldProblems path={path} />
    </div>
  );
}
