import {
  Badge,
  Body1Strong,
  Button,
  Caption1,
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  mergeClasses,
  ProgressBar,
  Spinner,
  tokens,
  Tooltip,
} from "@fluentui/react-components";
import {
  ArrowSwapRegular,
  HeartRegular,
  LockClosedRegular,
  LockOpenRegular,
  MoreHorizontalRegular,
  PersonArrowRightRegular,
  PersonDeleteRegular,
} from "@fluentui/react-icons";
import type { MatchPairView, MatchPersonView } from "../../../api/matching-api-contract";
import { languageList } from "../../my-mentoring/wording";
import { useMatchingTexts } from "../../texts/use-matching-texts";
import { useTexts } from "../../texts/texts-context";
import { isShortfall, pairReasonText, scoreFraction, type ReasonNames } from "./pair-wording";

const useStyles = makeStyles({
  person: { display: "flex", flexDirection: "column", minWidth: 0, paddingBlock: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  score: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, width: "100%" },
  fraction: { fontVariantNumeric: "tabular-nums" },
  reasons: {
    margin: 0,
    paddingBlock: tokens.spacingVerticalS,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  shortfall: { color: tokens.colorNeutralForeground3 },
  badge: { whiteSpace: "nowrap" },
  badges: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXXS,
  },
  actions: { display: "flex", gap: tokens.spacingHorizontalXXS, alignItems: "center" },
});

/** A person with where they work and the languages they speak. */
export function PersonCell({
  person,
  title,
  extra,
}: {
  readonly person: MatchPersonView;
  /** Shown instead of the name, e.g. "Group of Megan Bowen". */
  readonly title?: string;
  readonly extra?: string;
}) {
  const styles = useStyles();
  const texts = useTexts();
  return (
    <div className={styles.person}>
      <Body1Strong>{title ?? person.displayName}</Body1Strong>
      <Caption1 className={styles.muted}>
        {[extra, person.department, person.site, languageList(person.languages, texts)]
          .filter(Boolean)
          .join(" · ")}
      </Caption1>
    </div>
  );
}

/** "72 / 130" with a bar; screen readers hear "72 points out of 130". */
export function ScoreCell({ pair }: { readonly pair: MatchPairView }) {
  const styles = useStyles();
  const texts = useMatchingTexts().table;
  const label = texts.scoreLabel(Math.round(pair.score), Math.round(pair.maxScore));
  return (
    <div className={styles.score} data-testid="pair-score" data-score={pair.score}>
      <span className={styles.fraction} aria-label={label} role="img">
        {scoreFraction(pair)}
      </span>
      <ProgressBar value={pair.maxScore > 0 ? pair.score / pair.maxScore : 0} thickness="large" aria-hidden />
    </div>
  );
}

/** Why the pair scores what it scores, one short sentence per reason. */
export function ReasonsCell({ pair, names }: { readonly pair: MatchPairView; readonly names: ReasonNames }) {
  const styles = useStyles();
  const words = useMatchingTexts().reasons;
  return (
    <ul className={styles.reasons} data-testid="pair-reasons">
      {pair.reasons
        .filter((reason) => reason.kind !== "locked")
        .map((reason, index) => (
          <li
            key={index}
            className={mergeClasses(isShortfall(reason) && styles.shortfall)}
            data-kind={reason.kind}
          >
            {pairReasonText(reason, words, names)}
          </li>
        ))}
    </ul>
  );
}

/** Locked by HR, locked as a mutual choice, or a mutual choice HR may lock. */
export function LockCell({ pair }: { readonly pair: MatchPairView }) {
  const styles = useStyles();
  const texts = useMatchingTexts().table;
  return (
    <div className={styles.badges} data-testid="pair-lock" data-locked={pair.locked ?? "no"}>
      {pair.locked === "hr" && (
        <Badge appearance="filled" color="brand" icon={<LockClosedRegular />} className={styles.badge}>
          {texts.lockedByHr}
        </Badge>
      )}
      {pair.locked === "mutual" && (
        <Badge appearance="filled" color="success" icon={<LockClosedRegular />} className={styles.badge}>
          {texts.lockedMutual}
        </Badge>
      )}
      {pair.mutual && pair.locked !== "mutual" && (
        <Badge appearance="tint" color="success" icon={<HeartRegular />} className={styles.badge}>
          {texts.mutual}
        </Badge>
      )}
      {pair.locked === undefined && !pair.mutual && (
        <Caption1 className={styles.muted}>{texts.notLocked}</Caption1>
      )}
    </div>
  );
}

export interface PairActionHandlers {
  readonly onLock: (pair: MatchPairView) => void;
  readonly onUnlock: (pair: MatchPairView) => void;
  readonly onSwap: (pair: MatchPairView) => void;
  readonly onChangeMentor: (pair: MatchPairView) => void;
  readonly onRemove: (pair: MatchPairView) => void;
}

/** Lock or unlock the pair, and a menu for the bigger changes: swap, another mentor, take out. */
export function PairActions({
  pair,
  busy,
  disabled,
  handlers,
}: {
  readonly pair: MatchPairView;
  readonly busy: boolean;
  readonly disabled: boolean;
  readonly handlers: PairActionHandlers;
}) {
  const styles = useStyles();
  const texts = useMatchingTexts().table;
  const name = pair.mentee.displayName;
  const id = pair.mentee.id;
  const locked = pair.locked !== undefined;
  const lockLabel = locked ? texts.unlockPair(name) : texts.lockPair(name);
  return (
    <div className={styles.actions}>
      <Tooltip content={lockLabel} relationship="label">
        <Button
          appearance={locked ? "primary" : "subtle"}
          icon={
            busy ? (
              <Spinner size="tiny" aria-label={texts.busy(name)} />
            ) : locked ? (
              <LockClosedRegular />
            ) : (
              <LockOpenRegular />
            )
          }
          aria-pressed={locked}
          disabledFocusable={disabled}
          onClick={() => (locked ? handlers.onUnlock(pair) : handlers.onLock(pair))}
          data-testid={`lock-${id}`}
        />
      </Tooltip>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <Tooltip content={texts.actionsFor(name)} relationship="label">
            <Button
              appearance="subtle"
              icon={<MoreHorizontalRegular />}
              disabledFocusable={disabled}
              data-testid={`pair-actions-${id}`}
            />
          </Tooltip>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuItem
              icon={<ArrowSwapRegular />}
              onClick={() => handlers.onSwap(pair)}
              data-testid={`swap-${id}`}
            >
              {texts.swap}
            </MenuItem>
            <MenuItem
              icon={<PersonArrowRightRegular />}
              onClick={() => handlers.onChangeMentor(pair)}
              data-testid={`change-mentor-${id}`}
            >
              {texts.changeMentor}
            </MenuItem>
            <MenuItem
              icon={<PersonDeleteRegular />}
              onClick={() => handlers.onRemove(pair)}
              data-testid={`remove-${id}`}
            >
              {texts.remove}
            </MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
    </div>
  );
}
