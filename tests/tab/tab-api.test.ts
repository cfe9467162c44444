import { generateKeyPair, SignJWT } from "jose";
import { DEMO_TENANT_ID } from "../../server/config";
import type { MyMentoringView } from "../../core/my-mentoring";
import { devTokenFrom } from "../support/api-client";
import { startTestTandem, type TestTandem } from "../support/tandem-test-server";

let tandem: TestTandem;
beforeAll(async () => {
  tandem = await startTestTandem();
});
afterAll(async () => tandem?.stop());

const devToken = (userId: string) => devTokenFrom(tandem.url, userId);

const me = (token?: string) =>
  fetch(`${tandem.url}/api/me`, token ? { headers: { authorization: `Bearer ${token}` } } : {});

describe("tab API with the development sign-in", () => {
  it("config_tellsTheFrontEndThatDevSignInIsAvailable", async () => {
    expect(await (await fetch(`${tandem.url}/api/config`)).json()).toEqual({
      mode: "local",
      devSignIn: true,
      clientId: "tandem-local",
    });
  });

  it("devUsers_listsTheDemoWaveParticipants", async () => {
    const { users } = (await (await fetch(`${tandem.url}/api/dev/users`)).json()) as {
      users: Array<{ role: string }>;
    };
    expect(users).toHaveLength(25);
    expect(users.filter((u) => u.role === "hr")).toHaveLength(1);
    expect(users.filter((u) => u.role === "mentor")).toHaveLength(12);
  });

  it("me_withADevToken_showsMyRoleWaveAndQuestionnaireStatus", async () => {
    const response = await me(await devToken("demo-megan.bowen"));
    expect(response.status).toBe(200);
    const view = (await response.json()) as MyMentoringView;
    expect(view.enrolment).toMatchObject({
      role: "mentor",
      wave: { name: "Digital Tandem — Autumn 2026", questionnaireOpen: true },
      questionnaire: { status: "not-started" },
    });
  });

  it("me_withoutAToken_is401", async () => {
    const response = await me();
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("me_withATokenFromAnotherIssuersKey_is401", async () => {
    const { privateKey } = await generateKeyPair("RS256");
    const now = Math.floor(Date.now() / 1000);
    const forged = await new SignJWT({
      tid: DEMO_TENANT_ID,
      oid: "00000000-0000-0000-0000-0000000000020",
      scp: "access_as_user",
    })
      .setProtectedHeader({ alg: "RS256", kid: "forged" })
      .setIssuer(`${tandem.url}/dev/issuer/${DEMO_TENANT_ID}/v2.0`)
      .setAudience("tandem-local")
      .setExpirationTime(now + 600)
      .sign(privateKey);
    expect((await me(forged)).status).toBe(401);
  });

  it("devToken_forUnknownUser_is404_andMalformedBody_is400", async () => {
    const post = (body: string) =>
      fetch(`${tandem.url}/api/dev/token`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      });
    expect((await post(JSON.stringify({ userId: "nobody" }))).status).toBe(404);
    expect((await post(JSON.stringify({ userId: 42 }))).status).toBe(400);
    expect((await post("{not json")).status).toBe(400);
  });
});
