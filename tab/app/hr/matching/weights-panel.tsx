import {
  Body1,
  Body1Strong,
  Button,
  Caption1,
  Label,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Slider,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { useId, useState } from "react";
import { DEFAULT_MATCH_WEIGHTS, type MatchWeights } from "../../../../core/wave";
import { toApiError, type ApiError } from "../../backend/api-error";
import { useMatchingTexts } from "../../texts/use-matching-texts";
import { useTexts } from "../../texts/texts-context";
import { useFormSectionStyles } from "../feedback/form-section-styles";

const CRITERIA: readonly (keyof MatchWeights)[] = ["topics", "level", "language", "site", "mutualChoice"];
const WEIGHT_MAX = 100;
const WEIGHT_STEP = 5;

const useStyles = makeStyles({
  criteria: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 320px), 1fr))",
    gap: tokens.spacingVerticalL,
    columnGap: tokens.spacingHorizontalXXL,
  },
  criterion: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  head: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  value: { fontVariantNumeric: "tabular-nums" },
  meaning: { color: tokens.colorNeutralForeground2 },
  share: { color: tokens.colorNeutralForeground3 },
  slider: { width: "100%", marginInline: 0 },
  // Twenty step marks are noise here: the number next to the name says the value.
  rail: {
    "::before": { backgroundImage: "none", "@media (forced-colors: active)": { backgroundImage: "none" } },
  },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

/** The score's criteria in plain words, each with its weight (a slider while pairs are not published). */
export function WeightsPanel({
  weights,
  editable,
  onSave,
}: {
  readonly weights: MatchWeights;
  readonly editable: boolean;
  /** Saves; a thrown error is shown under the weights. */
  readonly onSave: (weights: MatchWeights) => Promise<void>;
}) {
  const section = useFormSectionStyles();
  const styles = useStyles();
  const { common } = useTexts().hr;
  const texts = useMatchingTexts().weights;
  const [draft, setDraft] = useState<MatchWeights>(weights);
  const [base, setBase] = useState(weights);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [saved, setSaved] = useState(false);
  if (base !== weights) {
    // The server's weights changed (saved, or reloaded): start again from them.
    setBase(weights);
    setDraft(weights);
  }
  const total = CRITERIA.reduce((sum, key) => sum + draft[key], 0);
  const dirty = CRITERIA.some((key) => draft[key] !== weights[key]);
  const save = async (): Promise<void> => {
    setSaving(true);
    setError(undefined);
    setSaved(false);
    try {
      await onSave(draft);
      setSaved(true);
    } catch (failure) {
      setError(toApiError(failure, "WEIGHTS_NOT_SAVED", texts.saveFailed));
    } finally {
      setSaving(false);
    }
  };
  const isDefault = CRITERIA.every((key) => draft[key] === DEFAULT_MATCH_WEIGHTS[key]);

  return (
    <fieldset className={section.section} data-testid="matching-weights">
      <legend className={section.legend}>{texts.legend}</legend>
      <Body1 as="p" className={section.hint}>
        {texts.intro}
      </Body1>
      <ul className={styles.criteria}>
        {CRITERIA.map((key) => (
          <Criterion
            key={key}
            criterion={key}
            value={draft[key]}
            share={
              total === 0 || draft[key] === 0
                ? texts.none
                : texts.share(common.percent(Math.round((100 * draft[key]) / total)))
            }
            editable={editable && !saving}
            onChange={(value) => {
              setSaved(false);
              setDraft({ ...draft, [key]: value });
            }}
          />
        ))}
      </ul>
      {error !== undefined && (
        <MessageBar intent="error" role="alert" data-testid="weights-error">
          <MessageBarBody>{error.message}</MessageBarBody>
        </MessageBar>
      )}
      {editable ? (
        <div className={styles.actions}>
          <Button
            appearance="primary"
            disabled={!dirty || saving}
            icon={saving ? <Spinner size="tiny" /> : undefined}
            onClick={() => void save()}
            data-testid="save-weights"
          >
            {texts.save}
          </Button>
          <Button
            appearance="secondary"
            disabled={isDefault || saving}
            onClick={() => setDraft(DEFAULT_MATCH_WEIGHTS)}
          >
            {texts.reset}
          </Button>
          <Caption1 className={styles.share} role="status" data-testid="weights-status">
            {saved && !dirty ? texts.saved : texts.takesEffect}
          </Caption1>
        </div>
      ) : (
        <Caption1 className={styles.share}>{texts.fixed}</Caption1>
      )}
    </fieldset>
  );
}

function Criterion({
  criterion,
  value,
  share,
  editable,
  onChange,
}: {
  readonly criterion: keyof MatchWeights;
  readonly value: number;
  readonly share: string;
  readonly editable: boolean;
  readonly onChange: (value: number) => void;
}) {
  const styles = useStyles();
  const words = useMatchingTexts().weights.criteria[criterion];
  const id = useId();
  return (
    <li className={styles.criterion} data-testid={`weight-${criterion}`} data-value={value}>
      <div className={styles.head}>
        <Label htmlFor={id} weight="semibold">
          {words.name}
        </Label>
        <Body1Strong className={styles.value} aria-hidden>
          {value}
        </Body1Strong>
      </div>
      <Caption1 id={`${id}-meaning`} className={styles.meaning}>
        {words.meaning}
      </Caption1>
      <Slider
        id={id}
        className={styles.slider}
        rail={{ className: styles.rail }}
        min={0}
        max={WEIGHT_MAX}
        step={WEIGHT_STEP}
        value={value}
        disabled={!editable}
        aria-describedby={`${id}-meaning ${id}-share`}
        onChange={(_, data) => onChange(data.value)}
      />
      <Caption1 id={`${id}-share`} className={styles.share}>
        {share}
      </Caption1>
    </li>
  );
}
