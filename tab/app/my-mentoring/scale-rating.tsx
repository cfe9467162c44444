import { Caption1, makeStyles, RatingDisplay, tokens } from "@fluentui/react-components";
import { SCALE_MAX } from "./wording";

const useStyles = makeStyles({
  rating: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  text: { color: tokens.colorNeutralForeground2 },
});

/** A 1–5 score as stars (decorative) and words (what screen readers and tests read). */
export function ScaleRating({
  label,
  value,
  text,
}: {
  readonly label: string;
  readonly value: number;
  readonly text: string;
}) {
  const styles = useStyles();
  return (
    <span className={styles.rating}>
      <RatingDisplay value={value} max={SCALE_MAX} size="small" color="brand" valueText={null} aria-hidden />
      <Caption1 className={styles.text}>
        {label}: {text}
      </Caption1>
    </span>
  );
}
