import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";

const useStyles = makeStyles({
  scroller: { overflowX: "auto" },
  table: { minWidth: "320px" },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  caption: {
    textAlign: "start",
    color: tokens.colorNeutralForeground3,
    paddingBottom: tokens.spacingVerticalXS,
  },
});

/**
 * A small table of figures: the accessible form of each chart (screen readers, keyboard, high contrast),
 * the first column naming the row and the others holding numbers or "fewer than 5".
 */
export function FigureTable({
  caption,
  headers,
  rows,
  testId,
}: {
  readonly caption: string;
  readonly headers: readonly string[];
  readonly rows: readonly { readonly key: string; readonly cells: readonly string[] }[];
  readonly testId?: string;
}) {
  const styles = useStyles();
  return (
    <div className={styles.scroller}>
      <Table className={styles.table} size="small" data-testid={testId}>
        <caption className={styles.caption}>{caption}</caption>
        <TableHeader>
          <TableRow>
            {headers.map((h, i) => (
              <TableHeaderCell key={h} scope="col" className={i > 0 ? styles.number : undefined}>
                {h}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.key} data-testid={testId === undefined ? undefined : `${testId}-${row.key}`}>
              {row.cells.map((cell, i) =>
                i === 0 ? (
                  <TableHeaderCell key={i} scope="row">
                    {cell}
                  </TableHeaderCell>
                ) : (
                  <TableCell key={i} className={styles.number}>
                    {cell}
                  </TableCell>
                ),
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
