/**
 * The verbs of the end-of-wave assessment card: send the answers, and change them while the wave closes.
 * The caller is the authenticated clicker, resolved from the store by the service; the card's data only
 * carries the answers (a participant id in it is ignored).
 */
import type { AssessmentService } from "../../core/assessments/assessment-service";
import { hasErrorCode } from "../../core/errors";
import type { Identity } from "../../core/participant";
import type { CardActionHandler } from "../card-actions";
import { CARD_VERBS, plainText, type AdaptiveCard } from "../cards/adaptive-card";
import { noticeCard } from "../cards/notice-card";
import { memberLanguage } from "../matching/pair-introduction-presenter";
import { assessmentTextsFor } from "../texts/assessment-texts";
import { chooseLanguage } from "../../core/language";
import { assessmentCardFor, cardInputValues, parseAssessmentCard } from "./final-assessment-presenter";

/** The assessment verbs, for the bot's verb table. */
export function assessmentCardActions(
  assessments: AssessmentService,
): ReadonlyMap<string, CardActionHandler> {
  return new Map<string, CardActionHandler>([
    [CARD_VERBS.submitAssessment, submit(assessments)],
    [CARD_VERBS.editAssessment, edit(assessments)],
  ]);
}

function submit(assessments: AssessmentService): CardActionHandler {
  return async (identity, data, locale) => {
    try {
      const outcome = await assessments.submit(identity, parseAssessmentCard(data));
      const { context } = outcome;
      return assessmentCardFor(context, memberLanguage(context.participant, context.wave, locale), {
        status: outcome.status,
      });
    } catch (error) {
      if (hasErrorCode(error, "ASSESSMENT_CLOSED")) return closedCard(assessments, identity, locale);
      if (!hasErrorCode(error, "VALIDATION")) throw error;
      const context = await assessments.open(identity);
      if (context === undefined) throw error;
      return assessmentCardFor(context, memberLanguage(context.participant, context.wave, locale), {
        retry: { values: cardInputValues(data), errors: error.fieldErrors },
      });
    }
  };
}

function edit(assessments: AssessmentService): CardActionHandler {
  return async (identity, _data, locale) => {
    const context = await assessments.open(identity);
    if (context === undefined || !context.open) return closedCard(assessments, identity, locale);
    return assessmentCardFor(context, memberLanguage(context.participant, context.wave, locale), {
      editing: true,
    });
  };
}

/** Why nothing was saved: the wave is closed (with the reader's saved answers, if any), or not closing yet. */
async function closedCard(
  assessments: AssessmentService,
  identity: Identity,
  locale: string | undefined,
): Promise<AdaptiveCard> {
  const context = await assessments.open(identity);
  if (context === undefined) {
    const texts = assessmentTextsFor(chooseLanguage({ locale }));
    return noticeCard({ title: texts.closedTitle, text: texts.notOpenText, tone: "attention" });
  }
  const texts = assessmentTextsFor(memberLanguage(context.participant, context.wave, locale));
  return noticeCard({
    title: texts.closedTitle,
    text: texts.closedText(plainText(context.wave.name)),
    tone: "attention",
  });
}
