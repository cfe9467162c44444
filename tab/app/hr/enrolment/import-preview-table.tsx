import {
  Badge,
  Caption1,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import type { ImportPreviewRow } from "../../../api/hr-api-contract";
import { IMPORT_OUTCOME, wordingOf } from "./participant-wording";

const useStyles = makeStyles({
  scroller: { overflowX: "auto", maxHeight: "420px", overflowY: "auto" },
  table: { minWidth: "640px" },
  line: { width: "64px" },
  outcome: { width: "112px" },
  errors: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    color: tokens.colorPaletteRedForeground1,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  email: { overflowWrap: "anywhere" },
});

/** Each line of the file and what the import would do with it, errors in words. */
export function ImportPreviewTable({ rows }: { readonly rows: readonly ImportPreviewRow[] }) {
  const styles = useStyles();
  return (
    <div className={styles.scroller} role="region" aria-label="Lines of the file" tabIndex={0}>
      <Table size="small" className={styles.table} aria-label="What the import would do, line by line">
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.line}>Line</TableHeaderCell>
            <TableHeaderCell>Name</TableHeaderCell>
            <TableHeaderCell>Email</TableHeaderCell>
            <TableHeaderCell>Role</TableHeaderCell>
            <TableHeaderCell className={styles.outcome}>Outcome</TableHeaderCell>
            <TableHeaderCell>Problems</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => {
            const outcome = wordingOf(IMPORT_OUTCOME, row.outcome);
            return (
              <TableRow key={row.line} data-testid={`import-row-${row.line}`} data-outcome={row.outcome}>
                <TableCell>{row.line}</TableCell>
                <TableCell>{row.displayName}</TableCell>
                <TableCell className={styles.email}>{row.email}</TableCell>
                <TableCell>{row.role}</TableCell>
                <TableCell>
                  <Badge appearance={row.outcome === "error" ? "filled" : "tint"} color={outcome.color}>
                    {outcome.label}
                  </Badge>
                </TableCell>
                <TableCell>
                  {row.errors.length === 0 ? (
                    <Caption1 className={styles.muted}>None</Caption1>
                  ) : (
                    <ul className={styles.errors}>
                      {row.errors.map((error) => (
                        <li key={error}>{error}</li>
                      ))}
                    </ul>
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
