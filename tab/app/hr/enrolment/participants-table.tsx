import {
  Badge,
  Body1Strong,
  Button,
  Caption1,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
  Tooltip,
} from "@fluentui/react-components";
import { EditRegular, PersonDeleteRegular } from "@fluentui/react-icons";
import type { ParticipantRow } from "../../../api/hr-api-contract";
import { RoleBadge } from "../../my-mentoring/role-badge";
import { languageList } from "../../my-mentoring/wording";
import { QUESTIONNAIRE, REACHABLE, STATUS, wordingOf } from "./participant-wording";

const useStyles = makeStyles({
  scroller: {
    overflowX: "auto",
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  table: { minWidth: "1080px" },
  nameColumn: { width: "20%" },
  name: { display: "flex", flexDirection: "column", paddingBlock: tokens.spacingVerticalS, minWidth: 0 },
  email: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  withdrawn: { opacity: 0.65 },
  actions: { display: "flex", gap: tokens.spacingHorizontalXXS },
  narrow: { width: "92px" },
  status: { width: "124px" },
});

/** The wave's people as a table; the whole table scrolls sideways on narrow screens. */
export function ParticipantsTable({
  participants,
  onEdit,
  onWithdraw,
}: {
  readonly participants: readonly ParticipantRow[];
  readonly onEdit: (person: ParticipantRow) => void;
  readonly onWithdraw: (person: ParticipantRow) => void;
}) {
  const styles = useStyles();
  return (
    <div className={styles.scroller} role="region" aria-label="Participants" tabIndex={0}>
      <Table className={styles.table} data-testid="participants-table" aria-label="Participants of the wave">
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.nameColumn}>Name</TableHeaderCell>
            <TableHeaderCell className={styles.narrow}>Role</TableHeaderCell>
            <TableHeaderCell>Department</TableHeaderCell>
            <TableHeaderCell>Site</TableHeaderCell>
            <TableHeaderCell>Languages</TableHeaderCell>
            <TableHeaderCell className={styles.narrow}>Status</TableHeaderCell>
            <TableHeaderCell className={styles.status}>Questionnaire</TableHeaderCell>
            <TableHeaderCell className={styles.status}>Reachable</TableHeaderCell>
            <TableHeaderCell className={styles.narrow}>
              <span>Actions</span>
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {participants.map((person) => {
            const status = wordingOf(STATUS, person.status);
            const questionnaire = wordingOf(QUESTIONNAIRE, person.questionnaire);
            const reachable = wordingOf(REACHABLE, person.reachable);
            const withdrawn = person.status === "withdrawn";
            return (
              <TableRow
                key={person.id}
                data-testid={`participant-row-${person.id}`}
                className={withdrawn ? styles.withdrawn : undefined}
              >
                <TableCell>
                  <div className={styles.name}>
                    <Body1Strong>{person.displayName}</Body1Strong>
                    <Caption1 className={styles.email}>{person.email}</Caption1>
                  </div>
                </TableCell>
                <TableCell>
                  <RoleBadge role={person.role} size="small" />
                </TableCell>
                <TableCell>{person.department}</TableCell>
                <TableCell>{person.site}</TableCell>
                <TableCell>{languageList(person.languages)}</TableCell>
                <TableCell>
                  <Badge appearance="tint" color={status.color}>
                    {status.label}
                  </Badge>
                </TableCell>
                <TableCell>
                  <Badge appearance="tint" color={questionnaire.color}>
                    {questionnaire.label}
                  </Badge>
                </TableCell>
                <TableCell>
                  <Badge appearance="tint" color={reachable.color}>
                    {reachable.label}
                  </Badge>
                </TableCell>
                <TableCell>
                  <div className={styles.actions}>
                    <Tooltip content={`Edit ${person.displayName}`} relationship="label">
                      <Button
                        appearance="subtle"
                        icon={<EditRegular />}
                        onClick={() => onEdit(person)}
                        data-testid={`edit-${person.id}`}
                      />
                    </Tooltip>
                    <Tooltip
                      content={
                        withdrawn ? `${person.displayName} has withdrawn` : `Withdraw ${person.displayName}`
                      }
                      relationship="label"
                    >
                      <Button
                        appearance="subtle"
                        icon={<PersonDeleteRegular />}
                        disabledFocusable={withdrawn}
                        onClick={() => onWithdraw(person)}
                        data-testid={`withdraw-${person.id}`}
                      />
                    </Tooltip>
                  </div>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
