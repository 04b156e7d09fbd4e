import fc from "fast-check";
import { mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { publishedSchema } from "../../helpers/schema-validator.js";
import { cli, STACK } from "../../helpers/cli.js";
import { tempDir } from "../../helpers/temp.js";

/** Batch input people really have, and input meant to hurt: each case failed before its fix. */
const dir = tempDir("faults-batch");
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const lines = (text: string) =>
  text
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));
const runs = Number(process.env.FUZZ_RUNS ?? 100);

describe("one record can never take the batch down", () => {
  it.each([
    ["commas", ",".repeat(3_000_000)],
    ["doubled quotes", `"${'"'.repeat(3_000_000)}"`],
    ["one long field", `"${"x".repeat(3_000_000)}"`],
  ])("a CSV row of 3 MB of %s is one short error record; the rows after it are estimated", async (_, row) => {
    const r = await cli(["estimate", "--input", file("row.csv", `state\nCA\n${row}\nTX\n`), "--json"]);
    expect(r.code).toBe(3);
    const out = lines(r.stdout);
    expect(out.map((o) => o.line)).toEqual([2, 3, 4]);
    expect(out[1].error.code).toBe("invalid-csv");
    expect(JSON.stringify(out[1]).length).toBeLessThan(300);
    expect([out[0].input.state, out[2].input.state]).toEqual(["CA", "TX"]);
  });

  it("a JSON line of 3 MB is one error record, and so is a line of arrays nested 500,000 deep", async () => {
    const r = await cli(["estimate", "--input", "-"], { stdin: `{"state":"TX"}\n{"state":"${"x".repeat(3_000_000)}"}\n${"[".repeat(500_000)}${"]".repeat(500_000)}\n{"state":"CA"}\n` });
    expect(r.code).toBe(3);
    expect(lines(r.stdout).map((o) => o.error?.code ?? o.input.state)).toEqual(["TX", "invalid-json", "invalid-profile", "CA"]);
  });

  it("a 1 MB unknown value gets a short message at once (no suggestion is computed against it)", async () => {
    const long = "a".repeat(1_000_000);
    const started = Date.now();
    const r = await cli(["estimate", "--input", "-"], { stdin: [0, 1, 2].map((i) => JSON.stringify({ state: long + i, specialty: long })).join("\n") });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(r.code).toBe(3);
    for (const o of lines(r.stdout)) expect(JSON.stringify(o).length).toBeLessThan(400);
  });
});

describe("results are exactly the record's: the cache keys on the whole record", () => {
  it("a CSV cell holding a NUL is not the two cells it would join to", async () => {
    const r = await cli(["estimate", "--input", file("nul.csv", "state,specialty\nTX,cardiology\nTX\u0000cardiology\n"), "--json"]);
    expect(r.code).toBe(3);
    const [first, second] = lines(r.stdout);
    expect(first.input).toMatchObject({ state: "TX", specialty: "cardiology" });
    expect(second.error.code).toBe("unknown-state");
  });

  it("any batch gives each record what that record alone gives (JSON Lines and CSV, repeats and near-repeats)", async () => {
    // Cells that join to the same text when a separator is not escaped: TX + "\0cardiology" and "TX\0" + cardiology.
    const cell = fc.oneof(fc.constantFrom("TX", "TX\u0000cardiology", "TX\u0000", "\u0000cardiology", "cardiology", "", "\u0000", "CA"), fc.constantFrom("tx", "TX ", "T\u0000X", "TX,CA", '"TX"', "4", "4.0", "CPC"));
    const json = fc.record({ experienceYears: fc.constantFrom(4, 4.0, 2, "4"), state: fc.constantFrom("TX", "tx", "CA", "T\u0000X"), certifications: fc.constantFrom(["CPC"], ["cpc"], []) }, { requiredKeys: [] });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(json.map((o) => JSON.stringify(o)), fc.oneof(fc.array(cell, { minLength: 1, maxLength: 3 }), fc.constantFrom(["TX", "cardiology"], ["TX\u0000cardiology"], ["TX", "", "4"], ["TX\u0000\u00004"])).map((c) => c.join("\t"))), { minLength: 1, maxLength: 12 }), async (records) => {
        const isCsv = (r: string) => !r.startsWith("{");
        const csv = records.filter(isCsv).map((r) => r.split("\t").map((c) => `"${c.replace(/"/g, '""')}"`).join(","));
        const jsonl = records.filter((r) => !isCsv(r));
        for (const [format, body, header] of [["csv", csv, "state,specialty,experienceYears\n"], ["jsonl", jsonl, ""]] as const) {
          if (body.length === 0) continue;
          const all = await cli(["estimate", "--input", "-", "--input-format", format], { stdin: header + body.join("\n") });
          const got = lines(all.stdout).map(({ line: _, ...rest }) => rest);
          const alone = [];
          for (const record of body) alone.push(...lines((await cli(["estimate", "--input", "-", "--input-format", format], { stdin: header + record })).stdout).map(({ line: _, ...rest }) => rest));
          expect(got).toEqual(alone);
        }
      }),
      { numRuns: Math.ceil(runs / 4) },
    );
  });
});

describe("CSV people really have", () => {
  const roster = "employee_id,experience_years,Name,state\nEMP-7F3A01,4,\"Lee, Ann\",TX\nEMP-7F3A02,2,Bo,CA\nEMP-7F3A03,x,Cy,OH\n";

  it("carries extra columns through to JSON lines, error records included, and reads experience_years", async () => {
    const r = await cli(["estimate", "--input", file("roster.csv", roster), "--json"]);
    expect(r.code).toBe(3);
    const out = lines(r.stdout);
    expect(out.map((o) => [o.line, o.fields])).toEqual([
      [2, { employee_id: "EMP-7F3A01", Name: "Lee, Ann" }],
      [3, { employee_id: "EMP-7F3A02", Name: "Bo" }],
      [4, { employee_id: "EMP-7F3A03", Name: "Cy" }],
    ]);
    expect(Object.keys(out[0]).slice(0, 3)).toEqual(["line", "fields", "schemaVersion"]);
    expect(out[0].input.experienceYears).toBe(4);
    expect(Object.keys(out[2])).toEqual(["line", "error", "fields"]);
  });

  it("carries them to CSV as columns after the fixed ones", async () => {
    const r = await cli(["estimate", "--input", file("roster.csv", roster), "--format", "csv"]);
    const [header, ...rows] = r.stdout.trimEnd().split("\n");
    expect(header).toBe("line,experienceYears,certifications,specialty,state,setting,remote,role,low,median,high,p10,p25,p50,p75,p90,confidence,error,employee_id,Name");
    expect(rows[0]).toMatch(/^2,4,,,TX,,false,,\d+,.*,,EMP-7F3A01,"Lee, Ann"$/);
    expect(rows[2]).toMatch(/^4,x,.*invalid-experience.*,EMP-7F3A03,Cy$/);
  });

  it("warns of a column that looks like a misspelt profile field, and goes on", async () => {
    const r = await cli(["estimate", "--input", file("typo.csv", "experiance,state\n4,TX\n")]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('CSV column "experiance" is not a profile field; it is carried through as it is. Did you mean experienceYears?');
    expect(lines(r.stdout)[0].fields).toEqual({ experiance: "4" });
  });

  it.each([
    ["a header naming no profile field", "employee,salary\nE1,5\n", "the CSV header names no profile field"],
    ["a semicolon-separated file", "experienceYears;state\n4;TX\n", "separated by semicolons"],
    ["JSON Lines named .csv", '{"state":"TX"}\n', "use --input-format jsonl"],
    ["a column with no name", ",state\nx,TX\n", "column 1 has no name"],
    ["a field given twice", "state,State\nTX,CA\n", 'CSV columns "state" and "State" both give state'],
    ["a carried column twice", "state,id,id\nTX,1,2\n", 'the CSV column "id" appears twice'],
  ])("%s is a usage error with a hint, and nothing on stdout", async (_, content, message) => {
    for (const format of ["json", "csv"]) {
      const r = await cli(["estimate", "--input", file("bad.csv", `${"\n".repeat(70_000)}${content}`), "--format", format]);
      expect([r.code, r.stdout]).toEqual([2, ""]);
      expect(r.stderr).toContain(message);
    }
  });

  it("reads CSV piped on stdin without --input-format (the first character tells)", async () => {
    const r = await cli(["estimate", "--input", "-"], { stdin: "\n\nexperienceYears,state\n4,TX\n2,CA\n" });
    expect(r.code).toBe(0);
    expect(lines(r.stdout).map((o) => [o.line, o.input.state])).toEqual([
      [4, "TX"],
      [5, "CA"],
    ]);
    const jsonl = await cli(["estimate", "--input", "-"], { stdin: '\n  {"state":"TX"}\n' });
    expect(lines(jsonl.stdout).map((o) => [o.line, o.input.state])).toEqual([[2, "TX"]]);
  });

  it("reads a UTF-8 byte order mark, CR-only and CRLF line ends", async () => {
    const bom = "\uFEFF";
    for (const [name, content] of [
      ["bom.jsonl", `${bom}{"state":"TX"}\n{"state":"CA"}\n`],
      ["bom.csv", `${bom}state\nTX\nCA\n`],
      ["cr.csv", "experienceYears,state\r4,TX\r2,CA\r"],
      ["crlf.csv", "experienceYears,state\r\n4,TX\r\n2,CA\r\n"],
      ["piped-bom", `${bom}state\nTX\nCA\n`],
    ] as const) {
      const r = name === "piped-bom" ? await cli(["estimate", "--input", "-"], { stdin: content }) : await cli(["estimate", "--input", file(name, content)]);
      expect([name, r.code]).toEqual([name, 0]);
      expect(lines(r.stdout).map((o) => o.input.state)).toEqual(["TX", "CA"]);
    }
    // Line numbers count CR-only lines too.
    expect(lines((await cli(["estimate", "--input", file("cr2.csv", "state\r\rTX\r")])).stdout)[0].line).toBe(3);
  });

  it("a row whose cells are all empty (a spreadsheet's trailing rows) is a blank line", async () => {
    const r = await cli(["estimate", "--input", file("trailing.csv", "state,id\nTX,1\n,\n , \n")]);
    expect(r.stderr).toContain("1 records: 1 ok");
  });
});

describe("CSV output a spreadsheet cannot run", () => {
  const formulaCell = /^[=+\-@\t\r]/;
  const cells = (csv: string) => {
    const out: string[] = [];
    for (const m of csv.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,\n]*))/gm)) out.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : (m[2] ?? ""));
    return out;
  };

  it("no cell starts a formula, whatever the input cells hold (plain numbers aside)", async () => {
    const hostile = fc.constantFrom("=1+1", "+cmd", "-2+3", "@SUM(1)", "\t=1", "=HYPERLINK(\"http://x\";\"y\")", "-3", "TX", "", "4");
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(hostile, hostile, hostile, hostile), { minLength: 1, maxLength: 4 }), async (rows) => {
        const csv = `state,role,experienceYears,note\n${rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(",")).join("\n")}\n`;
        const r = await cli(["estimate", "--input", "-", "--input-format", "csv", "--format", "csv"], { stdin: csv });
        expect([0, 3]).toContain(r.code);
        const bad = cells(r.stdout).filter((c) => formulaCell.test(c) && !/^[-+]?\d+(\.\d+)?$/.test(c));
        expect(bad).toEqual([]);
      }),
      { numRuns: runs },
    );
  });
});

describe("unreadable input is a usage error", () => {
  it("a socket, a directory, a missing file: exit 2, a message, nothing on stdout", async () => {
    const socket = join(dir, "s.sock");
    const server = createServer().listen(socket);
    await new Promise((resolve) => server.once("listening", resolve));
    mkdirSync(join(dir, "folder.jsonl"), { recursive: true });
    try {
      for (const [path, reason] of [
        [socket, "cannot read the input file"],
        [join(dir, "folder.jsonl"), "is a directory"],
        [join(dir, "missing.csv"), "no such file"],
        [join(file("plain", "x"), "below-a-file.jsonl"), "a folder on its path is a file"],
      ] as const) {
        const r = await cli(["estimate", "--input", path]);
        expect([r.code, r.stdout]).toEqual([2, ""]);
        expect(r.stderr).toContain(reason);
        expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
      }
    } finally {
      server.close();
    }
  });

  it.skipIf(process.getuid?.() === 0)("a file without read permission", async () => {
    const { chmodSync } = await import("node:fs");
    const path = file("locked.csv", "state\nTX\n");
    chmodSync(path, 0o000);
    const r = await cli(["estimate", "--input", path]);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toContain("permission denied");
  });
});

describe("schema batch", () => {
  it("is published, and every batch line — estimates, errors, carried columns — is valid against it", async () => {
    const valid = await publishedSchema("batch");
    const jsonl = await cli(["estimate", "--input", "-"], {
      stdin: ['{"experienceYears":4,"certifications":["CPC"],"state":"TX","specialty":"cardiology","setting":"hospital","remote":false,"role":"coder"}', "{}", "{not json", '{"state":"ZZ"}', "[1,2]"].join("\n"),
    });
    const csv = await cli(["estimate", "--input", "-", "--input-format", "csv"], { stdin: "id,state,note\n1,TX,a\n2,ZZ,b\n" });
    const all = [...lines(jsonl.stdout), ...lines(csv.stdout)];
    expect(all).toHaveLength(7);
    for (const line of all) expect(valid(line) ? [] : valid.errors).toEqual([]);
    expect(valid({ foo: 1 })).toBe(false);
    expect(valid({ line: 1 })).toBe(false);
  });
});

describe("no stack, whatever the batch", () => {
  it("random bytes, as JSON Lines, CSV or detected: exit 0, 2 or 3 and never a stack", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), fc.constantFrom(["--input-format", "csv"], ["--input-format", "jsonl"], []), async (bytes, format) => {
        const r = await cli(["estimate", "--input", "-", ...format], { stdin: Buffer.from(bytes) });
        expect([0, 2, 3]).toContain(r.code);
        expect(r.stderr).not.toMatch(STACK);
        expect(r.stderr).not.toContain("internal error");
        if (r.code === 2) expect(r.stdout).toBe("");
      }),
      { numRuns: runs * 3 },
    );
  });
});
