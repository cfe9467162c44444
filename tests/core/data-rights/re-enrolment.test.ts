import { awayFromTombstones, enrolmentIdFor } from "../../../core/data-rights/re-enrolment";
import { participantIdFor } from "../../../core/participant-identity";
import { aParticipant } from "../../support/domain-factories";

describe("the id of someone enrolled again after erasing their data", () => {
  const usual = participantIdFor("w1", "zoe@contoso.example");

  it("is the usual derived id when no tombstone holds it", () => {
    expect(enrolmentIdFor("w1", "zoe@contoso.example", new Set(["p-other"]))).toBe(usual);
  });

  it("is another, stable id when the usual one is an erased tombstone's, and skips every taken one", () => {
    const first = enrolmentIdFor("w1", "zoe@contoso.example", new Set([usual]));
    expect(first).not.toBe(usual);
    expect(enrolmentIdFor("w1", "zoe@contoso.example", new Set([usual]))).toBe(first);
    const second = enrolmentIdFor("w1", "zoe@contoso.example", new Set([usual, first]));
    expect([usual, first]).not.toContain(second);
  });

  it("changes only the planned records whose id a tombstone holds", () => {
    const zoe = aParticipant({ id: usual, waveId: "w1", email: "zoe@contoso.example" });
    const other = aParticipant({ waveId: "w1" });
    const [moved, kept] = awayFromTombstones([zoe, other], new Set([usual]));
    expect(moved?.id).not.toBe(usual);
    expect(moved?.email).toBe(zoe.email);
    expect(kept).toBe(other);
  });
});
