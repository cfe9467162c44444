import { auditEntry, PARTICIPANT_ACTOR } from "../../../core/audit/audit-record";
import { changedFields } from "../../../tab/api/audit-trail";

const AT = new Date("2027-03-20T12:00:00.000Z");

describe("building an audit entry", () => {
  it("names the HR actor as the token does, ids it by time and suffix, and keeps only the facts given", () => {
    const entry = auditEntry(
      { waveId: "w1", tenantId: "t1", action: "matching.published", details: { pairs: 12 } },
      { tenantId: "t1", aadObjectId: "hr-1", name: "Patti Fernandez", groups: ["g1"] },
      AT,
      "abc",
    );
    expect(entry).toEqual({
      id: "audit:2027-03-20T12:00:00.000Z:abc",
      waveId: "w1",
      tenantId: "t1",
      at: "2027-03-20T12:00:00.000Z",
      actor: { aadObjectId: "hr-1", name: "Patti Fernandez" },
      action: "matching.published",
      details: { pairs: 12 },
    });
  });

  it("records a participant's own request under the participant actor, not their Entra id", () => {
    const entry = auditEntry(
      { waveId: "w1", tenantId: "t1", action: "participant.erased", target: "p-1" },
      PARTICIPANT_ACTOR,
      AT,
      "x",
    );
    expect(entry.actor).toEqual({ aadObjectId: "participant" });
    expect(entry.target).toBe("p-1");
  });
});

describe("the field names of a change", () => {
  it("lists the names sorted, never values, and drops keys that are not plain names", () => {
    expect(
      changedFields({ site: "Lyon", department: "Data", "bad key <script>": 1, ["x".repeat(60)]: 2 }),
    ).toBe("department,site");
  });
});
