import {
  Badge,
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { PeopleTeamRegular } from "@fluentui/react-icons";
import { useCallback, useEffect, useState } from "react";
import type { MyPairView, PlanEntryView } from "../../../api/session-routes";
import { toApiError, type ApiError } from "../../backend/api-error";
import { LoadError } from "../../shell/load-error";
import { LoadingState } from "../../shell/loading-state";
import { useSessionsTexts } from "../../texts/use-sessions-texts";
import { useDateFormats, useLanguage } from "../../texts/texts-context";
import { SectionCard } from "../section-card";
import { fetchInvitation, fetchPairs, runSessionAction, type SessionAction } from "./pair-api";
import { refusalText } from "./session-problems";
import { SessionItem } from "./session-item";
import { browserTimeZone, WhenFields } from "./when-fields";

const useStyles = makeStyles({
  wide: { gridColumn: "1 / -1" },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  muted: { color: tokens.colorNeutralForeground2 },
  others: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  plan: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  entry: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  entryHead: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  propose: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

type Load =
  | { readonly kind: "loading" }
  | { readonly kind: "ready"; readonly pairs: readonly MyPairView[] }
  | { readonly kind: "failed"; readonly error: ApiError };

/** "My pair" (loaded on demand while the wave runs): the other member(s), the session plan and each session. */
export default function PairPanel({
  waveId,
  getToken,
}: {
  readonly waveId: string;
  readonly getToken: () => Promise<string>;
}) {
  const styles = useStyles();
  const words = useSessionsTexts();
  const [load, setLoad] = useState<Load>({ kind: "loading" });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const abort = new AbortController();
    const run = async (): Promise<void> => {
      try {
        const pairs = await fetchPairs(await getToken(), waveId, abort.signal);
        if (!abort.signal.aborted) setLoad({ kind: "ready", pairs });
      } catch (error) {
        if (!abort.signal.aborted)
          setLoad({ kind: "failed", error: toApiError(error, "LOAD_FAILED", words.loadFailed) });
      }
    };
    void run();
    return () => abort.abort();
  }, [getToken, waveId, attempt, words.loadFailed]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  return (
    <SectionCard title={words.title} icon={<PeopleTeamRegular />} className={styles.wide}>
      <div className={styles.panel} data-testid="pair-panel" data-state={load.kind}>
        {load.kind === "loading" && <LoadingState label={words.loading} />}
        {load.kind === "failed" && (
          <LoadError
            title={words.failureTitle}
            error={load.error}
            onRetry={() => {
              setLoad({ kind: "loading" });
              reload();
            }}
          />
        )}
        {load.kind === "ready" && load.pairs.length === 0 && (
          <MessageBar intent="info">
            <MessageBarBody>
              <MessageBarTitle>{words.noPairTitle}</MessageBarTitle>
              {words.noPairText}
            </MessageBarBody>
          </MessageBar>
        )}
        {load.kind === "ready" && load.pairs.some((pair) => !pair.active) && (
          <MessageBar intent="info" data-testid="pair-ended">
            <MessageBarBody>
              <MessageBarTitle>{words.endedTitle}</MessageBarTitle>
              {words.endedText}
            </MessageBarBody>
          </MessageBar>
        )}
        {load.kind === "ready" &&
          load.pairs.map((pair) => (
            <PairView key={pair.pairId} pair={pair} getToken={getToken} onChanged={reload} />
          ))}
      </div>
    </SectionCard>
  );
}

function PairView({
  pair,
  getToken,
  onChanged,
}: {
  readonly pair: MyPairView;
  readonly getToken: () => Promise<string>;
  readonly onChanged: () => void;
}) {
  const styles = useStyles();
  const words = useSessionsTexts();
  const language = useLanguage();
  const formats = useDateFormats();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  const [date, setDate] = useState("");
  const [time, setTime] = useState("");
  const names: Record<string, string> = Object.fromEntries(pair.others.map((o) => [o.id, o.displayName]));

  const act = async (action: SessionAction): Promise<boolean> => {
    setBusy(true);
    setProblem(undefined);
    try {
      await runSessionAction(await getToken(), pair.waveId, pair.pairId, action);
      onChanged();
      return true;
    } catch (error) {
      setProblem(refusalText(error, words));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const download = (sessionId: string): void => {
    const run = async (): Promise<void> => {
      try {
        const { filename, ics } = await fetchInvitation(
          await getToken(),
          pair.waveId,
          pair.pairId,
          sessionId,
          language,
        );
        const href = URL.createObjectURL(new Blob([ics], { type: "text/calendar;charset=utf-8" }));
        const anchor = document.createElement("a");
        anchor.href = href;
        anchor.download = filename;
        document.body.append(anchor);
        anchor.click();
        anchor.remove();
        setTimeout(() => URL.revokeObjectURL(href), 1000);
      } catch (error) {
        setProblem(refusalText(error, words));
      }
    };
    void run();
  };

  const held = pair.plan.filter((e) => e.state === "held").length;
  const booked = pair.plan.filter((e) => e.session !== undefined && e.state !== "held").length;
  const inPlan = new Set(pair.plan.flatMap((e) => (e.session ? [e.session.id] : [])));
  const outside = pair.sessions.filter((s) => !inPlan.has(s.id));
  const canPropose = pair.active && pair.plan.some((e) => e.session === undefined);
  const first = pair.plan[0];
  const last = pair.plan.at(-1);

  const item = (session: NonNullable<PlanEntryView["session"]>) => (
    <SessionItem
      session={session}
      me={pair.me}
      names={names}
      waveId={pair.waveId}
      busy={busy}
      readOnly={!pair.active}
      onAction={act}
      onDownload={download}
      getToken={getToken}
    />
  );

  return (
    <div className={styles.panel} data-testid="pair" data-pair-id={pair.pairId}>
      <div>
        <Caption1 className={styles.muted}>{words.withLabel}</Caption1>
        <ul className={styles.others} data-testid="pair-others">
          {pair.others.map((o) => (
            <li key={o.id}>
              <Body1>
                <strong>{o.displayName}</strong> · {o.role === "mentor" ? words.mentor : words.mentee} ·{" "}
                {o.department}
              </Body1>
            </li>
          ))}
        </ul>
      </div>
      {problem !== undefined && (
        <MessageBar intent="error" role="alert" data-testid="pair-problem">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {canPropose && (
        <form
          className={styles.propose}
          aria-label={words.proposeTitle}
          onSubmit={(event) => {
            event.preventDefault();
            void act({ kind: "propose", date, time, timeZone: browserTimeZone() }).then((done) => {
              if (done) {
                setDate("");
                setTime("");
              }
            });
          }}
        >
          <Subtitle2 as="h3">{words.proposeTitle}</Subtitle2>
          <WhenFields
            date={date}
            time={time}
            onDate={setDate}
            onTime={setTime}
            words={words}
            min={first?.from}
            max={last?.to}
            testId="propose"
          />
          <div>
            <Button appearance="primary" type="submit" disabled={busy} data-testid="propose-submit">
              {words.propose}
            </Button>
          </div>
        </form>
      )}
      <div>
        <Subtitle2 as="h3">{words.planTitle}</Subtitle2>
        <Caption1 as="p" className={styles.muted} data-testid="plan-summary">
          {words.planSummary(held, booked, pair.plan.length)}
        </Caption1>
        <ol className={styles.plan} data-testid="plan">
          {pair.plan.map((entry) => (
            <li
              key={entry.position}
              className={styles.entry}
              data-testid="plan-entry"
              data-state={entry.state}
            >
              <div className={styles.entryHead}>
                <Body1>
                  <strong>{words.planEntry(entry.position)}</strong>
                </Body1>
                <Badge appearance="tint" color={badgeColor(entry.state)}>
                  {words.states[entry.state]}
                </Badge>
                <Caption1 className={styles.muted}>
                  {words.periodFromTo(formats.date(entry.from), formats.date(entry.to))}
                </Caption1>
              </div>
              {entry.session !== undefined && item(entry.session)}
            </li>
          ))}
        </ol>
      </div>
      {outside.length > 0 && (
        <div>
          <Subtitle2 as="h3">{words.otherSessions}</Subtitle2>
          <ul className={styles.plan}>
            {outside.map((s) => (
              <li key={s.id} className={styles.entry}>
                {item(s)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

function badgeColor(
  state: PlanEntryView["state"],
): "success" | "brand" | "warning" | "danger" | "informative" {
  if (state === "held") return "success";
  if (state === "scheduled") return "brand";
  if (state === "overdue") return "danger";
  return state === "proposed" || state === "awaiting-check-in" ? "warning" : "informative";
}
