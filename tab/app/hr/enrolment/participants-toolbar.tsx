import { Field, makeStyles, SearchBox, Select, tokens } from "@fluentui/react-components";
import { useTexts } from "../../texts/texts-context";
import type { RoleFilter } from "./participant-filter";

const useStyles = makeStyles({
  toolbar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "flex-end" },
  search: { flexGrow: 1, minWidth: "min(100%, 240px)" },
  role: { minWidth: "160px" },
});

/** Search by name, email, department or site, and filter by role. */
export function ParticipantsToolbar({
  search,
  onSearch,
  role,
  onRole,
}: {
  readonly search: string;
  readonly onSearch: (search: string) => void;
  readonly role: RoleFilter;
  readonly onRole: (role: RoleFilter) => void;
}) {
  const styles = useStyles();
  const texts = useTexts().hr.toolbar;
  return (
    <div className={styles.toolbar} role="search">
      <Field label={texts.search} className={styles.search}>
        <SearchBox
          value={search}
          placeholder={texts.searchPlaceholder}
          onChange={(_, data) => onSearch(data.value)}
          data-testid="participants-search"
        />
      </Field>
      <Field label={texts.role} className={styles.role}>
        <Select
          value={role}
          onChange={(_, data) => onRole(data.value as RoleFilter)}
          data-testid="participants-role"
        >
          <option value="all">{texts.everyone}</option>
          <option value="mentee">{texts.mentees}</option>
          <option value="mentor">{texts.mentors}</option>
        </Select>
      </Field>
    </div>
  );
}
