import { Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { CheckmarkRegular } from "@fluentui/react-icons";
import { WAVE_STATES, type WaveState } from "../../../../core/wave";
import { useTexts } from "../../texts/texts-context";
import { waveStateLabel } from "./wave-state-wording";

const useStyles = makeStyles({
  steps: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "grid",
    gridTemplateColumns: `repeat(${WAVE_STATES.length}, minmax(0, 1fr))`,
    "@media (max-width: 640px)": {
      gridTemplateColumns: "repeat(2, minmax(0, 1fr))",
      rowGap: tokens.spacingVerticalS,
    },
  },
  step: {
    position: "relative",
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: tokens.spacingVerticalXS,
    textAlign: "center",
    color: tokens.colorNeutralForeground3,
    // The line joining this step to the previous one.
    "::before": {
      content: '""',
      position: "absolute",
      top: "12px",
      right: "50%",
      width: "100%",
      height: tokens.strokeWidthThick,
      backgroundColor: tokens.colorNeutralStroke2,
      zIndex: 0,
    },
    ":first-child::before": { display: "none" },
    "@media (max-width: 640px)": {
      flexDirection: "row",
      textAlign: "start",
      gap: tokens.spacingHorizontalS,
      "::before": { display: "none" },
    },
  },
  reached: { "::before": { backgroundColor: tokens.colorCompoundBrandStroke } },
  dot: {
    position: "relative",
    zIndex: 1,
    boxSizing: "border-box",
    width: "24px",
    height: "24px",
    flexShrink: 0,
    borderRadius: tokens.borderRadiusCircular,
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  done: {
    border: `${tokens.strokeWidthThick} solid ${tokens.colorCompoundBrandStroke}`,
    color: tokens.colorCompoundBrandForeground1,
  },
  current: {
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandBackground}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  currentLabel: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

/** The wave's lifecycle as steps: done ones ticked, the current one filled and marked for screen readers. */
export function WaveStepper({ state }: { readonly state: WaveState }) {
  const styles = useStyles();
  const texts = useTexts();
  const current = WAVE_STATES.indexOf(state);
  return (
    <ol className={styles.steps} aria-label={texts.hr.lifecycle.stepperLabel} data-testid="wave-stepper">
      {WAVE_STATES.map((step, index) => {
        const status = index < current ? "done" : index === current ? "current" : "upcoming";
        return (
          <li
            key={step}
            className={mergeClasses(styles.step, index <= current && styles.reached)}
            aria-current={status === "current" ? "step" : undefined}
            data-step={step}
            data-status={status}
          >
            <span
              className={mergeClasses(
                styles.dot,
                status === "done" && styles.done,
                status === "current" && styles.current,
              )}
              aria-hidden
            >
              {status === "done" ? <CheckmarkRegular /> : index + 1}
            </span>
            <Caption1 className={status === "current" ? styles.currentLabel : undefined}>
              {waveStateLabel(step, texts.hr)}
              {status === "done" && <span className={styles.hidden}> {texts.hr.lifecycle.done}</span>}
            </Caption1>
          </li>
        );
      })}
    </ol>
  );
}
