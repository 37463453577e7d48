/** What kind of failure: it decides what the person is told to do about it. */
export type DataLoadErrorKind = 'network' | 'http' | 'format';

/** Why the data file could not be used; `details` lists what a maintainer needs to fix it. */
export class DataLoadError extends Error {
  readonly kind: DataLoadErrorKind;
  readonly details: readonly string[];

  constructor(kind: DataLoadErrorKind, message: string, details: readonly string[] = []) {
    super(message);
    this.name = 'DataLoadError';
    this.kind = kind;
    this.details = details;
  }
}
