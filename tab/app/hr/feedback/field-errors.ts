import type { FieldError } from "../../backend/api-error";

/** The server's field errors, looked up by the form's field names. */
export interface FieldErrors {
  /** The message for one field, e.g. "startDate" or "rules.maxMenteesPerMentor". */
  of(field: string): string | undefined;
  /** Messages for fields under a prefix ("themes" matches "themes", "themes[2].labels.fr", "themes.2"). */
  under(prefix: string): readonly FieldError[];
  /** Messages for fields the form does not show, so none is lost. */
  others(shown: readonly string[]): readonly FieldError[];
  readonly any: boolean;
}

export function fieldErrors(errors: readonly FieldError[] = []): FieldErrors {
  const matches = (field: string, prefix: string): boolean =>
    field === prefix || field.startsWith(`${prefix}.`) || field.startsWith(`${prefix}[`);
  return {
    of: (field) => errors.find((error) => error.field === field)?.message,
    under: (prefix) => errors.filter((error) => matches(error.field, prefix)),
    others: (shown) => errors.filter((error) => !shown.some((prefix) => matches(error.field, prefix))),
    any: errors.length > 0,
  };
}
