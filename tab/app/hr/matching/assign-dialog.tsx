import { Body1, Field, Select } from "@fluentui/react-components";
import { useState } from "react";
import type { MatchPersonView, ProposalView } from "../../../api/matching-api-contract";
import { useMatchingTexts } from "../../texts/use-matching-texts";
import type { MatchingTexts } from "../../texts/matching-texts";
import { ConfirmDialog } from "../feedback/confirm-dialog";
import { menteesPerMentor } from "./pair-wording";

interface MentorChoice {
  readonly mentor: MatchPersonView;
  readonly label: string;
}

/** "Choose a mentor for X": mentors with free places first, then the others (the server refuses a full one, with why). */
export function AssignDialog({
  mentee,
  proposal,
  onAssign,
  onClose,
}: {
  readonly mentee: MatchPersonView | undefined;
  readonly proposal: ProposalView;
  readonly onAssign: (mentee: MatchPersonView, mentor: MatchPersonView) => Promise<void>;
  readonly onClose: () => void;
}) {
  const texts = useMatchingTexts().edits;
  const [chosenId, setChosenId] = useState<string>();
  const choices = mentorChoices(proposal, mentee?.id, texts);
  const chosen = choices.find((choice) => choice.mentor.id === chosenId);
  const close = (): void => {
    setChosenId(undefined);
    onClose();
  };

  return (
    <ConfirmDialog
      open={mentee !== undefined}
      title={texts.assignTitle(mentee?.displayName ?? "")}
      confirmLabel={texts.assignConfirm}
      confirmDisabled={chosen === undefined}
      onConfirm={async () => {
        if (mentee !== undefined && chosen !== undefined) await onAssign(mentee, chosen.mentor);
      }}
      onClose={close}
      testId="assign-dialog"
    >
      {choices.length === 0 ? (
        <Body1 as="p">{texts.noMentorAvailable}</Body1>
      ) : (
        <Field label={texts.mentorField} hint={texts.assignHint}>
          <Select
            value={chosenId ?? ""}
            onChange={(_, data) => setChosenId(data.value === "" ? undefined : data.value)}
            data-testid="assign-mentor"
          >
            <option value="" disabled>
              {texts.mentorPlaceholder}
            </option>
            {choices.map((choice) => (
              <option key={choice.mentor.id} value={choice.mentor.id}>
                {choice.label}
              </option>
            ))}
          </Select>
        </Field>
      )}
    </ConfirmDialog>
  );
}

/** Idle mentors with room, then the mentors already in the proposal (not the mentee's own). */
function mentorChoices(
  proposal: ProposalView,
  menteeId: string | undefined,
  texts: MatchingTexts["edits"],
): MentorChoice[] {
  const current = proposal.pairs.find((pair) => pair.mentee.id === menteeId)?.mentor.id;
  const withRoom = proposal.idleMentors
    .filter((idle) => idle.spare > 0)
    .map((idle) => ({ mentor: idle.mentor, label: texts.withRoom(idle.mentor.displayName, idle.spare) }));
  const counts = menteesPerMentor(proposal);
  const seen = new Set(withRoom.map((choice) => choice.mentor.id));
  const busy: MentorChoice[] = [];
  for (const pair of proposal.pairs) {
    if (seen.has(pair.mentor.id) || pair.mentor.id === current) continue;
    seen.add(pair.mentor.id);
    busy.push({
      mentor: pair.mentor,
      label: texts.alreadyHas(pair.mentor.displayName, counts.get(pair.mentor.id) ?? 1),
    });
  }
  const byName = (a: MentorChoice, b: MentorChoice) =>
    a.mentor.displayName.localeCompare(b.mentor.displayName);
  return [...withRoom.sort(byName), ...busy.sort(byName)];
}
