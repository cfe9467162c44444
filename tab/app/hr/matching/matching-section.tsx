import {
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle1,
  tokens,
} from "@fluentui/react-components";
import { PeopleSwapRegular } from "@fluentui/react-icons";
import { useMemo, useState } from "react";
import type { WaveDetail } from "../../../api/hr-api-contract";
import type { MatchingView, MatchPairView, MatchPersonView } from "../../../api/matching-api-contract";
import { languageName } from "../../my-mentoring/wording";
import { useMatchingTexts } from "../../texts/use-matching-texts";
import { useLanguage, useTexts } from "../../texts/texts-context";
import { useHr } from "../backend/hr-context";
import { EmptyState } from "../feedback/empty-state";
import { ResourceView } from "../feedback/resource-view";
import { AssignDialog } from "./assign-dialog";
import { MatchingStart } from "./matching-start";
import type { PairActionHandlers } from "./pair-cells";
import type { ReasonNames } from "./pair-wording";
import { PoolPanel } from "./pool-panel";
import { ProposalSummary } from "./proposal-summary";
import { ProposalTable } from "./proposal-table";
import { PublishDialog } from "./publish-dialog";
import { RefusalBar } from "./refusal-bar";
import { SwapDialog } from "./swap-dialog";
import { UnmatchedPanel } from "./unmatched-panel";
import { useMatching, type MatchingHandle } from "./use-matching";
import { WeightsPanel } from "./weights-panel";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  status: { color: tokens.colorNeutralForeground2 },
  // Empty, the live region stays in the accessibility tree but takes no room (nor a gap) on the page.
  quiet: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)" },
});

/** The wave's Matching section (loaded on demand): weights, pool, proposal with its edits, publication. */
export default function MatchingSection({
  wave,
  onWaveChanged,
  onWaveReload,
}: {
  readonly wave: WaveDetail;
  /** The wave moved to matching from here: its detail is the transition's answer. */
  readonly onWaveChanged: (wave: WaveDetail) => void;
  /** Pairs were published (the wave is now running): the wave's header must be reloaded. */
  readonly onWaveReload: () => void;
}) {
  const styles = useStyles();
  const texts = useMatchingTexts();
  const matching = useMatching(wave.id);
  const { reload } = matching.resource;
  return (
    <section className={styles.section} aria-labelledby="matching-heading" data-testid="matching-section">
      <Subtitle1 as="h2" id="matching-heading">
        {texts.title}
      </Subtitle1>
      <ResourceView
        resource={matching.resource}
        loadingLabel={texts.loading}
        failureTitle={texts.failureTitle}
      >
        {(view) => (
          <MatchingContent
            view={view}
            wave={wave}
            matching={matching}
            onWaveChanged={(next) => {
              onWaveChanged(next);
              reload();
            }}
            onPublished={onWaveReload}
          />
        )}
      </ResourceView>
    </section>
  );
}

function MatchingContent({
  view,
  wave,
  matching,
  onWaveChanged,
  onPublished,
}: {
  readonly view: MatchingView;
  readonly wave: WaveDetail;
  readonly matching: MatchingHandle;
  readonly onWaveChanged: (wave: WaveDetail) => void;
  readonly onPublished: () => void;
}) {
  const styles = useStyles();
  const allTexts = useTexts();
  const texts = useMatchingTexts();
  const { formats } = useHr();
  const language = useLanguage();
  const [swapping, setSwapping] = useState<MatchPairView>();
  const [assigning, setAssigning] = useState<MatchPersonView>();
  const [publishing, setPublishing] = useState(false);
  const { change, confirm, busy, refusal, announcement, dismissRefusal } = matching;
  const waveId = wave.id;
  const { proposal, published } = view;
  const readOnly = published !== null;
  const early = view.waveState === "draft" || view.waveState === "enrolling";
  const proposing = busy === "propose";

  const names = useMemo<ReasonNames>(() => {
    const labels = new Map(wave.themes.map((theme) => [theme.id, theme.labels[language]]));
    return {
      theme: (themeId) => labels.get(themeId) ?? themeId,
      language: (spoken) => languageName(spoken, allTexts),
    };
  }, [wave.themes, language, allTexts]);

  const handlers = useMemo<PairActionHandlers>(() => {
    const edits = texts.edits;
    const onPair = (pair: MatchPairView) => ({ menteeId: pair.mentee.id }) as const;
    return {
      onLock: (pair) =>
        void change(
          onPair(pair),
          (api) => api.lock(waveId, pair.mentee.id),
          () => edits.locked(pair.mentee.displayName),
        ),
      onUnlock: (pair) =>
        void change(
          onPair(pair),
          (api) => api.unlock(waveId, pair.mentee.id),
          () => edits.unlocked(pair.mentee.displayName),
        ),
      onRemove: (pair) =>
        void change(
          onPair(pair),
          (api) => api.remove(waveId, pair.mentee.id),
          () => edits.removed(pair.mentee.displayName),
        ),
      onSwap: setSwapping,
      onChangeMentor: (pair) => setAssigning(pair.mentee),
    };
  }, [change, waveId, texts.edits]);

  const propose = (): void =>
    void change(
      "propose",
      (api) => api.propose(waveId),
      (next) =>
        texts.pool.proposed(next.proposal?.pairs.length ?? 0, next.proposal?.unmatchedMentees.length ?? 0),
    );

  const refusalBar = refusal !== undefined && <RefusalBar refusal={refusal} onDismiss={dismissRefusal} />;

  return (
    <>
      {early && (
        <EmptyState icon={<PeopleSwapRegular />} title={texts.notYetTitle} testId="matching-not-yet">
          {texts.notYetText}
        </EmptyState>
      )}
      {view.waveState === "questionnaire" && <MatchingStart wave={wave} onMoved={onWaveChanged} />}
      {published !== null && (
        <MessageBar intent="success" layout="multiline" data-testid="matching-published">
          <MessageBarBody>
            <MessageBarTitle>{texts.publish.publishedTitle}</MessageBarTitle>
            {texts.publish.publishedText(formats.date(published.at), published.pairs)}{" "}
            {texts.publish.readOnly}
          </MessageBarBody>
        </MessageBar>
      )}
      <Caption1
        role="status"
        className={announcement === "" ? styles.quiet : styles.status}
        data-testid="matching-status"
      >
        {announcement}
      </Caption1>
      {!early && (
        <PoolPanel
          view={view}
          proposing={proposing && proposal === null}
          onPropose={proposal === null && !readOnly ? propose : undefined}
        />
      )}
      {proposal === null ? (
        refusalBar
      ) : (
        <>
          <ProposalSummary
            view={view}
            proposal={proposal}
            proposing={proposing}
            onPropose={propose}
            onPublish={() => setPublishing(true)}
          />
          {refusalBar}
          <ProposalTable
            view={view}
            proposal={proposal}
            names={names}
            busy={busy}
            readOnly={readOnly}
            handlers={handlers}
          />
          <UnmatchedPanel
            proposal={proposal}
            readOnly={readOnly}
            disabled={busy !== undefined}
            onAssign={setAssigning}
          />
          <SwapDialog
            pair={swapping}
            proposal={proposal}
            onSwap={(first, second) =>
              confirm(
                (api) => api.swap(waveId, [first.mentee.id, second.mentee.id]),
                () => texts.edits.swapped(first.mentee.displayName, second.mentee.displayName),
              )
            }
            onClose={() => setSwapping(undefined)}
          />
          <AssignDialog
            mentee={assigning}
            proposal={proposal}
            onAssign={(mentee, mentor) =>
              confirm(
                (api) => api.assign(waveId, mentee.id, mentor.id),
                () => texts.edits.assigned(mentee.displayName, mentor.displayName),
              )
            }
            onClose={() => setAssigning(undefined)}
          />
          <PublishDialog
            open={publishing}
            view={view}
            proposal={proposal}
            onPublish={async () => {
              await confirm(
                (api) => api.publish(waveId),
                // The banner says the rest; the live region only says it is done.
                () => texts.publish.publishedTitle,
              );
              onPublished();
            }}
            onClose={() => setPublishing(false)}
          />
        </>
      )}
      <WeightsPanel
        weights={view.weights}
        editable={!readOnly}
        onSave={(weights) =>
          confirm(
            (api) => api.saveWeights(waveId, weights),
            () => texts.weights.saved,
          )
        }
      />
    </>
  );
}
