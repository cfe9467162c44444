import { z } from "zod";
import { LANGUAGES } from "../core/language";
import { MAX_SHORTLIST } from "../core/matching/shortlist";
import { MAX_CAPACITY, MAX_NEEDS, MAX_SKILLS, SCALE_MAX, SCALE_MIN } from "../core/questionnaire";
import { GROUP_SIZE_MAX, GROUP_SIZE_MIN } from "../core/wave";

/**
 * The shape of a matching file (JSON; the CSV reader produces the same participant objects), as zod
 * schemas: each field's type, range and message, in one place.
 */

const language = z.enum(LANGUAGES, { error: `Use one of ${LANGUAGES.join(", ")}.` });
const scale = z.number().int().min(SCALE_MIN).max(SCALE_MAX);
const theme = z.string().trim().min(1);
const email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "Not an e-mail address." }));

export const participantSchema = z.strictObject({
  id: z.string().trim().min(1),
  name: z.string().trim().min(1).optional(),
  role: z.enum(["mentee", "mentor", "other"], { error: "Role is mentee, mentor or other." }),
  email: email.optional(),
  department: z.string().trim().optional(),
  manager: email.optional(),
  site: z.string().trim().optional(),
  utcOffset: z.number().int().min(-720).max(840).optional(),
  languages: z.array(language).default([]),
  preferredLanguage: language.optional(),
  needs: z
    .array(z.strictObject({ theme, comfort: scale }))
    .max(MAX_NEEDS)
    .default([]),
  skills: z
    .array(z.strictObject({ theme, level: scale }))
    .max(MAX_SKILLS)
    .default([]),
  capacity: z.number().int().min(0).max(MAX_CAPACITY).optional(),
  shortlist: z.array(z.string().trim().min(1)).max(MAX_SHORTLIST).default([]),
  metBefore: z.array(z.string().trim().min(1)).default([]),
  lock: z.string().trim().min(1).optional(),
});
export type MatchFileParticipant = z.infer<typeof participantSchema>;

const weight = z.number().int().min(0).max(100);
export const fileSchema = z.strictObject({
  rules: z
    .strictObject({
      forbidReportingLine: z.boolean(),
      forbidSameDepartment: z.boolean(),
      maxMenteesPerMentor: z.number().int().min(1).max(MAX_CAPACITY),
      format: z.enum(["one-to-one", "group"]),
      groupSize: z.number().int().min(GROUP_SIZE_MIN).max(GROUP_SIZE_MAX),
    })
    .partial()
    .optional(),
  weights: z
    .strictObject({ topics: weight, level: weight, language: weight, site: weight, mutualChoice: weight })
    .partial()
    .optional(),
  participants: z.array(z.unknown()).min(1),
  pastPairs: z
    .array(z.strictObject({ a: z.string().trim().min(1), b: z.string().trim().min(1) }))
    .default([]),
  locks: z
    .array(
      z.strictObject({
        mentee: z.string().trim().min(1),
        mentor: z.string().trim().min(1),
        origin: z.enum(["hr", "mutual"]).default("hr"),
      }),
    )
    .default([]),
});
