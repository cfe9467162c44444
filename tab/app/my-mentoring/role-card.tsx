import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import { PeopleTeamRegular } from "@fluentui/react-icons";
import type { EnrolmentView } from "../../../core/my-mentoring";
import { FactsList } from "./facts-list";
import { SectionCard } from "./section-card";
import { RoleBadge } from "./role-badge";
import { roleSentence } from "./wording";

const useStyles = makeStyles({
  role: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS },
  sentence: { margin: 0 },
});

/** Mentor or mentee, in a badge and a sentence, with where the person works. */
export function RoleCard({ enrolment }: { readonly enrolment: EnrolmentView }) {
  const styles = useStyles();
  return (
    <SectionCard title="Your role" icon={<PeopleTeamRegular />}>
      <div className={styles.role} data-testid="my-role" data-role={enrolment.role}>
        <RoleBadge role={enrolment.role} size="large" />
        <Body1 as="p" className={styles.sentence}>
          {roleSentence(enrolment.role)}
        </Body1>
      </div>
      <FactsList
        facts={[
          { term: "Department", value: enrolment.department },
          { term: "Site", value: enrolment.site },
        ]}
      />
    </SectionCard>
  );
}
