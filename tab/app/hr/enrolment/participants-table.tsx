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
import { useTexts } from "../../texts/texts-context";
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
  const allTexts = useTexts();
  const texts = allTexts.hr.participantsTable;
  return (
    <div className={styles.scroller} role="region" aria-label={texts.regionLabel} tabIndex={0}>
      <Table className={styles.table} data-testid="participants-table" aria-label={texts.tableLabel}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.nameColumn}>{texts.name}</TableHeaderCell>
            <TableHeaderCell className={styles.narrow}>{texts.role}</TableHeaderCell>
            <TableHeaderCell>{allTexts.role.department}</TableHeaderCell>
            <TableHeaderCell>{allTexts.role.site}</TableHeaderCell>
            <TableHeaderCell>{allTexts.answers.languages}</TableHeaderCell>
            <TableHeaderCell className={styles.narrow}>{texts.status}</TableHeaderCell>
            <TableHeaderCell className={styles.status}>{texts.questionnaire}</TableHeaderCell>
            <TableHeaderCell className={styles.status}>{texts.reachable}</TableHeaderCell>
            <TableHeaderCell className={styles.narrow}>
              <span>{texts.actions}</span>
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {participants.map((person) => {
            const status = wordingOf(texts.statuses, STATUS, person.status);
            const questionnaire = wordingOf(texts.answers, QUESTIONNAIRE, person.questionnaire);
            const reachable = wordingOf(texts.reachability, REACHABLE, person.reachable);
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
                <TableCell>{languageList(person.languages, allTexts)}</TableCell>
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
                    <Tooltip content={texts.edit(person.displayName)} relationship="label">
                      <Button
                        appearance="subtle"
                        icon={<EditRegular />}
                        onClick={() => onEdit(person)}
                        data-testid={`edit-${person.id}`}
                      />
                    </Tooltip>
                    <Tooltip
                      content={
                        withdrawn
                          ? texts.hasWithdrawn(person.displayName)
                          : texts.withdraw(person.displayName)
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
