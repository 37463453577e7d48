import './toggle-group.css';

interface ToggleGroupProps<T extends string> {
  /** The group's accessible name, e.g. "Widok". */
  label: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
  className: string;
}

/** One choice out of a few, as toggle buttons (aria-pressed) in a named group. */
export function ToggleGroup<T extends string>({
  label,
  options,
  value,
  onChange,
  className,
}: ToggleGroupProps<T>) {
  return (
    <div className={`toggle-group ${className}`} role="group" aria-label={label}>
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          aria-pressed={value === option.value}
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
