import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, cliJson } from "../helpers/cli.js";
import { tempDir } from "../helpers/temp.js";

const dir = tempDir("data");

describe("own data: data export, data validate, --data", () => {
  it("round-trips: export, then --data gives byte-identical output for every command", async () => {
    const exported = await cli(["data", "export"]);
    expect(exported.code).toBe(0);
    const file = join(dir, "bands.json");
    writeFileSync(file, exported.stdout);
    expect((await cli(["data", "validate", file])).stdout).toMatch(/^valid: .*bands\.json \(dataset \d{4}\.\d+\.\d+: \d+ sources, 51 states, 18 credentials\)\n$/);
    for (const args of [
      ["estimate", "-e", "4", "--cert", "CPC", "--state", "TX", "--json"],
      ["estimate", "-e", "10", "--role", "manager", "--remote"],
      ["offer", "52k", "-e", "4", "--json"],
      ["compare", "--by", "cert", "--json"],
      ["career", "--years", "6", "--json"],
      ["sources", "--json"],
    ]) {
      const bundled = await cli(args);
      const own = await cli([...args, "--data", file]);
      expect(own.stdout).toBe(bundled.stdout);
      expect(own.code).toBe(0);
    }
    expect((await cli(["data", "export", "--data", file])).stdout).toBe(exported.stdout);
  });

  it("uses edited figures: a national median of its own", async () => {
    const data = await cliJson(["data", "export"]);
    data.national.median.value = 60_000;
    data.version = "my-bands-1";
    const file = join(dir, "edited.json");
    writeFileSync(file, JSON.stringify(data));
    expect((await cliJson(["estimate", "--json", "--data", file])).annual.median).toBe(60_000);
    const before = await cliJson(["estimate", "-e", "4.5", "--json"]);
    const after = await cliJson(["estimate", "-e", "4.5", "--json", "--data", file]);
    expect(after.annual.median).toBeGreaterThan(before.annual.median);
    expect((await cliJson(["sources", "--json", "--data", file])).dataset.version).toBe("my-bands-1");
  });

  it("lists the allowed values of the dataset in use, in help and in errors, wherever --data stands", async () => {
    const data = await cliJson(["data", "export"]);
    data.specialties.push({ id: "dermatology", label: "Dermatology coding", annual: { low: 50_000, high: 65_000, source: "seed-guide" } });
    data.experience.maxYears.value = 40;
    const file = join(dir, "dermatology.json");
    writeFileSync(file, JSON.stringify(data));
    expect((await cliJson(["estimate", "--specialty", "dermatology", "--json", "--data", file])).input.specialty).toBe("dermatology");
    expect((await cli(["estimate", "--specialty", "dermatology"])).code).toBe(2);
    for (const args of [["estimate", "--data", file, "--help"], ["--data", file, "estimate", "--help"], ["estimate", "--help", `--data=${file}`]]) {
      const help = await cli(args);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain("dermatology");
      expect(help.stdout).toContain("0 to 40");
      expect(help.stdout).not.toContain("0 to 50");
    }
    const error = await cli(["estimate", "-e", "45", "--data", file]);
    expect(error.stderr).toContain("Allowed for --experience: a number of years from 0 to 40");
    const wizard = await cli(["wizard", "--data", file, "--no-prompt"]);
    expect(wizard.code).toBe(2);
  });
});
