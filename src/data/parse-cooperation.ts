import { DataLoadError } from './load-error';
import { cooperationSchema, type Cooperation } from './schema';

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) =>
      typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`,
    )
    .join('');
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) repeated.add(id);
    seen.add(id);
  }
  return [...repeated];
}

/** Problems the schema cannot see alone: duplicate ids and references to missing entries. */
export function findReferenceProblems(data: Cooperation): string[] {
  const problems: string[] = [];
  for (const [name, list] of [
    ['sources', data.sources],
    ['themes', data.themes],
    ['cities', data.cities],
    ['visits', data.visits],
  ] as const) {
    for (const id of duplicates(list.map((entry) => entry.id))) {
      problems.push(`${name}: duplicate id "${id}"`);
    }
  }
  const cityIds = new Set(data.cities.map((city) => city.id));
  const themeIds = new Set(data.themes.map((theme) => theme.id));
  const sourceIds = new Set(data.sources.map((source) => source.id));
  data.visits.forEach((visit, index) => {
    visit.cityIds.forEach((cityId, cityIndex) => {
      if (!cityIds.has(cityId)) {
        problems.push(`visits[${index}].cityIds[${cityIndex}]: unknown city "${cityId}"`);
      }
    });
    visit.themes.forEach((themeId, themeIndex) => {
      if (!themeIds.has(themeId)) {
        problems.push(`visits[${index}].themes[${themeIndex}]: unknown theme "${themeId}"`);
      }
    });
    if (!sourceIds.has(visit.sourceId)) {
      problems.push(`visits[${index}].sourceId: unknown source "${visit.sourceId}"`);
    }
  });
  return problems;
}

/** Parses the text of the data file into checked data, or throws a DataLoadError listing every problem. */
export function parseCooperation(text: string): Cooperation {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new DataLoadError('format', 'The data file is not valid JSON.', [String(error)]);
  }
  const result = cooperationSchema.safeParse(json);
  if (!result.success) {
    throw new DataLoadError(
      'format',
      'The data file does not follow the data contract.',
      result.error.issues.map(
        (issue) => `${formatPath(issue.path) || '(top level)'}: ${issue.message}`,
      ),
    );
  }
  const problems = findReferenceProblems(result.data);
  if (problems.length > 0) {
    throw new DataLoadError('format', 'The data file has broken references.', problems);
  }
  return result.data;
}
