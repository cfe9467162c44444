import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import { PeopleTeamRegular } from "@fluentui/react-icons";
import type { EnrolmentView } from "../../../core/my-mentoring";
import { FactsList } from "./facts-list";
import { SectionCard } from "./section-card";
import { RoleBadge } from "./role-badge";
import { useTexts } from "../texts/texts-context";

const useStyles = makeStyles({
  role: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS },
  sentence: { margin: 0 },
});

/** Mentor or mentee, in a badge and a sentence, with where the person works. */
export function RoleCard({ enrolment }: { readonly enrolment: EnrolmentView }) {
  const styles = useStyles();
  const texts = useTexts();
  return (
    <SectionCard title={texts.role.title} icon={<PeopleTeamRegular />}>
      <div className={styles.role} data-testid="my-role" data-role={enrolment.role}>
        <RoleBadge role={enrolment.role} size="large" />
        <Body1 as="p" className={styles.sentence}>
          {texts.role.sentences[enrolment.role]}
        </Body1>
      </div>
      <FactsList
        facts={[
          { term: texts.role.department, value: enrolment.department },
          { term: texts.role.site, value: enrolment.site },
        ]}
      />
    </SectionCard>
  );
}
