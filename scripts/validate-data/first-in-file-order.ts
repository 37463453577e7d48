import type { Problem } from '../../src/data/validation/problem.ts';

export interface Located {
  readonly line: number;
  readonly column: number;
  readonly problem: Problem;
}

const byPosition = (a: Located, b: Located) => a.line - b.line || a.column - b.column;

/**
 * Keeps the first `max` problems in file order (ties in the order found) and counts all of
 * them, holding at most twice `max` at any time: a broken file may have millions.
 */
export class FirstInFileOrder {
  private kept: Located[] = [];
  errors = 0;
  warnings = 0;

  constructor(private readonly max: number) {}

  add(entry: Located): void {
    this.countUnlisted(entry.problem.severity, 1);
    if (this.max <= 0) return;
    this.kept.push(entry);
    // Sorting is stable, so among problems at one position the earlier found stay first.
    if (this.kept.length >= 2 * this.max) this.kept = this.kept.sort(byPosition).slice(0, this.max);
  }

  /** Problems counted but never shown (the validator knows only how many there were). */
  countUnlisted(severity: Problem['severity'], count: number): void {
    if (severity === 'error') this.errors += count;
    else this.warnings += count;
  }

  first(): Located[] {
    return [...this.kept].sort(byPosition).slice(0, this.max);
  }
}
