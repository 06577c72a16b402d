// The regions a user can pick: every one that can take a submit has a relay route and an API host
// (or is the sandbox); OC has none, and the choice says to use the CSV there.
import { API_HOSTS, isRegion, REGION_CHOICES, regionChoice } from "../../src/splashtop/regions";

test("a region offered for Submit is one the relay serves; OC is CSV only, and says so where it is chosen", () => {
  for (const choice of REGION_CHOICES) {
    expect(choice.api).toBe(isRegion(choice.id));
    if (choice.api && choice.id !== "sandbox")
      expect(API_HOSTS[choice.id as keyof typeof API_HOSTS]).toMatch(/^https:\/\/webapi\.splashtop\./);
  }
  expect(regionChoice("oc")).toMatchObject({ api: false, note: expect.stringMatching(/no API host.*export the CSV/) });
  expect(REGION_CHOICES.map((c) => c.label)).toEqual(["Global", "EU", "OC", "Sandbox (try it without an account)"]);
});
