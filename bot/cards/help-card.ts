/** What the bot understands, and where else to look. */
import { adaptiveCard, cardTitle, textBlock, type AdaptiveCard } from "./adaptive-card";

/** The commands the bot answers, each with what it does. */
export function helpCard(): AdaptiveCard {
  return adaptiveCard([
    cardTitle("What I can do"),
    textBlock("Send me one of these words:"),
    {
      type: "FactSet",
      facts: [
        { title: "hi", value: "Who you are in the programme" },
        { title: "questionnaire", value: "Answer or edit your questionnaire" },
        { title: "help", value: "This list" },
      ],
    },
    textBlock("The **My mentoring** tab shows your status and your answers at any time."),
  ]);
}
