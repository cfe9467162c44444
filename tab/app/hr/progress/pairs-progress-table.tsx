import {
  Badge,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import type { PairProgress } from "../../../../core/sessions/wave-progress";
import type { ProgressTexts } from "../../texts/progress-texts";
import { useHr } from "../backend/hr-context";

const useStyles = makeStyles({
  scroller: {
    overflowX: "auto",
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  table: { minWidth: "720px" },
});

/** One row per pair, at-risk pairs first (the server's order), with their badge and last activity. */
export function PairsProgressTable({
  pairs,
  texts,
}: {
  readonly pairs: readonly PairProgress[];
  readonly texts: ProgressTexts;
}) {
  const styles = useStyles();
  const { formats } = useHr();
  const { columns } = texts;
  return (
    <div className={styles.scroller} role="region" aria-label={texts.title} tabIndex={0}>
      <Table className={styles.table} data-testid="progress-table">
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{columns.mentor}</TableHeaderCell>
            <TableHeaderCell scope="col">{columns.mentees}</TableHeaderCell>
            <TableHeaderCell scope="col">{columns.sessions}</TableHeaderCell>
            <TableHeaderCell scope="col">{columns.lastHeld}</TableHeaderCell>
            <TableHeaderCell scope="col">{columns.lastActivity}</TableHeaderCell>
            <TableHeaderCell scope="col">{columns.status}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {pairs.map((pair) => (
            <TableRow
              key={pair.pairId}
              data-testid={`progress-row-${pair.pairId}`}
              data-at-risk={pair.atRisk !== undefined}
            >
              <TableCell>{pair.mentor.displayName}</TableCell>
              <TableCell>{pair.mentees.map((m) => m.displayName).join(", ")}</TableCell>
              <TableCell>{texts.sessionCounts(pair.held, pair.booked, pair.planned)}</TableCell>
              <TableCell>{pair.lastHeldAt ? formats.date(pair.lastHeldAt) : texts.never}</TableCell>
              <TableCell>{pair.lastActivityAt ? formats.date(pair.lastActivityAt) : texts.never}</TableCell>
              <TableCell>
                {pair.atRisk ? (
                  <Badge appearance="filled" color="danger">
                    {texts.atRisk(pair.atRisk.daysWithoutSession)}
                  </Badge>
                ) : (
                  <Badge appearance="tint" color="success">
                    {texts.onTrack}
                  </Badge>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
