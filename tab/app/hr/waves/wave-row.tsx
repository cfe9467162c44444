import { Body1Strong, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronRightRegular } from "@fluentui/react-icons";
import type { WaveSummary } from "../../../api/hr-api-contract";
import { useTexts } from "../../texts/texts-context";
import { useHr } from "../backend/hr-context";
import { WaveStateBadge } from "./wave-state-badge";

const useStyles = makeStyles({
  row: {
    border: "none",
    font: "inherit",
    color: "inherit",
    textAlign: "start",
    boxSizing: "border-box",
    width: "100%",
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":active": { backgroundColor: tokens.colorNeutralBackground1Pressed },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
    "@media (forced-colors: active)": { border: "1px solid ButtonText" },
  },
  body: {
    flexGrow: 1,
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  name: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  text: { overflowWrap: "anywhere" },
  detail: { color: tokens.colorNeutralForeground3 },
  chevron: { flexShrink: 0, fontSize: "20px", color: tokens.colorNeutralForeground3 },
});

/** One wave in the list: name, phase, dates and head counts; the whole row opens the wave. */
export function WaveRow({ wave, onOpen }: { readonly wave: WaveSummary; readonly onOpen: () => void }) {
  const styles = useStyles();
  const { formats } = useHr();
  const { common } = useTexts().hr;
  return (
    <button type="button" className={styles.row} onClick={onOpen} data-testid={`wave-row-${wave.id}`}>
      <span className={styles.body}>
        <span className={styles.name}>
          <Body1Strong className={styles.text}>{wave.name}</Body1Strong>
          <WaveStateBadge state={wave.state} />
        </span>
        <Caption1 className={styles.detail}>
          {formats.date(wave.startDate)} – {formats.date(wave.endDate)}
        </Caption1>
        <Caption1 className={styles.detail}>
          {common.mentees(wave.mentees)} · {common.mentors(wave.mentors)}
        </Caption1>
      </span>
      <ChevronRightRegular className={styles.chevron} aria-hidden />
    </button>
  );
}
