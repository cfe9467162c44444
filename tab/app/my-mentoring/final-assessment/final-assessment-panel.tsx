import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { ClipboardTaskListLtrRegular } from "@fluentui/react-icons";
import { useEffect, useState, type FormEvent } from "react";
import type { FinalAssessmentView } from "../../../api/assessment-routes";
import { ApiError, toApiError } from "../../backend/api-error";
import { LoadError } from "../../shell/load-error";
import { LoadingState } from "../../shell/loading-state";
import type { AssessmentTexts } from "../../texts/assessment-texts";
import { useLanguage } from "../../texts/texts-context";
import { useAssessmentTexts } from "../../texts/use-assessment-texts";
import { SectionCard } from "../section-card";
import { fetchFinalAssessment, saveFinalAssessment } from "./assessment-api";

const COMMENT_MAX_LENGTH = 1000;
const SCALE = ["1", "2", "3", "4", "5"] as const;

const useStyles = makeStyles({
  wide: { gridColumn: "1 / -1" },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  muted: { color: tokens.colorNeutralForeground2, margin: 0 },
  themes: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    border: 0,
    padding: 0,
    margin: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "center" },
});

type Load =
  | { readonly kind: "loading" }
  | { readonly kind: "ready"; readonly view: FinalAssessmentView }
  | { readonly kind: "failed"; readonly error: ApiError };

interface Draft {
  readonly ratings: Readonly<Record<string, string>>;
  readonly satisfaction: string;
  readonly recommend: string;
  readonly comment: string;
}

type Outcome =
  | { readonly kind: "saved"; readonly unchanged: boolean }
  | { readonly kind: "refused"; readonly error: ApiError }
  | undefined;

/** "Final assessment" (loaded on demand while the wave is closing): the caller rates their themes again. */
export default function FinalAssessmentPanel({ getToken }: { readonly getToken: () => Promise<string> }) {
  const styles = useStyles();
  const words = useAssessmentTexts();
  const [load, setLoad] = useState<Load>({ kind: "loading" });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const abort = new AbortController();
    const run = async (): Promise<void> => {
      try {
        const view = await fetchFinalAssessment(await getToken(), abort.signal);
        if (!abort.signal.aborted) setLoad({ kind: "ready", view });
      } catch (error) {
        if (!abort.signal.aborted)
          setLoad({ kind: "failed", error: toApiError(error, "LOAD_FAILED", words.loadFailed) });
      }
    };
    void run();
    return () => abort.abort();
  }, [getToken, attempt, words.loadFailed]);

  if (load.kind === "ready" && load.view.status === "not-open") return null;
  return (
    <SectionCard title={words.title} icon={<ClipboardTaskListLtrRegular />} className={styles.wide}>
      <div data-testid="final-assessment" data-state={load.kind}>
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
        {load.kind === "ready" && load.view.status === "closed" && (
          <MessageBar intent="info" data-testid="assessment-closed">
            <MessageBarBody>
              <MessageBarTitle>{words.closedTitle}</MessageBarTitle>
              {words.closedText}
            </MessageBarBody>
          </MessageBar>
        )}
        {load.kind === "ready" && load.view.status === "open" && (
          <AssessmentForm view={load.view} getToken={getToken} />
        )}
      </div>
    </SectionCard>
  );
}

function draftOf(view: FinalAssessmentView): Draft {
  const answers = view.answers;
  return {
    ratings: Object.fromEntries((answers?.themes ?? []).map((t) => [t.themeId, String(t.rating)])),
    satisfaction: answers ? String(answers.satisfaction) : "",
    recommend: answers ? (answers.wouldRecommend ? "yes" : "no") : "",
    comment: answers?.comment ?? "",
  };
}

function AssessmentForm({
  view,
  getToken,
}: {
  readonly view: FinalAssessmentView;
  readonly getToken: () => Promise<string>;
}) {
  const styles = useStyles();
  const words = useAssessmentTexts();
  const language = useLanguage();
  const [draft, setDraft] = useState<Draft>(() => draftOf(view));
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(undefined);
  const problem = (field: string): string | undefined => fieldProblem(outcome, field, words);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    setOutcome(undefined);
    try {
      const saved = await saveFinalAssessment(await getToken(), {
        themes: view.themes.map((t) => ({
          themeId: t.themeId,
          rating: Number(draft.ratings[t.themeId] ?? 0),
        })),
        satisfaction: draft.satisfaction === "" ? undefined : Number(draft.satisfaction),
        wouldRecommend: draft.recommend === "" ? undefined : draft.recommend === "yes",
        comment: draft.comment,
      });
      setOutcome({ kind: "saved", unchanged: saved.status === "unchanged" });
    } catch (error) {
      setOutcome({ kind: "refused", error: toApiError(error, "SAVE_FAILED", words.loadFailed) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate aria-label={words.title}>
      <p className={styles.muted}>{words.intro}</p>
      {view.themes.length > 0 && (
        <fieldset className={styles.themes}>
          <legend className={styles.legend}>{words.themesLegend}</legend>
          {view.themes.map((theme) => (
            <Field
              key={theme.themeId}
              label={theme.labels[language]}
              hint={words.atStart(words.comfortWords[theme.baseline - 1] ?? String(theme.baseline))}
              required
              {...invalid(problem(`theme:${theme.themeId}`))}
            >
              <RadioGroup
                value={draft.ratings[theme.themeId] ?? ""}
                data-testid={`rating-${theme.themeId}`}
                onChange={(_e, data) =>
                  setDraft((d) => ({ ...d, ratings: { ...d.ratings, [theme.themeId]: data.value } }))
                }
              >
                {SCALE.map((n, i) => (
                  <Radio key={n} value={n} label={`${n} — ${words.comfortWords[i]}`} />
                ))}
              </RadioGroup>
            </Field>
          ))}
        </fieldset>
      )}
      <Field label={words.satisfactionLegend} required {...invalid(problem("satisfaction"))}>
        <RadioGroup
          value={draft.satisfaction}
          data-testid="satisfaction"
          onChange={(_e, data) => setDraft((d) => ({ ...d, satisfaction: data.value }))}
        >
          {SCALE.map((n, i) => (
            <Radio key={n} value={n} label={`${n} — ${words.satisfactionWords[i]}`} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={words.recommendLegend} required {...invalid(problem("wouldRecommend"))}>
        <RadioGroup
          layout="horizontal"
          value={draft.recommend}
          data-testid="recommend"
          onChange={(_e, data) => setDraft((d) => ({ ...d, recommend: data.value }))}
        >
          <Radio value="yes" label={words.yes} />
          <Radio value="no" label={words.no} />
        </RadioGroup>
      </Field>
      <Field label={words.commentLabel} hint={words.commentHint} {...invalid(problem("comment"))}>
        <Textarea
          value={draft.comment}
          maxLength={COMMENT_MAX_LENGTH}
          resize="vertical"
          data-testid="comment"
          onChange={(_e, data) => setDraft((d) => ({ ...d, comment: data.value }))}
        />
      </Field>
      <p className={styles.muted}>{words.privacy}</p>
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={busy} data-testid="send-assessment">
          {busy ? words.saving : words.send}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {outcome?.kind === "saved" && (
          <MessageBar intent="success" data-testid="assessment-saved">
            <MessageBarBody>
              <MessageBarTitle>{words.savedTitle}</MessageBarTitle>
              {outcome.unchanged ? words.unchanged : words.savedText}
            </MessageBarBody>
          </MessageBar>
        )}
        {outcome?.kind === "refused" && (
          <MessageBar intent="error" data-testid="assessment-refused" data-code={outcome.error.code}>
            <MessageBarBody>
              <MessageBarTitle>
                {outcome.error.code === "ASSESSMENT_CLOSED" ? words.closedTitle : words.problemTitle}
              </MessageBarTitle>
              {refusalText(outcome.error, words)}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </form>
  );
}

function invalid(message: string | undefined): { validationState?: "error"; validationMessage?: string } {
  return message === undefined ? {} : { validationState: "error", validationMessage: message };
}

function fieldProblem(outcome: Outcome, field: string, words: AssessmentTexts): string | undefined {
  if (outcome?.kind !== "refused") return undefined;
  const hit = outcome.error.fieldErrors.some((e) => e.field === field);
  if (!hit) return undefined;
  return field.startsWith("theme:")
    ? words.fieldProblem.theme
    : words.fieldProblem[field as keyof AssessmentTexts["fieldProblem"]];
}

function refusalText(error: ApiError, words: AssessmentTexts): string {
  if (error.code === "ASSESSMENT_CLOSED") return words.closedText;
  if (error.code !== "VALIDATION") return error.message;
  const kinds = new Set(error.fieldErrors.map((e) => (e.field.startsWith("theme:") ? "theme" : e.field)));
  return [...kinds]
    .filter((k): k is keyof AssessmentTexts["fieldProblem"] => k in words.fieldProblem)
    .map((k) => words.fieldProblem[k])
    .join(" ");
}
