import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { PeopleCheckmarkRegular } from "@fluentui/react-icons";
import { useEffect, useState } from "react";
import type { Role } from "../../../../core/participant";
import type { ShortlistCandidate, ShortlistView } from "../../../api/matching-api-contract";
import { toApiError, type ApiError } from "../../backend/api-error";
import { LoadError } from "../../shell/load-error";
import { LoadingState } from "../../shell/loading-state";
import { useShortlistTexts } from "../../texts/use-matching-texts";
import { SectionCard } from "../section-card";
import { CandidateCard } from "./candidate-card";
import { ChosenList } from "./chosen-list";
import { choose, move, sameChoices, unchoose } from "./shortlist-choices";
import { fetchShortlist, saveShortlist } from "./shortlist-api";

const useStyles = makeStyles({
  wide: { gridColumn: "1 / -1" },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  intro: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground2 },
  grid: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 260px), 1fr))",
    gap: tokens.spacingVerticalM,
  },
  save: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM },
});

type Load =
  | { readonly kind: "loading" }
  | { readonly kind: "ready"; readonly view: ShortlistView }
  | { readonly kind: "failed"; readonly error: ApiError };

/** "Choose who you'd like to be paired with" (loaded on demand): optional, up to 3 profiles of the other side. */
export default function ShortlistPanel({
  waveId,
  role,
  getToken,
}: {
  readonly waveId: string;
  readonly role: Role;
  readonly getToken: () => Promise<string>;
}) {
  const styles = useStyles();
  const words = useShortlistTexts();
  const [load, setLoad] = useState<Load>({ kind: "loading" });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const abort = new AbortController();
    const run = async (): Promise<void> => {
      try {
        const view = await fetchShortlist(await getToken(), waveId, abort.signal);
        if (!abort.signal.aborted) setLoad({ kind: "ready", view });
      } catch (error) {
        if (!abort.signal.aborted)
          setLoad({ kind: "failed", error: toApiError(error, "LOAD_FAILED", words.loadFailed) });
      }
    };
    void run();
    return () => abort.abort();
  }, [getToken, waveId, attempt, words.loadFailed]);

  return (
    <SectionCard title={words.title} icon={<PeopleCheckmarkRegular />} className={styles.wide}>
      <div
        className={styles.panel}
        data-testid="shortlist-panel"
        data-state={load.kind === "ready" ? (load.view.open ? "open" : "closed") : load.kind}
      >
        {load.kind === "loading" && <LoadingState label={words.loading} />}
        {load.kind === "failed" && (
          <LoadError
            title={words.failureTitle}
            error={load.error}
            onRetry={() => {
              setLoad({ kind: "loading" });
              setAttempt((n) => n + 1);
            }}
          />
        )}
        {load.kind === "ready" && (
          <ShortlistEditor
            view={load.view}
            role={role}
            onSave={async (choices) => {
              const saved = await saveShortlist(await getToken(), waveId, choices);
              setLoad({ kind: "ready", view: saved });
              return saved;
            }}
          />
        )}
      </div>
    </SectionCard>
  );
}

function ShortlistEditor({
  view,
  role,
  onSave,
}: {
  readonly view: ShortlistView;
  readonly role: Role;
  readonly onSave: (choices: readonly string[]) => Promise<ShortlistView>;
}) {
  const styles = useStyles();
  const words = useShortlistTexts();
  const [draft, setDraft] = useState<readonly string[]>(view.choices);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<ApiError>();
  const byId = new Map(view.candidates.map((candidate) => [candidate.id, candidate]));
  const chosen = draft.flatMap((id) => byId.get(id) ?? []);
  const dirty = !sameChoices(draft, view.choices);
  const otherSide = words.otherSide[role === "mentee" ? "mentor" : "mentee"];

  const edit = (next: readonly string[]): void => setDraft(next);
  const save = async (): Promise<void> => {
    setSaving(true);
    setFailure(undefined);
    try {
      setDraft((await onSave(draft)).choices);
    } catch (error) {
      setFailure(toApiError(error, "SHORTLIST_NOT_SAVED", words.saveFailed));
    } finally {
      setSaving(false);
    }
  };

  if (!view.open) {
    const saved = view.choices.flatMap((id) => byId.get(id) ?? []);
    return (
      <div className={styles.intro}>
        <Subtitle2 as="h3">{words.closedTitle}</Subtitle2>
        <Body1 as="p" className={styles.muted}>
          {saved.length === 0 ? words.closedNone : words.closedText}
        </Body1>
        {saved.length > 0 && <ChosenList chosen={saved} readOnly />}
      </div>
    );
  }

  return (
    <>
      <div className={styles.intro}>
        <Body1 as="p">{words.intro(view.max, otherSide)}</Body1>
        <Body1 as="p" className={styles.muted}>
          {words.notAGuarantee}
        </Body1>
      </div>
      <Subtitle2 as="h3">{words.yourChoices}</Subtitle2>
      <ChosenList
        chosen={chosen}
        readOnly={saving}
        onMove={(id, by) => edit(move(draft, id, by))}
        onRemove={(id) => edit(unchoose(draft, id))}
      />
      <div className={styles.save}>
        <Button
          appearance="primary"
          disabled={!dirty || saving}
          icon={saving ? <Spinner size="tiny" /> : undefined}
          onClick={() => void save()}
          data-testid="save-shortlist"
        >
          {words.save}
        </Button>
        <Caption1 role="status" data-testid="shortlist-status" data-saved={!dirty}>
          {dirty ? words.unsaved : view.choices.length > 0 ? words.saved : ""}
        </Caption1>
        {draft.length >= view.max && <Caption1 className={styles.muted}>{words.full(view.max)}</Caption1>}
      </div>
      {failure !== undefined && (
        <MessageBar intent="error" layout="multiline" role="alert" data-testid="shortlist-error">
          <MessageBarBody>
            <MessageBarTitle>{words.saveFailed}</MessageBarTitle>
            {failure.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {view.candidates.length === 0 ? (
        <Body1 as="p">{words.noCandidates}</Body1>
      ) : (
        <ul className={styles.grid} aria-label={words.candidatesLabel}>
          {view.candidates.map((candidate: ShortlistCandidate) => {
            const index = draft.indexOf(candidate.id);
            return (
              <li key={candidate.id}>
                <CandidateCard
                  candidate={candidate}
                  rank={index < 0 ? undefined : index + 1}
                  full={draft.length >= view.max}
                  disabled={saving}
                  onToggle={() =>
                    edit(index < 0 ? choose(draft, candidate.id, view.max) : unchoose(draft, candidate.id))
                  }
                />
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
