import { Avatar, Caption1, makeStyles, Title2, tokens } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import type { MyMentoringView as View } from "../../../core/my-mentoring";
import { PAIRS_SHOWN } from "../../../core/wave";
import type { DateFormats } from "./date-formats";
import { useTexts, useWaveLanguage } from "../texts/texts-context";
import { NotEnrolled } from "./not-enrolled";
import { QuestionnaireCard } from "./questionnaire-card";
import { RoleCard } from "./role-card";
import { WaveCard } from "./wave-card";

// Its own chunk: fetched only while a shortlist may be open, so the first paint stays light.
const ShortlistPanel = lazy(() => import("./shortlist/shortlist-panel"));
// Its own chunk too: the pair, its sessions and the notes editor, from the wave's start (to read once it is over).
const PairPanel = lazy(() => import("./pair/pair-panel"));
// And the end-of-wave assessment, from closing on (read-only once HR closes the wave).
const FinalAssessmentPanel = lazy(() => import("./final-assessment/final-assessment-panel"));
// "Your data" (download, erase): for everyone, closed waves included; its own chunk with its texts.
const DataRightsPanel = lazy(() => import("./data-rights/data-rights-panel"));

/** The wave states in which participants may still choose who they would like to be paired with. */
const SHORTLIST_STATES: ReadonlySet<string> = new Set(["questionnaire", "matching"]);

const useStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalL,
    marginBottom: tokens.spacingVerticalL,
  },
  title: { display: "flex", flexDirection: "column", minWidth: 0 },
  eyebrow: { color: tokens.colorNeutralForeground3 },
  name: {
    overflowWrap: "anywhere",
    "@media (max-width: 480px)": { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  },
  dataRights: { marginTop: tokens.spacingVerticalL },
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 300px), 1fr))",
    gap: tokens.spacingVerticalL,
  },
});

/** My mentoring: who I am in the programme, my wave, my questionnaire, and whom I would like as a partner. */
export function MyMentoringView({
  view,
  formats,
  getToken,
}: {
  readonly view: View;
  readonly formats: DateFormats;
  /** For the shortlist's and the pair panel's own calls (/api/me/waves/:waveId/...). */
  readonly getToken: () => Promise<string>;
}) {
  const styles = useStyles();
  const texts = useTexts();
  const { enrolment } = view;
  useWaveLanguage(enrolment?.language);
  return (
    <>
      <header className={styles.header}>
        <Avatar name={view.user.displayName} size={56} color="brand" aria-hidden />
        <div className={styles.title}>
          <Caption1 className={styles.eyebrow}>{texts.myMentoring.title}</Caption1>
          <Title2 as="h1" className={styles.name} data-testid="my-name">
            {view.user.displayName}
          </Title2>
        </div>
      </header>
      {enrolment === null ? (
        <NotEnrolled />
      ) : (
        <div className={styles.grid}>
          <RoleCard enrolment={enrolment} />
          <WaveCard wave={enrolment.wave} formats={formats} />
          <QuestionnaireCard enrolment={enrolment} formats={formats} />
          {SHORTLIST_STATES.has(enrolment.wave.state) && (
            <Suspense fallback={null}>
              <ShortlistPanel waveId={enrolment.wave.id} role={enrolment.role} getToken={getToken} />
            </Suspense>
          )}
          {PAIRS_SHOWN.has(enrolment.wave.state) && (
            <Suspense fallback={null}>
              <PairPanel waveId={enrolment.wave.id} getToken={getToken} />
            </Suspense>
          )}
          {(enrolment.wave.state === "closing" || enrolment.wave.state === "closed") && (
            <Suspense fallback={null}>
              <FinalAssessmentPanel getToken={getToken} />
            </Suspense>
          )}
        </div>
      )}
      <div className={styles.dataRights}>
        <Suspense fallback={null}>
          <DataRightsPanel getToken={getToken} />
        </Suspense>
      </div>
    </>
  );
}
