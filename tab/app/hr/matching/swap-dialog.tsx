import { Body1, Field, Select } from "@fluentui/react-components";
import { useState } from "react";
import type { MatchPairView, ProposalView } from "../../../api/matching-api-contract";
import { useMatchingTexts } from "../../texts/use-matching-texts";
import { ConfirmDialog } from "../feedback/confirm-dialog";

/** "Swap the mentor of X": pick another mentee; both exchange mentors (a refused swap says which rule it breaks). */
export function SwapDialog({
  pair,
  proposal,
  onSwap,
  onClose,
}: {
  readonly pair: MatchPairView | undefined;
  readonly proposal: ProposalView;
  readonly onSwap: (first: MatchPairView, second: MatchPairView) => Promise<void>;
  readonly onClose: () => void;
}) {
  const texts = useMatchingTexts().edits;
  const [chosenId, setChosenId] = useState<string>();
  const others = proposal.pairs.filter(
    (other) => pair !== undefined && other.mentee.id !== pair.mentee.id && other.mentor.id !== pair.mentor.id,
  );
  const chosen = others.find((other) => other.mentee.id === chosenId);
  const close = (): void => {
    setChosenId(undefined);
    onClose();
  };

  return (
    <ConfirmDialog
      open={pair !== undefined}
      title={texts.swapTitle(pair?.mentee.displayName ?? "")}
      confirmLabel={texts.swapConfirm}
      confirmDisabled={chosen === undefined}
      onConfirm={async () => {
        if (pair !== undefined && chosen !== undefined) await onSwap(pair, chosen);
      }}
      onClose={close}
      testId="swap-dialog"
    >
      {others.length === 0 ? (
        <Body1 as="p">{texts.noOneToSwap}</Body1>
      ) : (
        <Field label={texts.swapWith}>
          <Select
            value={chosenId ?? ""}
            onChange={(_, data) => setChosenId(data.value === "" ? undefined : data.value)}
            data-testid="swap-with"
          >
            <option value="" disabled>
              {texts.swapPlaceholder}
            </option>
            {others.map((other) => (
              <option key={other.mentee.id} value={other.mentee.id}>
                {texts.swapOption(other.mentee.displayName, other.mentor.displayName)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {pair !== undefined && chosen !== undefined && (
        <Body1 as="p" aria-live="polite" data-testid="swap-preview">
          {texts.swapPreview(
            pair.mentee.displayName,
            chosen.mentor.displayName,
            chosen.mentee.displayName,
            pair.mentor.displayName,
          )}
        </Body1>
      )}
    </ConfirmDialog>
  );
}
