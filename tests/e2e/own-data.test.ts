import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run, runJson } from "../helpers/cli.js";
import { tempDir } from "../helpers/temp.js";

const dir = tempDir("data");

describe("own data: data export, data validate, --data", () => {
  it("round-trips: export, then --data gives byte-identical output for every command", async () => {
    const exported = await run(["data", "export"]);
    expect(exported.code).toBe(0);
    const file = join(dir, "bands.json");
    writeFileSync(file, exported.stdout);
    expect((await run(["data", "validate", file])).stdout).toMatch(/^valid: .*bands\.json \(dataset \d{4}\.\d+\.\d+: \d+ sources, 51 states\)\n$/);
    for (const args of [
      ["estimate", "-e", "4", "--cert", "CPC", "--state", "TX", "--json"],
      ["estimate", "-e", "10", "--role", "manager", "--remote"],
      ["offer", "52k", "-e", "4", "--json"],
      ["compare", "--by", "cert", "--json"],
      ["career", "--years", "6", "--json"],
      ["sources", "--json"],
    ]) {
      const bundled = await run(args);
      const own = await run([...args, "--data", file]);
      expect(own.stdout).toBe(bundled.stdout);
      expect(own.code).toBe(0);
    }
    expect((await run(["data", "export", "--data", file])).stdout).toBe(exported.stdout);
  });

  it("uses an edited band", async () => {
    const data = await runJson(["data", "export"]);
    data.experience.bands[1].annual = { low: 50_000, high: 66_000, source: "seed-guide" };
    data.version = "my-bands-1";
    const file = join(dir, "edited.json");
    writeFileSync(file, JSON.stringify(data));
    const before = await runJson(["estimate", "-e", "4.5", "--json"]);
    const after = await runJson(["estimate", "-e", "4.5", "--json", "--data", file]);
    expect(after.annual.median).toBeGreaterThan(before.annual.median);
    expect((await runJson(["sources", "--json", "--data", file])).dataset.version).toBe("my-bands-1");
  });

  it("lists the allowed values of the dataset in use", async () => {
    const data = await runJson(["data", "export"]);
    data.specialties.push({ id: "dermatology", label: "Dermatology coding", annual: { low: 50_000, high: 65_000, source: "seed-guide" } });
    const file = join(dir, "dermatology.json");
    writeFileSync(file, JSON.stringify(data));
    expect((await runJson(["estimate", "--specialty", "dermatology", "--json", "--data", file])).input.specialty).toBe("dermatology");
    expect((await run(["estimate", "--specialty", "dermatology"])).code).toBe(2);
  });
});
