/** Core's field errors worded in the reader's language, from their stable reason and detail. */
import type { FieldError, FieldErrorDetail } from "../../core/errors";
import type { BotTexts, FieldErrorSubject } from "./bot-texts";

/** The errors with their messages in `texts`' language; an error without detail keeps core's message. */
export function localisedFieldErrors(
  errors: readonly FieldError[],
  texts: BotTexts,
  subject: FieldErrorSubject,
): FieldError[] {
  return errors.map((error) =>
    error.detail === undefined ? error : { ...error, message: wording(error.detail, texts, subject) },
  );
}

function wording<D extends FieldErrorDetail>(detail: D, texts: BotTexts, subject: FieldErrorSubject): string {
  const word = texts.form.errors[detail.reason] as (detail: D, subject: FieldErrorSubject) => string;
  return word(detail, subject);
}
