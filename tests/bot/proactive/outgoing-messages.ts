import type { OutgoingMessage } from "../../../core/delivery";

/** A Teams personal-chat conversation reference, as TurnContext.getConversationReference stores it. */
export function aReference(
  serviceUrl: string,
  conversationId: string,
  tenantId = "tenant-1",
): Readonly<Record<string, unknown>> {
  return {
    channelId: "msteams",
    serviceUrl,
    conversation: { id: conversationId, conversationType: "personal", tenantId },
    bot: { id: "28:tandem-bot", name: "Tandem" },
    user: { id: `29:${conversationId}`, aadObjectId: `aad-${conversationId}` },
    locale: "en-US",
  };
}

/** A message whose text is its key, so what arrives can be told apart. */
export function aMessage(key: string, reference: Readonly<Record<string, unknown>>): OutgoingMessage {
  return { key, conversationReference: reference, activity: { type: "message", text: key } };
}

/** A message carrying an Adaptive Card, like the questionnaire invitation. */
export function aCardMessage(key: string, reference: Readonly<Record<string, unknown>>): OutgoingMessage {
  return {
    key,
    conversationReference: reference,
    activity: {
      type: "message",
      attachments: [
        {
          contentType: "application/vnd.microsoft.card.adaptive",
          content: {
            type: "AdaptiveCard",
            version: "1.5",
            body: [{ type: "TextBlock", text: `Your questionnaire (${key})`, wrap: true }],
          },
        },
      ],
    },
  };
}
