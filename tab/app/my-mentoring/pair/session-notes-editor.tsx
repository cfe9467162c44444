import {
  Body1,
  Button,
  Caption1,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { NotesConflict, NotesDraft, SessionNotesView } from "../../../api/notes-routes";
import { ApiError, toApiError } from "../../backend/api-error";
import { LoadError } from "../../shell/load-error";
import { LoadingState } from "../../shell/loading-state";
import { useSessionsTexts } from "../../texts/use-sessions-texts";
import { ActionItemsEditor } from "./action-items-editor";
import { fetchNotes, saveNotes } from "./pair-api";

const useStyles = makeStyles({
  editor: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM },
  muted: { color: tokens.colorNeutralForeground2 },
  versions: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 220px), 1fr))",
    gap: tokens.spacingHorizontalM,
  },
  version: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  readOnly: { whiteSpace: "pre-wrap", overflowWrap: "anywhere", margin: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

type Load =
  | { readonly kind: "loading" }
  | { readonly kind: "ready"; readonly view: SessionNotesView }
  | { readonly kind: "failed"; readonly error: ApiError };

type Save =
  | { readonly kind: "idle" | "saving" | "saved" }
  | { readonly kind: "failed"; readonly error: ApiError }
  | { readonly kind: "conflict"; readonly conflict: NotesConflict; readonly merged: NotesDraft };

/** A session's shared notes: text and action items, saved with their revision; a conflict shows both versions. */
export function SessionNotesEditor({
  waveId,
  sessionId,
  getToken,
  readOnly = false,
}: {
  readonly waveId: string;
  readonly sessionId: string;
  readonly getToken: () => Promise<string>;
  /** The wave is over: the notes and action items are shown as text, with no way to change them. */
  readonly readOnly?: boolean;
}) {
  const styles = useStyles();
  const texts = useSessionsTexts();
  const words = texts.notes;
  const [load, setLoad] = useState<Load>({ kind: "loading" });
  const [attempt, setAttempt] = useState(0);
  const [draft, setDraft] = useState<NotesDraft>({ text: "", actionItems: [] });
  const [dirty, setDirty] = useState(false);
  const [save, setSave] = useState<Save>({ kind: "idle" });

  useEffect(() => {
    const abort = new AbortController();
    const run = async (): Promise<void> => {
      try {
        const view = await fetchNotes(await getToken(), waveId, sessionId, abort.signal);
        if (abort.signal.aborted) return;
        setLoad({ kind: "ready", view });
        setDraft({ text: view.text, actionItems: view.actionItems });
      } catch (error) {
        if (!abort.signal.aborted)
          setLoad({ kind: "failed", error: toApiError(error, "LOAD_FAILED", words.loadFailed) });
      }
    };
    void run();
    return () => abort.abort();
  }, [getToken, waveId, sessionId, attempt, words.loadFailed]);

  if (load.kind === "loading") return <LoadingState label={words.loading} />;
  if (load.kind === "failed")
    return (
      <LoadError
        title={words.loadFailed}
        error={load.error}
        onRetry={() => {
          setLoad({ kind: "loading" });
          setAttempt((n) => n + 1);
        }}
      />
    );
  const { view } = load;
  if (readOnly) return <ReadOnlyVersion title={words.textLabel} draft={view} testId="notes-read-only" />;

  const submit = async (revision: number, content: NotesDraft): Promise<void> => {
    setSave({ kind: "saving" });
    try {
      const saved = await saveNotes(await getToken(), waveId, sessionId, revision, content);
      setLoad({ kind: "ready", view: saved });
      setDraft({ text: saved.text, actionItems: saved.actionItems });
      setDirty(false);
      setSave({ kind: "saved" });
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && isConflict(error.body)) {
        setSave({ kind: "conflict", conflict: error.body, merged: error.body.merged });
        return;
      }
      setSave({ kind: "failed", error: toApiError(error, "SAVE_FAILED", words.saveFailed) });
    }
  };

  const edit = (next: NotesDraft): void => {
    setDraft(next);
    setDirty(true);
    if (save.kind === "saved") setSave({ kind: "idle" });
  };

  if (save.kind === "conflict") {
    const { conflict, merged } = save;
    const setMerged = (next: NotesDraft): void => setSave({ ...save, merged: next });
    return (
      <section className={styles.editor} data-testid="notes-conflict" aria-label={words.conflictTitle}>
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{words.conflictTitle}</MessageBarTitle>
            {words.conflictText}
          </MessageBarBody>
        </MessageBar>
        <div className={styles.versions}>
          <ReadOnlyVersion title={words.theirs} draft={conflict.theirs} testId="notes-theirs" />
          <ReadOnlyVersion title={words.yours} draft={conflict.yours} testId="notes-yours" />
          <div className={styles.version}>
            <Subtitle2 as="h4">{words.merged}</Subtitle2>
            <Field label={words.textLabel}>
              <Textarea
                value={merged.text}
                resize="vertical"
                rows={6}
                maxLength={view.limits.text}
                data-testid="notes-merged-text"
                onChange={(_, data) => setMerged({ ...merged, text: data.value })}
              />
            </Field>
            <ActionItemsEditor
              items={merged.actionItems}
              onChange={(actionItems) => setMerged({ ...merged, actionItems })}
              words={words}
              maxLength={view.limits.actionItemText}
              testId="notes-merged-items"
            />
          </div>
        </div>
        <div className={styles.actions}>
          <Button
            appearance="primary"
            data-testid="notes-save-merge"
            onClick={() => void submit(conflict.theirs.revision, trimmed(merged, view))}
          >
            {words.saveMerge}
          </Button>
          <Button onClick={() => setSave({ kind: "idle" })}>{words.keepEditing}</Button>
        </div>
      </section>
    );
  }

  return (
    <section className={styles.editor} data-testid="notes-editor" data-revision={view.revision}>
      <Field label={words.textLabel}>
        <Textarea
          value={draft.text}
          resize="vertical"
          rows={5}
          maxLength={view.limits.text}
          data-testid="notes-text"
          onChange={(_, data) => edit({ ...draft, text: data.value })}
        />
      </Field>
      <Subtitle2 as="h4">{words.itemsTitle}</Subtitle2>
      {draft.actionItems.length === 0 && <Caption1 className={styles.muted}>{words.noItems}</Caption1>}
      <ActionItemsEditor
        items={draft.actionItems}
        onChange={(actionItems) => edit({ ...draft, actionItems })}
        words={words}
        maxLength={view.limits.actionItemText}
        testId="notes-items"
      />
      <div className={styles.actions}>
        <Button
          appearance="primary"
          data-testid="notes-save"
          disabled={
            save.kind === "saving" ||
            (save.kind === "failed" && save.error.code === "WAVE_CLOSED") ||
            draft.actionItems.length > view.limits.actionItems
          }
          onClick={() => void submit(view.revision, draft)}
        >
          {save.kind === "saving" ? words.saving : words.save}
        </Button>
        <span role="status" className={styles.muted} data-testid="notes-status">
          {save.kind === "saved" ? words.saved : dirty ? words.unsaved : ""}
        </span>
      </div>
      {save.kind === "failed" && save.error.code === "WAVE_CLOSED" && (
        // HR moved the wave on since the page loaded: say so in the page's language, not the server's.
        <MessageBar intent="warning" role="alert" data-testid="notes-ended">
          <MessageBarBody>
            <MessageBarTitle>{texts.endedTitle}</MessageBarTitle>
            {texts.endedText}
          </MessageBarBody>
        </MessageBar>
      )}
      {save.kind === "failed" && save.error.code !== "WAVE_CLOSED" && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{words.saveFailed}</MessageBarTitle>
            {save.error.fieldErrors.map((f) => f.message).join(" ") || save.error.message}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

function ReadOnlyVersion({
  title,
  draft,
  testId,
}: {
  readonly title: string;
  readonly draft: NotesDraft;
  readonly testId: string;
}) {
  const styles = useStyles();
  return (
    <div className={styles.version} data-testid={testId}>
      <Subtitle2 as="h4">{title}</Subtitle2>
      <Body1 as="p" className={styles.readOnly}>
        {draft.text}
      </Body1>
      <ul className={styles.list}>
        {draft.actionItems.map((item) => (
          <li key={item.id}>
            {item.done ? "✓ " : ""}
            {item.text}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The proposed merge may exceed the limits (both sides' texts); keep it savable. */
function trimmed(draft: NotesDraft, view: SessionNotesView): NotesDraft {
  return {
    text: draft.text.slice(0, view.limits.text),
    actionItems: draft.actionItems.slice(0, view.limits.actionItems),
  };
}

function isConflict(body: unknown): body is NotesConflict {
  return (
    typeof body === "object" &&
    body !== null &&
    (body as { code?: unknown }).code === "CONFLICT" &&
    typeof (body as { theirs?: unknown }).theirs === "object" &&
    typeof (body as { merged?: unknown }).merged === "object"
  );
}
