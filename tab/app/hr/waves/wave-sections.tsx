import { makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useState } from "react";
import type { Language } from "../../../../core/language";
import type { WaveState } from "../../../../core/wave";
import type { WaveDetail } from "../../../api/hr-api-contract";
import { CampaignSection } from "../campaign/campaign-section";
import { EnrolmentSection } from "../enrolment/enrolment-section";
import { MentorSelectionSection } from "../mentors/mentor-selection-section";
import { NeedsSection } from "../needs/needs-section";
import { LoadingState } from "../../shell/loading-state";
import { useMatchingTexts } from "../../texts/use-matching-texts";
import { useLanguage, useTexts } from "../../texts/texts-context";
import { AUDIT_TAB } from "../../texts/audit-tab";
import { DASHBOARD_TAB } from "../../texts/dashboard-tab";
import { WaveSettingsSection } from "./wave-settings-section";

// Its own chunk (the proposal's grid, dialogs and menus): fetched when HR opens the section.
const MatchingSection = lazy(() => import("../matching/matching-section"));
// Its own chunk too, with its texts: only a running wave shows it.
const ProgressSection = lazy(() => import("../progress/progress-section"));
// Its own chunk too: the audit log is read rarely.
const AuditSection = lazy(() => import("../audit/audit-section"));
// Its own chunk too, with the charts library and its texts: nothing of it is in the first paint.
const DashboardSection = lazy(() => import("../dashboard/dashboard-section"));

const useStyles = makeStyles({
  tabs: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  // On a phone the six tabs wrap onto two lines rather than hide the selected one off-screen.
  list: { flexWrap: "wrap" },
  panel: { paddingTop: tokens.spacingVerticalL },
});

type Section =
  | "settings"
  | "participants"
  | "mentors"
  | "questionnaire"
  | "needs"
  | "matching"
  | "progress"
  | "dashboard"
  | "audit";

const SECTIONS: readonly Section[] = [
  "settings",
  "participants",
  "mentors",
  "questionnaire",
  "needs",
  "matching",
  "progress",
  "dashboard",
  "audit",
];

/** The Progress tab's name (its other texts come with its chunk). */
const PROGRESS_TAB: Readonly<Record<Language, string>> = { fr: "Suivi", en: "Progress", nl: "Voortgang" };

/** The section HR most likely wants in each phase. */
const FIRST_SECTION: Readonly<Record<WaveState, Section>> = {
  draft: "settings",
  enrolling: "participants",
  questionnaire: "questionnaire",
  matching: "matching",
  running: "progress",
  closing: "dashboard",
  closed: "dashboard",
};

/**
 * Sections that only have something to show in some phases: Progress while it runs; the Dashboard once
 * questionnaires come in (its demand-and-supply per theme is what HR weighs before matching).
 */
const SHOWN_IN: Readonly<Partial<Record<Section, readonly WaveState[]>>> = {
  progress: ["running"],
  dashboard: ["questionnaire", "matching", "running", "closing", "closed"],
};
const isShown = (section: Section, state: WaveState): boolean => SHOWN_IN[section]?.includes(state) ?? true;

/** The wave's work areas as tabs; only the selected one is mounted (so only it loads and polls). */
export function WaveSections({
  wave,
  onWaveSaved,
  onPeopleChanged,
}: {
  readonly wave: WaveDetail;
  readonly onWaveSaved: (wave: WaveDetail) => void;
  /** Enrolment, vetting or the campaign changed: the wave's counts and allowed moves must be reloaded. */
  readonly onPeopleChanged: () => void;
}) {
  const styles = useStyles();
  const texts = useTexts().hr.waveDetail;
  const matching = useMatchingTexts();
  const language = useLanguage();
  const [section, setSection] = useState<Section>(FIRST_SECTION[wave.state] ?? "settings");
  return (
    <div>
      <div className={styles.tabs}>
        <TabList
          selectedValue={section}
          onTabSelect={(_, data) => setSection(data.value as Section)}
          aria-label={texts.sectionsLabel}
          className={styles.list}
        >
          {SECTIONS.filter((item) => isShown(item, wave.state)).map((item) => (
            <Tab key={item} value={item} id={`section-tab-${item}`} data-testid={`section-${item}`}>
              {item === "progress"
                ? PROGRESS_TAB[language]
                : item === "audit"
                  ? AUDIT_TAB[language]
                  : item === "dashboard"
                    ? DASHBOARD_TAB[language]
                    : texts.sections[item]}
            </Tab>
          ))}
        </TabList>
      </div>
      <div className={styles.panel} role="tabpanel" aria-labelledby={`section-tab-${section}`}>
        {section === "settings" && <WaveSettingsSection wave={wave} onSaved={onWaveSaved} />}
        {section === "participants" && <EnrolmentSection waveId={wave.id} onChanged={onPeopleChanged} />}
        {section === "mentors" && <MentorSelectionSection waveId={wave.id} onChanged={onPeopleChanged} />}
        {section === "questionnaire" && <CampaignSection wave={wave} onLaunched={onPeopleChanged} />}
        {section === "needs" && <NeedsSection waveId={wave.id} />}
        {section === "matching" && (
          <Suspense fallback={<LoadingState label={matching.loading} />}>
            <MatchingSection wave={wave} onWaveChanged={onWaveSaved} onWaveReload={onPeopleChanged} />
          </Suspense>
        )}
        {section === "progress" && isShown("progress", wave.state) && (
          <Suspense fallback={<LoadingState label={PROGRESS_TAB[language]} />}>
            <ProgressSection wave={wave} />
          </Suspense>
        )}
        {section === "dashboard" && isShown("dashboard", wave.state) && (
          <Suspense fallback={<LoadingState label={DASHBOARD_TAB[language]} />}>
            <DashboardSection wave={wave} />
          </Suspense>
        )}
        {section === "audit" && (
          <Suspense fallback={<LoadingState label={AUDIT_TAB[language]} />}>
            <AuditSection wave={wave} />
          </Suspense>
        )}
      </div>
    </div>
  );
}
