import {
  Body1,
  Caption1,
  makeStyles,
  Subtitle1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { HistoryRegular } from "@fluentui/react-icons";
import { useCallback } from "react";
import type { AuditEntry } from "../../../../core/audit/audit-entry";
import type { WaveDetail } from "../../../api/hr-api-contract";
import { AUDIT_CATALOGUE } from "../../texts/audit-catalogue";
import type { AuditTexts } from "../../texts/audit-texts";
import { useLanguage } from "../../texts/texts-context";
import { useHr } from "../backend/hr-context";
import { useResource } from "../backend/use-resource";
import { EmptyState } from "../feedback/empty-state";
import { ResourceView } from "../feedback/resource-view";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  intro: { color: tokens.colorNeutralForeground2 },
  scroller: {
    overflowX: "auto",
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  table: { minWidth: "720px" },
});

/** The log with the wave's participant names, to show who an entry concerns (the log itself holds ids). */
interface AuditData {
  readonly entries: readonly AuditEntry[];
  readonly truncated: boolean;
  readonly names: ReadonlyMap<string, string>;
}

/** The wave's Audit log section (loaded on demand): HR actions and participants' data requests, newest first. */
export default function AuditSection({ wave }: { readonly wave: WaveDetail }) {
  const styles = useStyles();
  const texts = AUDIT_CATALOGUE[useLanguage()];
  const { api } = useHr();
  const log = useResource<AuditData>(
    `audit:${wave.id}`,
    useCallback(
      async (signal) => {
        const [view, people] = await Promise.all([
          api.getAuditLog(wave.id, signal),
          api.listParticipants(wave.id, signal),
        ]);
        return { ...view, names: new Map(people.map((p) => [p.id, p.displayName])) };
      },
      [api, wave.id],
    ),
    texts.failed,
  );
  return (
    <section className={styles.section} aria-labelledby="audit-heading" data-testid="audit-section">
      <Subtitle1 as="h2" id="audit-heading">
        {texts.title}
      </Subtitle1>
      <Body1 className={styles.intro}>{texts.intro}</Body1>
      <ResourceView resource={log} loadingLabel={texts.loading} failureTitle={texts.failed}>
        {(data) =>
          data.entries.length === 0 ? (
            <EmptyState icon={<HistoryRegular />} title={texts.empty} testId="audit-empty">
              {null}
            </EmptyState>
          ) : (
            <>
              <AuditTable data={data} texts={texts} />
              {data.truncated && <Caption1>{texts.truncated}</Caption1>}
            </>
          )
        }
      </ResourceView>
    </section>
  );
}

function AuditTable({ data, texts }: { readonly data: AuditData; readonly texts: AuditTexts }) {
  const styles = useStyles();
  const { formats } = useHr();
  const { columns } = texts;
  const who = (entry: AuditEntry) =>
    entry.actor.aadObjectId === "participant"
      ? texts.participantActor
      : (entry.actor.name ?? texts.unnamedActor);
  const target = (entry: AuditEntry) => {
    if (entry.target === undefined) return "";
    const name = data.names.get(entry.target);
    if (name) return name;
    return entry.action === "participant.erased" || data.names.has(entry.target)
      ? texts.erasedTarget(entry.target)
      : entry.target;
  };
  return (
    <div className={styles.scroller} role="region" aria-label={texts.title} tabIndex={0}>
      <Table className={styles.table} data-testid="audit-table">
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{columns.when}</TableHeaderCell>
            <TableHeaderCell scope="col">{columns.who}</TableHeaderCell>
            <TableHeaderCell scope="col">{columns.action}</TableHeaderCell>
            <TableHeaderCell scope="col">{columns.target}</TableHeaderCell>
            <TableHeaderCell scope="col">{columns.details}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {data.entries.map((entry) => (
            <TableRow key={entry.id} data-testid="audit-row" data-action={entry.action}>
              <TableCell>{formats.dateTime(entry.at)}</TableCell>
              <TableCell>{who(entry)}</TableCell>
              <TableCell>{texts.actions[entry.action] ?? entry.action}</TableCell>
              <TableCell>{target(entry)}</TableCell>
              <TableCell>
                {Object.entries(entry.details ?? {})
                  .map(([key, value]) => `${key}: ${String(value)}`)
                  .join(", ")}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
