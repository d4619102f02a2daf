export interface ToggleOption<T extends string> {
  value: T;
  label: string;
  testId?: string;
}

/** A row of pressed/not-pressed buttons choosing one value: sort order, which questions to show. */
export function ToggleGroup<T extends string>(props: { label: string; value: T; options: ToggleOption<T>[]; onChange: (value: T) => void }) {
  return (
    <div className="toggles" role="group" aria-label={props.label}>
      {props.options.map((option) => (
        <button
          key={option.value}
          type="button"
          data-testid={option.testId}
          aria-pressed={option.value === props.value}
          onClick={() => props.onChange(option.value)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
