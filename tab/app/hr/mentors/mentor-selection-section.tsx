import { Caption1, makeStyles, Subtitle1, tokens } from "@fluentui/react-components";
import { PersonStarRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { ParticipantRow, VettingInput } from "../../../api/hr-api-contract";
import { toApiError, type ApiError } from "../../backend/api-error";
import { useTexts } from "../../texts/texts-context";
import { useHr } from "../backend/hr-context";
import { useParticipants } from "../backend/use-participants";
import { EmptyState } from "../feedback/empty-state";
import { ResourceView } from "../feedback/resource-view";
import { MentorCard } from "./mentor-card";
import { MentorLegend } from "./mentor-legend";
import { isMatchable } from "./vetting";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  grid: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 300px), 1fr))",
    gap: tokens.spacingVerticalM,
  },
  live: { color: tokens.colorNeutralForeground3, minHeight: tokens.lineHeightBase200 },
});

/** Mentor selection: approve or decline each volunteer mentor, record training, mark trainers. */
export function MentorSelectionSection({
  waveId,
  onChanged,
}: {
  readonly waveId: string;
  readonly onChanged: () => void;
}) {
  const styles = useStyles();
  const { api } = useHr();
  const { hr } = useTexts();
  const texts = hr.mentors;
  const people = useParticipants(waveId, texts.loadFailed);
  const [saving, setSaving] = useState<ReadonlySet<string>>(new Set());
  const [errors, setErrors] = useState<ReadonlyMap<string, ApiError>>(new Map());
  const [announcement, setAnnouncement] = useState("");

  const vet = async (mentor: ParticipantRow, input: VettingInput): Promise<void> => {
    setSaving((ids) => new Set(ids).add(mentor.id));
    setErrors((all) => withoutKey(all, mentor.id));
    try {
      const saved = await api.setVetting(waveId, mentor.id, input);
      people.update((list) => list.map((person) => (person.id === saved.id ? saved : person)));
      setAnnouncement(texts.announce(saved.displayName, isMatchable(saved)));
      onChanged();
    } catch (error) {
      setErrors((all) =>
        new Map(all).set(mentor.id, toApiError(error, "VETTING_FAILED", hr.common.notSaved)),
      );
    } finally {
      setSaving((ids) => {
        const next = new Set(ids);
        next.delete(mentor.id);
        return next;
      });
    }
  };

  return (
    <section className={styles.section} aria-labelledby="mentors-heading">
      <Subtitle1 as="h2" id="mentors-heading">
        {hr.waveDetail.sections.mentors}
      </Subtitle1>
      <ResourceView resource={people} loadingLabel={texts.loading} failureTitle={texts.failureTitle}>
        {(list) => {
          const mentors = list.filter((person) => person.role === "mentor");
          const active = mentors.filter((mentor) => mentor.status !== "withdrawn");
          if (mentors.length === 0) {
            return (
              <EmptyState icon={<PersonStarRegular />} title={texts.emptyTitle} testId="mentors-empty">
                {texts.emptyText}
              </EmptyState>
            );
          }
          return (
            <>
              <MentorLegend matchable={active.filter(isMatchable).length} total={active.length} />
              <Caption1 aria-live="polite" className={styles.live} data-testid="vetting-status">
                {announcement}
              </Caption1>
              <ul className={styles.grid} aria-label={texts.listLabel} data-testid="mentor-list">
                {[...active, ...mentors.filter((mentor) => mentor.status === "withdrawn")].map((mentor) => (
                  <li key={mentor.id}>
                    <MentorCard
                      mentor={mentor}
                      saving={saving.has(mentor.id)}
                      error={errors.get(mentor.id)}
                      onVetting={(input) => void vet(mentor, input)}
                    />
                  </li>
                ))}
              </ul>
            </>
          );
        }}
      </ResourceView>
    </section>
  );
}

function withoutKey<V>(map: ReadonlyMap<string, V>, key: string): ReadonlyMap<string, V> {
  const next = new Map(map);
  next.delete(key);
  return next;
}
