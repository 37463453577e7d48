import { describe, expect, it } from 'vitest';
import { guarded } from './guarded.ts';

function run(work: () => number) {
  const printed: string[] = [];
  const code = guarded(work, (line) => printed.push(line));
  return { code, printed };
}

describe('guarded', () => {
  it('passes the exit code through', () => {
    expect(run(() => 1)).toEqual({ code: 1, printed: [] });
  });

  it.each<[string, unknown, string]>([
    [
      'an error',
      new RangeError('Maximum call stack size exceeded'),
      'RangeError: Maximum call stack size exceeded',
    ],
    ['a message on several lines', new Error('first\n    at second\n'), 'Error: first at second'],
    ['a thrown value that is not an Error', 'broken', 'broken'],
  ])('turns %s into exit code 2 and one line', (_, thrown, shown) => {
    expect(
      run(() => {
        throw thrown;
      }),
    ).toEqual({
      code: 2,
      printed: [
        `Walidator nie zdołał sprawdzić pliku: ${shown} (the validator could not check the file)`,
      ],
    });
  });
});
