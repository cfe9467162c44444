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
import type { NeedsAnalytics } from "../../../api/hr-api-contract";
import { useTexts } from "../../texts/texts-context";
import { wholePercent } from "./needs-wording";

const useStyles = makeStyles({
  scroller: {
    overflowX: "auto",
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  table: { minWidth: "720px" },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  numberHead: { justifyContent: "flex-end", textAlign: "end" },
  themeColumn: { width: "26%" },
  theme: { overflowWrap: "anywhere" },
  caption: { textAlign: "start", padding: tokens.spacingHorizontalM, color: tokens.colorNeutralForeground3 },
});

/** The needs as a table: the same numbers as the charts, readable by everyone. */
export function NeedsTable({ analytics }: { readonly analytics: NeedsAnalytics }) {
  const styles = useStyles();
  const number = styles.number;
  const { common, needs: texts } = useTexts().hr;
  const sharePercent = (share: number): string => common.percent(wholePercent(share));
  return (
    <div className={styles.scroller} role="region" aria-label={texts.tableRegion} tabIndex={0}>
      <Table className={styles.table} data-testid="needs-table">
        <caption className={styles.caption}>
          {texts.tableCaption(analytics.menteesAnswered, analytics.mentorsAnswered)}
        </caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col" className={styles.themeColumn}>
              {texts.theme}
            </TableHeaderCell>
            <TableHeaderCell scope="col" button={{ className: styles.numberHead }}>
              {texts.firstChoice}
            </TableHeaderCell>
            <TableHeaderCell scope="col" button={{ className: styles.numberHead }}>
              {texts.inTop3}
            </TableHeaderCell>
            <TableHeaderCell scope="col" button={{ className: styles.numberHead }}>
              {texts.menteesTop3}
            </TableHeaderCell>
            <TableHeaderCell scope="col" button={{ className: styles.numberHead }}>
              {texts.mentorsOffering}
            </TableHeaderCell>
            <TableHeaderCell scope="col" button={{ className: styles.numberHead }}>
              {texts.menteePlaces}
            </TableHeaderCell>
            <TableHeaderCell scope="col">{texts.gapColumn}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {analytics.themes.map((theme) => (
            <TableRow key={theme.themeId} data-testid={`needs-row-${theme.themeId}`} data-gap={theme.gap}>
              <TableCell className={styles.theme}>{theme.label}</TableCell>
              <TableCell className={number}>{sharePercent(theme.firstChoiceShare)}</TableCell>
              <TableCell className={number}>{sharePercent(theme.top3Share)}</TableCell>
              <TableCell className={number}>{theme.menteesTop3}</TableCell>
              <TableCell className={number}>{theme.mentorsOffering}</TableCell>
              <TableCell className={number}>{theme.supply}</TableCell>
              <TableCell>
                <Badge
                  appearance={theme.gap < 0 ? "filled" : "tint"}
                  color={theme.gap < 0 ? "danger" : theme.gap > 0 ? "success" : "informative"}
                >
                  {texts.gap(theme.gap)}
                </Badge>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
