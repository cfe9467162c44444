import {
  createTableColumn,
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  makeStyles,
  tokens,
  type TableColumnDefinition,
} from "@fluentui/react-components";
import { useMemo } from "react";
import type { MatchPairView, MatchingView, ProposalView } from "../../../api/matching-api-contract";
import { useMatchingTexts } from "../../texts/use-matching-texts";
import { useTexts } from "../../texts/texts-context";
import {
  LockCell,
  PairActions,
  PersonCell,
  ReasonsCell,
  ScoreCell,
  type PairActionHandlers,
} from "./pair-cells";
import { menteesPerMentor, pairsInReadingOrder, type ReasonNames } from "./pair-wording";
import { isBusyWith, type MatchingBusy } from "./use-matching";

const useStyles = makeStyles({
  scroller: {
    overflowX: "auto",
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
    "@media (forced-colors: active)": { border: "1px solid CanvasText" },
  },
  grid: { minWidth: "980px" },
  person: { flexGrow: 2, minWidth: 0 },
  score: { flexGrow: 1, flexBasis: 0, maxWidth: "140px" },
  reasons: { flexGrow: 4, minWidth: 0 },
  lock: { flexGrow: 0, flexBasis: "168px", minWidth: "168px" },
  actions: { flexGrow: 0, flexBasis: "96px", maxWidth: "96px" },
});

type ColumnId = "group" | "mentee" | "mentor" | "score" | "reasons" | "lock" | "actions";

/** The proposed pairs (or groups, rows gathered by mentor) with score, reasons, lock state and the changes HR may make. */
export function ProposalTable({
  view,
  proposal,
  names,
  busy,
  readOnly,
  handlers,
}: {
  readonly view: MatchingView;
  readonly proposal: ProposalView;
  readonly names: ReasonNames;
  readonly busy?: MatchingBusy;
  readonly readOnly: boolean;
  readonly handlers: PairActionHandlers;
}) {
  const styles = useStyles();
  const { common } = useTexts().hr;
  const texts = useMatchingTexts().table;
  const group = view.format === "group";
  const items = useMemo(() => pairsInReadingOrder(proposal, view.format), [proposal, view.format]);
  const sizes = useMemo(() => menteesPerMentor(proposal), [proposal]);

  const columns = useMemo(() => {
    const all: TableColumnDefinition<MatchPairView>[] = [];
    if (group) {
      all.push(
        createTableColumn<MatchPairView>({
          columnId: "group",
          compare: (a, b) => a.mentor.displayName.localeCompare(b.mentor.displayName),
          renderHeaderCell: () => texts.group,
          renderCell: (pair) => (
            <PersonCell
              person={pair.mentor}
              title={texts.groupOf(pair.mentor.displayName)}
              extra={common.mentees(sizes.get(pair.mentor.id) ?? 1)}
            />
          ),
        }),
      );
    }
    all.push(
      createTableColumn<MatchPairView>({
        columnId: "mentee",
        compare: (a, b) => a.mentee.displayName.localeCompare(b.mentee.displayName),
        renderHeaderCell: () => texts.mentee,
        renderCell: (pair) => <PersonCell person={pair.mentee} />,
      }),
    );
    if (!group) {
      all.push(
        createTableColumn<MatchPairView>({
          columnId: "mentor",
          compare: (a, b) => a.mentor.displayName.localeCompare(b.mentor.displayName),
          renderHeaderCell: () => texts.mentor,
          renderCell: (pair) => <PersonCell person={pair.mentor} />,
        }),
      );
    }
    all.push(
      createTableColumn<MatchPairView>({
        columnId: "score",
        compare: (a, b) => a.score - b.score,
        renderHeaderCell: () => texts.score,
        renderCell: (pair) => <ScoreCell pair={pair} />,
      }),
      createTableColumn<MatchPairView>({
        columnId: "reasons",
        renderHeaderCell: () => texts.reasons,
        renderCell: (pair) => <ReasonsCell pair={pair} names={names} />,
      }),
      createTableColumn<MatchPairView>({
        columnId: "lock",
        renderHeaderCell: () => texts.lock,
        renderCell: (pair) => <LockCell pair={pair} />,
      }),
    );
    if (!readOnly) {
      all.push(
        createTableColumn<MatchPairView>({
          columnId: "actions",
          renderHeaderCell: () => texts.actions,
          renderCell: (pair) => (
            <PairActions
              pair={pair}
              busy={isBusyWith(busy, pair.mentee.id) && busy !== "propose"}
              disabled={busy !== undefined}
              handlers={handlers}
            />
          ),
        }),
      );
    }
    return all;
  }, [group, texts, common, sizes, names, readOnly, busy, handlers]);

  const cellClass: Readonly<Record<ColumnId, string>> = {
    group: styles.person,
    mentee: styles.person,
    mentor: styles.person,
    score: styles.score,
    reasons: styles.reasons,
    lock: styles.lock,
    actions: styles.actions,
  };

  return (
    <div className={styles.scroller} role="region" aria-label={texts.regionLabel} tabIndex={0}>
      <DataGrid
        items={items}
        columns={columns}
        sortable
        getRowId={(pair: MatchPairView) => pair.mentee.id}
        className={styles.grid}
        aria-label={group ? texts.groupsLabel : texts.pairsLabel}
        data-testid="proposal-table"
      >
        <DataGridHeader>
          <DataGridRow>
            {({ renderHeaderCell, columnId }) => (
              <DataGridHeaderCell className={cellClass[columnId as ColumnId]}>
                {renderHeaderCell()}
              </DataGridHeaderCell>
            )}
          </DataGridRow>
        </DataGridHeader>
        <DataGridBody<MatchPairView>>
          {({ item, rowId }) => (
            <DataGridRow<MatchPairView>
              key={rowId}
              data-testid={`pair-row-${item.mentee.id}`}
              data-mentor={item.mentor.id}
              data-locked={item.locked ?? "no"}
            >
              {({ renderCell, columnId }) => (
                <DataGridCell
                  className={cellClass[columnId as ColumnId]}
                  focusMode={columnId === "actions" ? "group" : "cell"}
                  data-column={columnId}
                >
                  {renderCell(item)}
                </DataGridCell>
              )}
            </DataGridRow>
          )}
        </DataGridBody>
      </DataGrid>
    </div>
  );
}
