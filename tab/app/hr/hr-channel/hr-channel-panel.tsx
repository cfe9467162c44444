import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useState } from "react";
import type { HrChannelView } from "../../../api/hr-channel-routes";
import { HR_CHANNEL_PANEL_CATALOGUE } from "../../texts/hr-channel-panel-texts";
import { useLanguage } from "../../texts/texts-context";
import { useHr } from "../backend/hr-context";
import { useResource } from "../backend/use-resource";
import { ResourceView } from "../feedback/resource-view";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  candidate: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM },
  team: { flexGrow: 1, display: "flex", flexDirection: "column", minWidth: "180px" },
  muted: { color: tokens.colorNeutralForeground3 },
});

type Outcome = { readonly kind: "registered"; readonly team: string } | { readonly kind: "failed" };

/**
 * Which team channel gets the weekly progress summaries: the current one (or that there is none) and the
 * teams the bot was added to, each with a button that makes it the HR channel (PUT /api/hr/hr-channel).
 */
export function HrChannelPanel() {
  const styles = useStyles();
  const { api, formats } = useHr();
  const texts = HR_CHANNEL_PANEL_CATALOGUE[useLanguage()];
  const resource = useResource(
    "hr-channel",
    useCallback((signal) => api.getHrChannel(signal), [api]),
    texts.loadFailed,
  );
  const [saving, setSaving] = useState<string | undefined>(undefined);
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  const nameOf = (team: { teamName?: string }) => team.teamName ?? texts.unnamedTeam;

  const use = async (view: HrChannelView, teamId: string): Promise<void> => {
    setSaving(teamId);
    setOutcome(undefined);
    try {
      const channel = await api.registerHrChannel(teamId);
      resource.replace({ ...view, channel });
      setOutcome({ kind: "registered", team: nameOf(channel) });
    } catch {
      // The list may be stale (the bot was removed from that team meanwhile): show it afresh.
      setOutcome({ kind: "failed" });
      resource.reload();
    } finally {
      setSaving(undefined);
    }
  };

  return (
    <section className={styles.panel} aria-labelledby="hr-channel-heading" data-testid="hr-channel-panel">
      <Subtitle2 as="h2" id="hr-channel-heading">
        {texts.title}
      </Subtitle2>
      <Body1 as="p">{texts.intro}</Body1>
      <ResourceView resource={resource} loadingLabel={texts.loading} failureTitle={texts.failureTitle}>
        {(view) => (
          <>
            <Body1 as="p" data-testid="hr-channel-current">
              {view.channel === null
                ? texts.none
                : texts.current(nameOf(view.channel), formats.date(view.channel.registeredAt))}
            </Body1>
            {view.candidates.length === 0 ? (
              <Caption1 as="p" className={styles.muted}>
                {texts.noCandidates}
              </Caption1>
            ) : (
              <ul
                className={styles.list}
                aria-label={texts.candidatesLabel}
                data-testid="hr-channel-candidates"
              >
                {view.candidates.map((candidate) => {
                  const inUse = view.channel?.teamId === candidate.teamId;
                  return (
                    <li key={candidate.teamId} className={styles.candidate}>
                      <div className={styles.team}>
                        <Body1>{nameOf(candidate)}</Body1>
                        <Caption1 className={styles.muted}>
                          {texts.addedOn(formats.date(candidate.addedAt))}
                        </Caption1>
                      </div>
                      {inUse ? (
                        <Caption1>{texts.inUse}</Caption1>
                      ) : (
                        <Button
                          aria-label={texts.useFor(nameOf(candidate))}
                          disabled={saving !== undefined}
                          icon={saving === candidate.teamId ? <Spinner size="tiny" /> : undefined}
                          onClick={() => void use(view, candidate.teamId)}
                        >
                          {saving === candidate.teamId ? texts.saving : texts.use}
                        </Button>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
          </>
        )}
      </ResourceView>
      {outcome?.kind === "registered" && (
        <MessageBar intent="success" role="status" data-testid="hr-channel-registered">
          <MessageBarBody>{texts.registered(outcome.team)}</MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === "failed" && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{texts.registerFailed}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
