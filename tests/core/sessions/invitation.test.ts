import { invitationSequence, sessionInvitation } from "../../../core/sessions/invitation";
import type { MentoringSession } from "../../../core/sessions/session";
import { aPairOfPeople, aPublishedPair, aRunningWave, aSession } from "../../support/session-factories";

const wave = aRunningWave();
const { mentor, mentee } = aPairOfPeople(wave);
const pair = aPublishedPair(wave, mentor, [mentee]);
const booked = aSession(pair, "2026-10-20T08:30:00.000Z", { bookedAt: "2026-10-01T10:00:00.000Z" });
const attendees = [
  { name: "Océane Müller-Lefèvre", email: "oceane@contoso.example" },
  { name: 'Alex "the boss" Wilber', email: "alex@contoso.example" },
];
const texts = {
  title: "Séance de mentorat inversé n°1 — Océane et Alex",
  description:
    "Votre séance Tandem. Thèmes : Teams, Copilot, réseaux sociaux; préparez vos questions.\nLien ci-dessous, à bientôt !",
};

function ics(session: MentoringSession): string {
  return sessionInvitation({ session, attendees, texts, domain: "tandem.contoso.example" });
}

/** The content lines of an .ics text, unfolded (RFC 5545 §3.1). */
function unfolded(text: string): string[] {
  return text
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .filter((l) => l !== "");
}

function property(text: string, name: string): string | undefined {
  return unfolded(text)
    .find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`))
    ?.replace(/^[^:]*:/, "");
}

function rescheduled(session: MentoringSession, start: string): MentoringSession {
  return {
    ...session,
    start,
    updatedAt: "2026-10-05T09:00:00.000Z",
    history: [
      ...session.history,
      {
        at: "2026-10-05T09:00:00.000Z",
        by: mentee.id,
        action: "rescheduled",
        start,
        previousStart: session.start,
        reason: "r",
      },
    ],
  };
}

describe("sessionInvitation", () => {
  it("isAVcalendarWithOneEvent_crlfEverywhere_linesFoldedWithinSeventyFiveOctets", () => {
    const text = ics(booked);
    expect(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(text.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const physical = text.split("\r\n").slice(0, -1);
    for (const line of physical) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    expect(physical.some((l) => l.startsWith(" "))).toBe(true);
    expect(unfolded(text).filter((l) => l === "BEGIN:VEVENT")).toHaveLength(1);
    expect(property(text, "PRODID")).toBeDefined();
    expect(property(text, "METHOD")).toBe("PUBLISH");
  });

  it("foldingNeverSplitsACharacter_andUnfoldsToTheLocalisedTexts", () => {
    const text = ics(booked);
    expect(Buffer.from(text, "utf8").toString("utf8")).toBe(text);
    expect(text).not.toContain("\uFFFD");
    expect(property(text, "SUMMARY")).toBe("Séance de mentorat inversé n°1 — Océane et Alex");
    expect(property(text, "DESCRIPTION")).toBe(
      "Votre séance Tandem. Thèmes : Teams\\, Copilot\\, réseaux sociaux\\; préparez vos questions.\\nLien ci-dessous\\, à bientôt !",
    );
  });

  it("timesAreUtc_endIsStartPlusTheDuration_stampIsTheLastChange", () => {
    const text = ics(booked);
    expect(property(text, "DTSTART")).toBe("20261020T083000Z");
    expect(property(text, "DTEND")).toBe("20261020T100000Z");
    expect(property(text, "DTSTAMP")).toBe("20261001T100000Z");
    expect(property(text, "STATUS")).toBe("CONFIRMED");
  });

  it("attendeesByNameAndEmail_withoutOrganizer_quotesRemovedFromNames", () => {
    const lines = unfolded(ics(booked));
    expect(lines.some((l) => l.startsWith("ORGANIZER"))).toBe(false);
    const people = lines.filter((l) => l.startsWith("ATTENDEE"));
    expect(people).toHaveLength(2);
    expect(people[0]).toContain('CN="Océane Müller-Lefèvre":mailto:oceane@contoso.example');
    expect(people[1]).toContain('CN="Alex the boss Wilber":mailto:alex@contoso.example');
  });

  it("theUidIsStable_andTheSequenceGrowsWithEachReschedule", () => {
    const first = ics(booked);
    const moved = rescheduled(booked, "2026-10-22T08:30:00.000Z");
    const second = ics(moved);
    const third = ics(rescheduled(moved, "2026-10-23T08:30:00.000Z"));
    expect(property(first, "UID")).toBe(`session:${pair.id}:1@tandem.contoso.example`);
    expect(property(second, "UID")).toBe(property(first, "UID"));
    expect(property(third, "UID")).toBe(property(first, "UID"));
    const sequences = [first, second, third].map((t) => Number(property(t, "SEQUENCE")));
    expect(sequences).toEqual([1, 2, 3]);
    expect(property(second, "DTSTART")).toBe("20261022T083000Z");
  });

  it("aCancelledSession_isCancelledWithAHigherSequence_andFree", () => {
    const cancelled: MentoringSession = {
      ...booked,
      status: "cancelled",
      history: [
        ...booked.history,
        { at: "2026-10-06T09:00:00.000Z", by: mentor.id, action: "cancelled", reason: "r" },
      ],
    };
    const text = ics(cancelled);
    expect(property(text, "STATUS")).toBe("CANCELLED");
    expect(Number(property(text, "SEQUENCE"))).toBe(invitationSequence(booked) + 1);
    expect(property(text, "TRANSP")).toBe("TRANSPARENT");
  });

  it("theMeetingLink_isTheUrlAndTheLocation", () => {
    const link =
      "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjY3%40thread.v2/0?context=%7b%22Tid%22%3a%2211%22%7d";
    const text = ics({ ...booked, meetingUrl: link });
    expect(property(text, "URL")).toBe(link);
    expect(property(text, "LOCATION")).toBe(link);
    expect(property(ics(booked), "URL")).toBeUndefined();
  });

  it("anInvalidEmail_isLeftOut_andAMultilineTitleBecomesOneLine", () => {
    const text = sessionInvitation({
      session: booked,
      attendees: [{ name: "Eve", email: "eve@x.example\r\nATTENDEE:mailto:spy@evil.example" }],
      texts: { title: "Line one\r\nBEGIN:VEVENT", description: "d" },
      domain: "tandem.example",
    });
    const lines = unfolded(text);
    expect(lines.filter((l) => l.startsWith("ATTENDEE"))).toEqual([
      'ATTENDEE;RSVP=FALSE;ROLE="REQ-PARTICIPANT";CN="Eve"',
    ]);
    expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(1);
    expect(property(text, "SUMMARY")).toBe("Line one BEGIN:VEVENT");
  });
});
