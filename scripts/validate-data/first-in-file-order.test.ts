import { describe, expect, it } from 'vitest';
import { FirstInFileOrder, type Located } from './first-in-file-order.ts';

const at = (line: number, column: number, severity: 'error' | 'warning' = 'error'): Located => ({
  line,
  column,
  problem: { severity, path: [], message: { pl: `${line}:${column}`, en: `${line}:${column}` } },
});
const positions = (list: FirstInFileOrder) =>
  list.first().map(({ line, column }) => `${line}:${column}`);

describe('FirstInFileOrder', () => {
  it('keeps the first problems in file order and counts them all', () => {
    const list = new FirstInFileOrder(3);
    for (let line = 1000; line >= 1; line -= 1)
      list.add(at(line, 1, line % 2 ? 'error' : 'warning'));
    expect(positions(list)).toEqual(['1:1', '2:1', '3:1']);
    expect([list.errors, list.warnings]).toEqual([500, 500]);
  });

  it('keeps problems at one position in the order found', () => {
    const list = new FirstInFileOrder(2);
    for (const column of [5, 1, 1, 1])
      list.add({ ...at(1, column), problem: at(9, column).problem });
    list.add(at(1, 1));
    expect(list.first().map((entry) => entry.column)).toEqual([1, 1]);
    expect(list.first()[0]!.problem).toEqual(at(9, 1).problem);
  });

  it('counts problems it never saw', () => {
    const list = new FirstInFileOrder(2);
    list.countUnlisted('warning', 7);
    expect([list.errors, list.warnings, list.first()]).toEqual([0, 7, []]);
  });
});
