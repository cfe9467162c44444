import { Body1, Button, Caption1, makeStyles, Subtitle1, tokens } from "@fluentui/react-components";
import { PeopleAddRegular, PersonAddRegular, SearchRegular } from "@fluentui/react-icons";
import { useCallback, useState } from "react";
import type { ParticipantRow } from "../../../api/hr-api-contract";
import { useTexts } from "../../texts/texts-context";
import { useHr } from "../backend/hr-context";
import { useParticipants } from "../backend/use-participants";
import { ConfirmDialog } from "../feedback/confirm-dialog";
import { EmptyState } from "../feedback/empty-state";
import { ResourceView } from "../feedback/resource-view";
import { CsvFileButton } from "./csv-file-button";
import { ImportPanel } from "./import-panel";
import { ParticipantDialog } from "./participant-dialog";
import { filterParticipants, type RoleFilter } from "./participant-filter";
import { ParticipantsTable } from "./participants-table";
import { ParticipantsToolbar } from "./participants-toolbar";
import { useCsvImport } from "./use-csv-import";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  header: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  title: { flexGrow: 1 },
  count: { color: tokens.colorNeutralForeground3 },
});

type Editing = { readonly kind: "add" } | { readonly kind: "edit"; readonly person: ParticipantRow };

/** Enrolment: the wave's people, a CSV import with preview, add/edit one person, withdraw. */
export function EnrolmentSection({
  waveId,
  onChanged,
}: {
  readonly waveId: string;
  readonly onChanged: () => void;
}) {
  const styles = useStyles();
  const { api } = useHr();
  const { hr } = useTexts();
  const texts = hr.enrolment;
  const people = useParticipants(waveId, texts.loadFailed);
  const [search, setSearch] = useState("");
  const [role, setRole] = useState<RoleFilter>("all");
  const [editing, setEditing] = useState<Editing>();
  const [withdrawing, setWithdrawing] = useState<ParticipantRow>();
  const { reload, update } = people;
  const refresh = useCallback(() => {
    reload();
    onChanged();
  }, [reload, onChanged]);
  // The saved row shows at once (reopening the dialog before the list reloads shows what was saved).
  const saved = useCallback(
    (row: ParticipantRow) => {
      update((list) =>
        list.some((p) => p.id === row.id) ? list.map((p) => (p.id === row.id ? row : p)) : [...list, row],
      );
      refresh();
    },
    [update, refresh],
  );
  const csvImport = useCsvImport(waveId, refresh);
  const busy =
    csvImport.state.kind === "previewing" ||
    (csvImport.state.kind === "previewed" && csvImport.state.committing);

  return (
    <section className={styles.section} aria-labelledby="participants-heading">
      <div className={styles.header}>
        <Subtitle1 as="h2" id="participants-heading" className={styles.title}>
          {texts.title}
        </Subtitle1>
        <CsvFileButton disabled={busy} onFile={(file) => void csvImport.choose(file)} />
        <Button
          appearance="primary"
          icon={<PersonAddRegular />}
          onClick={() => setEditing({ kind: "add" })}
          data-testid="add-participant"
        >
          {texts.addPerson}
        </Button>
      </div>
      <Caption1 className={styles.count}>{texts.csvHint}</Caption1>
      <ImportPanel csvImport={csvImport} />
      <ResourceView resource={people} loadingLabel={texts.loading} failureTitle={texts.failureTitle}>
        {(list) => {
          if (list.length === 0) {
            return (
              <EmptyState icon={<PeopleAddRegular />} title={texts.emptyTitle} testId="participants-empty">
                {texts.emptyText}
              </EmptyState>
            );
          }
          const shown = filterParticipants(list, search, role);
          return (
            <>
              <ParticipantsToolbar search={search} onSearch={setSearch} role={role} onRole={setRole} />
              <Body1 role="status" className={styles.count} data-testid="participants-count">
                {shown.length === list.length
                  ? hr.common.people(list.length)
                  : texts.shownOf(shown.length, list.length)}
              </Body1>
              {shown.length === 0 ? (
                <EmptyState icon={<SearchRegular />} title={texts.noMatchTitle}>
                  {texts.noMatchText}
                </EmptyState>
              ) : (
                <ParticipantsTable
                  participants={shown}
                  onEdit={(person) => setEditing({ kind: "edit", person })}
                  onWithdraw={setWithdrawing}
                />
              )}
            </>
          );
        }}
      </ResourceView>
      {editing !== undefined && (
        <ParticipantDialog
          waveId={waveId}
          person={editing.kind === "edit" ? editing.person : undefined}
          onSaved={saved}
          onClose={() => setEditing(undefined)}
        />
      )}
      <ConfirmDialog
        open={withdrawing !== undefined}
        title={texts.withdrawTitle(withdrawing?.displayName ?? "")}
        confirmLabel={texts.withdraw}
        onConfirm={async () => {
          if (withdrawing !== undefined) await api.withdrawParticipant(waveId, withdrawing.id);
          refresh();
        }}
        onClose={() => setWithdrawing(undefined)}
        testId="withdraw-dialog"
      >
        <Body1 as="p">{texts.withdrawText}</Body1>
      </ConfirmDialog>
    </section>
  );
}
