import {
  Avatar,
  Badge,
  Body1Strong,
  Button,
  Caption1,
  Card,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Switch,
  tokens,
} from "@fluentui/react-components";
import { CheckmarkRegular, DismissRegular } from "@fluentui/react-icons";
import type { ParticipantRow, VettingInput } from "../../../api/hr-api-contract";
import type { ApiError } from "../../backend/api-error";
import { languageList } from "../../my-mentoring/wording";
import { useTexts } from "../../texts/texts-context";
import { useHr } from "../backend/hr-context";
import { notMatchableBecause } from "./vetting";

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalL, gap: tokens.spacingVerticalS },
  head: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "flex-start" },
  who: { flexGrow: 1, minWidth: 0, display: "flex", flexDirection: "column" },
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  motivation: {
    margin: 0,
    fontStyle: "italic",
    color: tokens.colorNeutralForeground2,
    display: "-webkit-box",
    WebkitLineClamp: 3,
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
    overflowWrap: "anywhere",
  },
  approval: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  switches: { display: "flex", flexDirection: "column" },
  status: { alignSelf: "flex-start" },
});

/** One mentor: who they are, whether matching may use them, and HR's approval, training and trainer controls. */
export function MentorCard({
  mentor,
  saving,
  error,
  onVetting,
}: {
  readonly mentor: ParticipantRow;
  readonly saving: boolean;
  readonly error?: ApiError;
  readonly onVetting: (input: VettingInput) => void;
}) {
  const styles = useStyles();
  const { formats } = useHr();
  const allTexts = useTexts();
  const texts = allTexts.hr.mentors;
  const approval = mentor.vetting?.approval ?? "pending";
  const trainedAt = mentor.vetting?.trainedAt;
  const withdrawn = mentor.status === "withdrawn";
  const blocked = notMatchableBecause(mentor, texts);
  const disabled = saving || withdrawn;
  const name = mentor.displayName;

  return (
    <Card
      className={styles.card}
      data-testid={`mentor-${mentor.id}`}
      data-approval={approval}
      aria-busy={saving}
    >
      <div className={styles.head}>
        <Avatar name={name} color="colorful" aria-hidden />
        <div className={styles.who}>
          <Body1Strong>{name}</Body1Strong>
          <Caption1 className={styles.muted}>
            {[mentor.department, mentor.site, languageList(mentor.languages, allTexts)]
              .filter(Boolean)
              .join(" · ")}
          </Caption1>
        </div>
        {saving && <Spinner size="tiny" aria-label={texts.saving(name)} />}
      </div>
      {blocked === undefined ? (
        <Badge appearance="filled" color="success" className={styles.status} data-testid="matchable">
          {texts.canBeMatched}
        </Badge>
      ) : (
        <Caption1>
          <Badge appearance="tint" color={approval === "declined" ? "danger" : "warning"}>
            {approval === "declined" ? texts.declined : texts.notYet}
          </Badge>{" "}
          {blocked}
        </Caption1>
      )}
      {mentor.motivation !== undefined && mentor.motivation !== "" && (
        <p className={styles.motivation}>“{mentor.motivation}”</p>
      )}
      <div className={styles.approval} role="group" aria-label={texts.approvalOf(name)}>
        <Button
          size="small"
          icon={<CheckmarkRegular />}
          appearance={approval === "approved" ? "primary" : "secondary"}
          aria-pressed={approval === "approved"}
          disabled={disabled}
          onClick={() => onVetting({ approval: approval === "approved" ? "pending" : "approved" })}
          data-testid={`approve-${mentor.id}`}
        >
          {approval === "approved" ? texts.approved : texts.approve}
        </Button>
        <Button
          size="small"
          icon={<DismissRegular />}
          appearance={approval === "declined" ? "primary" : "secondary"}
          aria-pressed={approval === "declined"}
          disabled={disabled}
          onClick={() => onVetting({ approval: approval === "declined" ? "pending" : "declined" })}
          data-testid={`decline-${mentor.id}`}
        >
          {approval === "declined" ? texts.declined : texts.decline}
        </Button>
      </div>
      <div className={styles.switches}>
        <Switch
          checked={trainedAt !== undefined}
          disabled={disabled}
          label={trainedAt === undefined ? texts.trainingDone : texts.trainingDoneOn(formats.date(trainedAt))}
          onChange={(_, data) => onVetting({ trained: data.checked })}
          data-testid={`trained-${mentor.id}`}
        />
        <Switch
          checked={mentor.vetting?.trainer === true}
          disabled={disabled}
          label={texts.trainer}
          onChange={(_, data) => onVetting({ trainer: data.checked })}
          data-testid={`trainer-${mentor.id}`}
        />
      </div>
      {error !== undefined && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error.message}</MessageBarBody>
        </MessageBar>
      )}
    </Card>
  );
}
