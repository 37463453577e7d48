/** The values checked, in the order they were in, a newly checked one last. */
export function toggled(values: readonly unknown[], value: string, checked: boolean): unknown[] {
  const without = values.filter((item) => item !== value);
  return checked ? [...without, value] : without;
}
