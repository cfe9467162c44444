import {
  Badge,
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  Link,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { PairSessionView } from "../../../api/session-routes";
import { useDateFormats } from "../../texts/texts-context";
import { useSessionsTexts } from "../../texts/use-sessions-texts";
import type { SessionAction } from "./pair-api";
import { SessionNotesEditor } from "./session-notes-editor";
import { browserTimeZone, WhenFields } from "./when-fields";

const useStyles = makeStyles({
  session: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground2 },
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  link: { flexGrow: 1, minWidth: "200px" },
});

type Form = "none" | "reschedule" | "cancel";

/** One booked session: its time, who proposed it, and what a member can do with it (plus its shared notes). */
export function SessionItem({
  session,
  me,
  names,
  waveId,
  busy,
  readOnly = false,
  onAction,
  onDownload,
  getToken,
}: {
  readonly session: PairSessionView;
  readonly me: string;
  readonly names: Readonly<Record<string, string>>;
  readonly waveId: string;
  readonly busy: boolean;
  /** The wave is over: the session and its notes are shown, nothing can be changed. */
  readonly readOnly?: boolean;
  readonly onAction: (action: SessionAction) => Promise<boolean>;
  readonly onDownload: (sessionId: string) => void;
  readonly getToken: () => Promise<string>;
}) {
  const styles = useStyles();
  const words = useSessionsTexts();
  const formats = useDateFormats();
  const [form, setForm] = useState<Form>("none");
  const [date, setDate] = useState("");
  const [time, setTime] = useState("");
  const [reason, setReason] = useState("");
  const [url, setUrl] = useState(session.meetingUrl ?? "");
  const [notesOpen, setNotesOpen] = useState(false);
  const open = !readOnly && (session.status === "proposed" || session.status === "scheduled");
  const sessionId = session.id;

  const run = async (action: SessionAction): Promise<void> => {
    if (await onAction(action)) {
      setForm("none");
      setReason("");
    }
  };

  return (
    <div
      className={styles.session}
      data-testid="session"
      data-session-id={sessionId}
      data-status={session.status}
    >
      <div className={styles.row}>
        <Body1 data-testid="session-start">{formats.dateTime(session.start)}</Body1>
        {session.status === "cancelled" && <Badge appearance="tint">{words.cancelled}</Badge>}
      </div>
      {session.status === "proposed" && (
        <Caption1 className={styles.muted}>
          {session.proposedBy === me
            ? words.proposedByMe
            : words.proposedByOther(names[session.proposedBy] ?? "?")}
        </Caption1>
      )}
      {session.lastReason !== undefined && (
        <Caption1 className={styles.muted}>{words.reasonLabel(session.lastReason)}</Caption1>
      )}
      {session.meetingUrl !== undefined && open && (
        <Link href={session.meetingUrl} target="_blank" rel="noreferrer">
          {words.joinMeeting}
        </Link>
      )}
      {open && form === "none" && (
        <div className={styles.row}>
          {session.status === "proposed" && session.proposedBy !== me && (
            <Button
              appearance="primary"
              disabled={busy}
              data-testid="session-accept"
              onClick={() => void run({ kind: "accept", sessionId })}
            >
              {words.accept}
            </Button>
          )}
          <Button disabled={busy} onClick={() => setForm("reschedule")}>
            {words.reschedule}
          </Button>
          <Button disabled={busy} onClick={() => setForm("cancel")}>
            {words.cancel}
          </Button>
          <Button appearance="subtle" onClick={() => onDownload(sessionId)} data-testid="session-ics">
            {words.downloadInvitation}
          </Button>
        </div>
      )}
      {open && form !== "none" && (
        <form
          className={styles.form}
          aria-label={form === "reschedule" ? words.rescheduleTitle : words.cancelTitle}
          onSubmit={(event) => {
            event.preventDefault();
            void run(
              form === "reschedule"
                ? { kind: "reschedule", sessionId, date, time, timeZone: browserTimeZone(), reason }
                : { kind: "cancel", sessionId, reason },
            );
          }}
        >
          {form === "reschedule" && (
            <WhenFields
              date={date}
              time={time}
              onDate={setDate}
              onTime={setTime}
              words={words}
              testId="reschedule"
            />
          )}
          <Field label={words.reasonField} required>
            <Input value={reason} maxLength={500} onChange={(_, d) => setReason(d.value)} />
          </Field>
          <div className={styles.row}>
            <Button appearance="primary" type="submit" disabled={busy}>
              {words.confirm}
            </Button>
            <Button onClick={() => setForm("none")}>{words.back}</Button>
          </div>
        </form>
      )}
      {open && (
        <form
          className={styles.row}
          onSubmit={(event) => {
            event.preventDefault();
            void run({ kind: "link", sessionId, url: url.trim() });
          }}
        >
          <Field label={words.meetingLinkField} className={styles.link}>
            <Input type="url" value={url} data-testid="session-link" onChange={(_, d) => setUrl(d.value)} />
          </Field>
          <Button type="submit" disabled={busy || url.trim() === (session.meetingUrl ?? "")}>
            {words.saveLink}
          </Button>
        </form>
      )}
      {session.status !== "cancelled" && (
        <div>
          <Button
            appearance="transparent"
            aria-expanded={notesOpen}
            data-testid="session-notes-toggle"
            onClick={() => setNotesOpen((o) => !o)}
          >
            {notesOpen ? words.hideNotes : words.showNotes}
          </Button>
          {notesOpen && (
            <SessionNotesEditor
              waveId={waveId}
              sessionId={sessionId}
              getToken={getToken}
              readOnly={readOnly}
            />
          )}
        </div>
      )}
    </div>
  );
}
