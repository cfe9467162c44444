import { Body1, Button, Caption1, makeStyles, Subtitle1, tokens } from "@fluentui/react-components";
import { PeopleAddRegular, PersonAddRegular, SearchRegular } from "@fluentui/react-icons";
import { useCallback, useState } from "react";
import type { ParticipantRow } from "../../../api/hr-api-contract";
import { useHr } from "../backend/hr-context";
import { useResource } from "../backend/use-resource";
import { ConfirmDialog } from "../feedback/confirm-dialog";
import { countText } from "../feedback/count-text";
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
  const people = useResource(
    `participants:${waveId}`,
    useCallback((signal) => api.listParticipants(waveId, signal), [api, waveId]),
    "The participants could not be loaded",
  );
  const [search, setSearch] = useState("");
  const [role, setRole] = useState<RoleFilter>("all");
  const [editing, setEditing] = useState<Editing>();
  const [withdrawing, setWithdrawing] = useState<ParticipantRow>();
  const { reload } = people;
  const refresh = useCallback(() => {
    reload();
    onChanged();
  }, [reload, onChanged]);
  const csvImport = useCsvImport(waveId, refresh);
  const busy =
    csvImport.state.kind === "previewing" ||
    (csvImport.state.kind === "previewed" && csvImport.state.committing);

  return (
    <section className={styles.section} aria-labelledby="participants-heading">
      <div className={styles.header}>
        <Subtitle1 as="h2" id="participants-heading" className={styles.title}>
          Participants
        </Subtitle1>
        <CsvFileButton disabled={busy} onFile={(file) => void csvImport.choose(file)} />
        <Button
          appearance="primary"
          icon={<PersonAddRegular />}
          onClick={() => setEditing({ kind: "add" })}
          data-testid="add-participant"
        >
          Add person
        </Button>
      </div>
      <Caption1 className={styles.count}>
        The CSV needs a header line; each line is one person (email, name, role, department, site,
        languages…).
      </Caption1>
      <ImportPanel csvImport={csvImport} />
      <ResourceView
        resource={people}
        loadingLabel="Loading the participants…"
        failureTitle="Could not load the participants"
      >
        {(list) => {
          if (list.length === 0) {
            return (
              <EmptyState
                icon={<PeopleAddRegular />}
                title="Nobody is enrolled yet"
                testId="participants-empty"
              >
                Import a CSV of volunteers or add people one by one.
              </EmptyState>
            );
          }
          const shown = filterParticipants(list, search, role);
          return (
            <>
              <ParticipantsToolbar search={search} onSearch={setSearch} role={role} onRole={setRole} />
              <Body1 role="status" className={styles.count} data-testid="participants-count">
                {shown.length === list.length
                  ? countText(list.length, "person", "people")
                  : `${shown.length} of ${countText(list.length, "person", "people")}`}
              </Body1>
              {shown.length === 0 ? (
                <EmptyState icon={<SearchRegular />} title="Nobody matches">
                  Change the search or the role filter.
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
          onSaved={refresh}
          onClose={() => setEditing(undefined)}
        />
      )}
      <ConfirmDialog
        open={withdrawing !== undefined}
        title={`Withdraw ${withdrawing?.displayName ?? ""}?`}
        confirmLabel="Withdraw"
        onConfirm={async () => {
          if (withdrawing !== undefined) await api.withdrawParticipant(waveId, withdrawing.id);
          refresh();
        }}
        onClose={() => setWithdrawing(undefined)}
        testId="withdraw-dialog"
      >
        <Body1 as="p">
          They stay on record, but take no further part in this wave: no questionnaire, no pairing, no
          reminders.
        </Body1>
      </ConfirmDialog>
    </section>
  );
}
