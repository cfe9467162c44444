import type { Role } from "../../../../core/participant";
import type { ParticipantRow } from "../../../api/hr-api-contract";

export type RoleFilter = Role | "all";

/** The people matching a free-text search (name, email, department, site) and a role. */
export function filterParticipants(
  people: readonly ParticipantRow[],
  search: string,
  role: RoleFilter,
): readonly ParticipantRow[] {
  const words = search.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return people.filter((person) => {
    if (role !== "all" && person.role !== role) return false;
    const text = [person.displayName, person.email, person.department, person.site]
      .join(" ")
      .toLocaleLowerCase();
    return words.every((word) => text.includes(word));
  });
}
