/** One line, however the error reads: a stack trace or a multi-line message helps nobody here. */
function oneLine(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Runs the validator so that it never ends in a stack trace: any exception becomes exit
 * code 2 with one line saying so, in Polish and English like the tool's other messages.
 */
export function guarded(run: () => number, printError: (line: string) => void): number {
  try {
    return run();
  } catch (error) {
    printError(
      `Walidator nie zdołał sprawdzić pliku: ${oneLine(error)} (the validator could not check the file)`,
    );
    return 2;
  }
}
