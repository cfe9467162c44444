import { z } from "zod";

const account = z.looseObject({
  id: z.string(),
  name: z.string().optional(),
  aadObjectId: z.string().optional(),
  role: z.string().optional(),
});

/**
 * The shape of an incoming activity, checked before botbuilder sees it: every field Tandem or botbuilder
 * reads has the type the Bot Framework schema gives it (botbuilder trusts them, and a number where a string
 * belongs fails a turn with a 500). Fields Tandem does not read pass through unchecked.
 */
const activityShape = z.looseObject({
  type: z.string().min(1),
  id: z.string().optional(),
  timestamp: z.string().optional(),
  localTimestamp: z.string().optional(),
  localTimezone: z.string().optional(),
  channelId: z.string(),
  serviceUrl: z.string(),
  from: account,
  recipient: account,
  conversation: z.looseObject({
    id: z.string(),
    conversationType: z.string().optional(),
    tenantId: z.string().optional(),
    isGroup: z.boolean().optional(),
  }),
  channelData: z.looseObject({}).optional(),
  locale: z.string().optional(),
  text: z.string().optional(),
  name: z.string().optional(),
  action: z.string().optional(),
  replyToId: z.string().optional(),
  membersAdded: z.array(account).optional(),
  membersRemoved: z.array(account).optional(),
  entities: z.array(z.looseObject({ type: z.string() })).optional(),
  attachments: z.array(z.looseObject({ contentType: z.string() })).optional(),
});

/** True when the body has the shape of a Bot Framework activity (see activityShape). */
export function isActivityShaped(body: unknown): boolean {
  return activityShape.safeParse(body).success;
}
