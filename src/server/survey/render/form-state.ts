// What a re-rendered questionnaire shows: the values entered and a message at each faulty field.

/** Entered values by field name (several for checkboxes) and Russian messages by field name. */
export interface FormState {
  readonly values: ReadonlyMap<string, readonly string[]>;
  readonly errors: ReadonlyMap<string, string>;
  /** A message about the form as a whole (a stale token, an unknown field). */
  readonly formError?: string;
}

export const emptyFormState: FormState = { values: new Map(), errors: new Map() };

/** The first entered value of a field, or "". */
export function valueOf(state: FormState, name: string): string {
  return state.values.get(name)?.[0] ?? "";
}

/** Whether `value` is among the entered values of a field. */
export function isChosen(state: FormState, name: string, value: string): boolean {
  return state.values.get(name)?.includes(value) ?? false;
}
