/** Why the data file could not be used; `details` lists what a maintainer needs to fix it. */
export class DataLoadError extends Error {
  readonly details: readonly string[];

  constructor(message: string, details: readonly string[] = []) {
    super(message);
    this.name = 'DataLoadError';
    this.details = details;
  }
}
