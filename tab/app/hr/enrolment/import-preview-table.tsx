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
import type { Role } from "../../../../core/participant";
import type { TabTexts } from "../../texts/tab-texts";
import { useTexts } from "../../texts/texts-context";
import { IMPORT_OUTCOME, wordingOf } from "./participant-wording";

/** The role's name when the line gives a known role, else the line's own word. */
const roleName = (role: string, texts: TabTexts): string => texts.role.names[role as Role] ?? role;

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
  const allTexts = useTexts();
  const texts = allTexts.hr.csvImport;
  return (
    <div className={styles.scroller} role="region" aria-label={texts.regionLabel} tabIndex={0}>
      <Table size="small" className={styles.table} aria-label={texts.tableLabel}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.line}>{texts.line}</TableHeaderCell>
            <TableHeaderCell>{texts.name}</TableHeaderCell>
            <TableHeaderCell>{texts.email}</TableHeaderCell>
            <TableHeaderCell>{texts.role}</TableHeaderCell>
            <TableHeaderCell className={styles.outcome}>{texts.outcome}</TableHeaderCell>
            <TableHeaderCell>{texts.problems}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => {
            const outcome = wordingOf(texts.outcomes, IMPORT_OUTCOME, row.outcome);
            return (
              <TableRow key={row.line} data-testid={`import-row-${row.line}`} data-outcome={row.outcome}>
                <TableCell>{row.line}</TableCell>
                <TableCell>{row.displayName}</TableCell>
                <TableCell className={styles.email}>{row.email}</TableCell>
                <TableCell>{roleName(row.role, allTexts)}</TableCell>
                <TableCell>
                  <Badge appearance={row.outcome === "error" ? "filled" : "tint"} color={outcome.color}>
                    {outcome.label}
                  </Badge>
                </TableCell>
                <TableCell>
                  {row.errors.length === 0 ? (
                    <Caption1 className={styles.muted}>{texts.none}</Caption1>
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
