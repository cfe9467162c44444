import { Body1, Body1Strong, Button, makeStyles, tokens, Tooltip } from "@fluentui/react-components";
import { ArrowDownRegular, ArrowUpRegular, DismissRegular } from "@fluentui/react-icons";
import type { ShortlistCandidate } from "../../../api/matching-api-contract";
import { useShortlistTexts } from "../../texts/use-matching-texts";
import { useAnswerStyles } from "../answer-styles";

const useStyles = makeStyles({
  row: { alignItems: "center" },
  name: { flexGrow: 1, minWidth: 0, overflowWrap: "anywhere" },
  buttons: { display: "flex", gap: tokens.spacingHorizontalXXS },
});

/** The participant's choices in order, each movable up or down and removable (buttons hidden when read-only). */
export function ChosenList({
  chosen,
  readOnly,
  onMove,
  onRemove,
}: {
  readonly chosen: readonly ShortlistCandidate[];
  readonly readOnly: boolean;
  readonly onMove?: (id: string, by: -1 | 1) => void;
  readonly onRemove?: (id: string) => void;
}) {
  const answer = useAnswerStyles();
  const styles = useStyles();
  const words = useShortlistTexts();
  if (chosen.length === 0) return <Body1 as="p">{words.noChoiceYet}</Body1>;
  return (
    <ol className={answer.list} aria-label={words.yourChoices} data-testid="shortlist-choices">
      {chosen.map((candidate, index) => (
        <li
          key={candidate.id}
          className={`${answer.item} ${styles.row}`}
          data-testid={`choice-${index + 1}`}
          data-id={candidate.id}
        >
          <span className={answer.rank} aria-hidden>
            {index + 1}
          </span>
          <Body1Strong className={styles.name}>{candidate.displayName}</Body1Strong>
          {!readOnly && (
            <span className={styles.buttons}>
              <Tooltip content={words.moveUp(candidate.displayName)} relationship="label">
                <Button
                  appearance="subtle"
                  size="small"
                  icon={<ArrowUpRegular />}
                  disabledFocusable={index === 0}
                  onClick={() => onMove?.(candidate.id, -1)}
                />
              </Tooltip>
              <Tooltip content={words.moveDown(candidate.displayName)} relationship="label">
                <Button
                  appearance="subtle"
                  size="small"
                  icon={<ArrowDownRegular />}
                  disabledFocusable={index === chosen.length - 1}
                  onClick={() => onMove?.(candidate.id, 1)}
                />
              </Tooltip>
              <Tooltip content={words.unchoose(candidate.displayName)} relationship="label">
                <Button
                  appearance="subtle"
                  size="small"
                  icon={<DismissRegular />}
                  onClick={() => onRemove?.(candidate.id)}
                  data-testid={`unchoose-${candidate.id}`}
                />
              </Tooltip>
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}
