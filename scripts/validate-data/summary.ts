import type { Report } from './validate-file.ts';

function polishCount(count: number, one: string, few: string, many: string): string {
  const rule = new Intl.PluralRules('pl').select(count);
  return `${count} ${rule === 'one' ? one : rule === 'few' ? few : many}`;
}

function englishCount(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** "1 błąd, 0 ostrzeżeń" and "1 error, 0 warnings". */
export function counts(report: Report<unknown>): { pl: string; en: string } {
  const pl = [
    polishCount(report.errors, 'błąd', 'błędy', 'błędów'),
    polishCount(report.warnings, 'ostrzeżenie', 'ostrzeżenia', 'ostrzeżeń'),
  ].join(', ');
  const en = [englishCount(report.errors, 'error'), englishCount(report.warnings, 'warning')].join(
    ', ',
  );
  return { pl, en };
}

/** The last line of the validator's output: the verdict, in Polish and English. */
export function summary(fileName: string, report: Report): string {
  const { pl, en } = counts(report);
  const data = report.result?.data;
  if (report.errors === 0 && data) {
    const content = `${data.cities.length} / ${data.visits.length}`;
    return `${fileName}: poprawny, ${pl}; miasta / wizyty: ${content} (valid, ${en}; cities / visits: ${content})`;
  }
  return `${fileName}: ${pl} (${en})`;
}

/** The line after the listed problems when there were more: "i 1234 więcej (and 1234 more)". */
export function unlisted(fileName: string, count: number): string {
  return `${fileName}: … i ${count} więcej (and ${count} more)`;
}
