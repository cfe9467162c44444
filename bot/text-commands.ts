/** What a person can ask the bot in chat. */
export type TextCommand = "greet" | "help" | "questionnaire" | "unknown";

/** Words that trigger each command, in the programme's languages (fr/en/nl). */
const COMMAND_WORDS: ReadonlyArray<readonly [TextCommand, readonly string[]]> = [
  ["greet", ["hi", "hello", "hey", "hallo", "bonjour", "salut", "goedemorgen", "dag", "start"]],
  ["help", ["help", "aide", "?", "hulp"]],
  ["questionnaire", ["questionnaire", "survey", "my questionnaire", "vragenlijst", "questionnaire please"]],
];

/**
 * Reads a chat message as a command. Teams prefixes channel messages with an <at>mention</at> of the
 * bot, and people add punctuation: both are stripped before matching whole words.
 */
export function parseTextCommand(text: string | undefined): TextCommand {
  const normalised = (text ?? "")
    .replace(/<at>[^<]*<\/at>/gi, " ")
    .toLowerCase()
    .replace(/[!.,;:]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (normalised === "") return "greet";
  for (const [command, words] of COMMAND_WORDS) {
    if (words.includes(normalised)) return command;
  }
  return "unknown";
}
