import { TandemError, type FieldError } from "../errors";
import { MAX_NEEDS, SCALE_MAX, SCALE_MIN } from "../questionnaire";
import type { MatchingInput } from "./matching-types";

/**
 * Refuses an engine input the engine cannot treat faithfully: duplicate ids, more than MAX_NEEDS needs,
 * comfort or level off the 1–5 scale, a negative capacity, a lock on an unknown person or a mentee
 * locked twice. Callers build the input from validated data, so this only ever fires on a bug or a bad file.
 */
export function checkMatchingInput(input: MatchingInput): void {
  const errors: FieldError[] = [];
  const menteeIds = uniqueIds(input.mentees, "mentees", errors);
  const mentorIds = uniqueIds(input.mentors, "mentors", errors);
  input.mentees.forEach((mentee, i) => {
    if (mentee.needs.length > MAX_NEEDS)
      errors.push({ field: `mentees.${i}.needs`, message: `${mentee.id} has more than ${MAX_NEEDS} needs.` });
    mentee.needs.forEach((need, k) => {
      if (!onScale(need.comfort))
        errors.push({
          field: `mentees.${i}.needs.${k}.comfort`,
          message: `${mentee.id}: comfort with ${need.themeId} must be ${SCALE_MIN}–${SCALE_MAX}.`,
        });
    });
  });
  input.mentors.forEach((mentor, i) => {
    if (!Number.isInteger(mentor.capacity) || mentor.capacity < 0)
      errors.push({
        field: `mentors.${i}.capacity`,
        message: `${mentor.id}: capacity must be a whole number ≥ 0.`,
      });
    mentor.skills.forEach((skill, k) => {
      if (!onScale(skill.level))
        errors.push({
          field: `mentors.${i}.skills.${k}.level`,
          message: `${mentor.id}: level in ${skill.themeId} must be ${SCALE_MIN}–${SCALE_MAX}.`,
        });
    });
  });
  const locked = new Set<string>();
  input.locks.forEach((lock, i) => {
    if (!menteeIds.has(lock.menteeId) || !mentorIds.has(lock.mentorId))
      errors.push({
        field: `locks.${i}`,
        message: `Lock ${lock.menteeId} → ${lock.mentorId} names an unknown person.`,
      });
    if (locked.has(lock.menteeId))
      errors.push({ field: `locks.${i}`, message: `${lock.menteeId} is locked more than once.` });
    locked.add(lock.menteeId);
  });
  if (errors.length > 0) throw new TandemError("VALIDATION", "The matching input is inconsistent.", errors);
}

function uniqueIds(
  people: ReadonlyArray<{ readonly id: string }>,
  side: string,
  errors: FieldError[],
): Set<string> {
  const ids = new Set<string>();
  people.forEach((p, i) => {
    if (ids.has(p.id))
      errors.push({ field: `${side}.${i}.id`, message: `${p.id} appears twice among the ${side}.` });
    ids.add(p.id);
  });
  return ids;
}

function onScale(value: number): boolean {
  return Number.isInteger(value) && value >= SCALE_MIN && value <= SCALE_MAX;
}
