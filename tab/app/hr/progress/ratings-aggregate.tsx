import { Body1, Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { RatingAggregate, SessionRatings } from "../../../../core/sessions/wave-progress";
import type { ProgressTexts } from "../../texts/progress-texts";

const useStyles = makeStyles({
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  note: { color: tokens.colorNeutralForeground3 },
  bars: { display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap", margin: 0, padding: 0 },
  bar: { listStyleType: "none" },
});

/** The wave's ratings and each session position's, as the server aggregated them (or "fewer than 5"). */
export function RatingsAggregate({
  ratings,
  bySession,
  texts,
}: {
  readonly ratings: RatingAggregate;
  readonly bySession: readonly SessionRatings[];
  readonly texts: ProgressTexts;
}) {
  const styles = useStyles();
  return (
    <div className={styles.block} data-testid="progress-ratings">
      <Subtitle2 as="h3">{texts.ratingsTitle}</Subtitle2>
      <Caption1 className={styles.note}>{texts.ratingsPrivacy}</Caption1>
      <Aggregate ratings={ratings} texts={texts} />
      {bySession.map((s) => (
        <div key={s.sequence} data-testid={`progress-ratings-${s.sequence}`}>
          <Body1>{texts.sessionNumber(s.sequence)}</Body1>
          <Aggregate ratings={s.ratings} texts={texts} />
        </div>
      ))}
    </div>
  );
}

function Aggregate({ ratings, texts }: { readonly ratings: RatingAggregate; readonly texts: ProgressTexts }) {
  const styles = useStyles();
  if (ratings.suppressed) return <Caption1>{texts.fewerThanFive}</Caption1>;
  return (
    <div>
      <Body1>{texts.ratingsSummary(ratings.count, ratings.mean)}</Body1>
      <ul className={styles.bars}>
        {ratings.distribution.map((n, index) => (
          <li key={index} className={styles.bar}>
            <Caption1>
              {texts.stars(index + 1)}: {n}
            </Caption1>
          </li>
        ))}
      </ul>
    </div>
  );
}
