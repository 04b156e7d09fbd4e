import { describe, expect, it } from "vitest";
import { MAX_FIELD_LENGTH } from "../../../src/cli/batch/csv.js";
import { csvReader, jsonLinesReader, MAX_LINE_LENGTH, type RecordReader, type RecordSink } from "../../../src/cli/batch/records.js";

/** What a reader sends for an input cut into chunks of `size` bytes. */
function read(reader: RecordReader, input: string, size = 1 << 16) {
  const got: unknown[] = [];
  const sink: RecordSink = {
    jsonLine: (line, chunk, start, end) => got.push([line, chunk.toString("utf8", start, end)]),
    fields: (line, _key, fields) => got.push([line, fields]),
    failed: (line, error) => got.push([line, error.code]),
  };
  const bytes = Buffer.from(input);
  for (let i = 0; i < bytes.length; i += size) reader.push(Buffer.from(bytes.subarray(i, i + size)), sink);
  reader.end(sink);
  return got;
}

describe("JSON Lines reader", () => {
  const input = '{"a":1}\n\n  \r\n{"b":"é"}\r\n{"c":3}';
  it("sends each non-blank line with its line number, blank lines counted", () => {
    expect(read(jsonLinesReader(), input)).toEqual([
      [1, '{"a":1}'],
      [4, '{"b":"é"}\r'],
      [5, '{"c":3}'],
    ]);
  });

  it("gives the same records for any chunking, even inside a multi-byte character", () => {
    for (const size of [1, 2, 3, 5, 8]) expect(read(jsonLinesReader(), input, size)).toEqual(read(jsonLinesReader(), input));
  });

  it("reads an input of under three bytes (held back to look for a byte order mark) as lines", () => {
    expect(read(jsonLinesReader(), "\n")).toEqual([]);
    expect(read(jsonLinesReader(), "\n\n")).toEqual([]);
    expect(read(jsonLinesReader(), "1\n")).toEqual([[1, "1"]]);
  });

  it("refuses a line longer than the limit without holding it", () => {
    const long = `{"x":"${"a".repeat(MAX_LINE_LENGTH + 10)}"}`;
    expect(read(jsonLinesReader(), `${long}\n{"ok":1}\n`, 1 << 16)).toEqual([
      [1, "invalid-json"],
      [2, '{"ok":1}'],
    ]);
  });
});

describe("CSV reader", () => {
  it("turns cells into profile fields: numbers, lists, booleans, empty cells left out", () => {
    expect(read(csvReader(), "ExperienceYears,certifications,state,remote,role\n4,CPC;CCS,TX,yes,\n2.5,,\"New York\",0,coder\nabc,,,maybe,\n")).toEqual([
      [2, { experienceYears: 4, certifications: ["CPC", "CCS"], state: "TX", remote: true }],
      [3, { experienceYears: 2.5, state: "New York", remote: false, role: "coder" }],
      [4, { experienceYears: "abc", remote: "maybe" }],
    ]);
  });

  it("marks rows with too many fields, and a quote left open", () => {
    expect(read(csvReader(), 'state\nTX,extra\n"open\n')).toEqual([
      [2, "invalid-csv"],
      [3, "invalid-csv"],
    ]);
  });

  it("refuses a field longer than the limit without holding it, and reads on", () => {
    const huge = `"${"x".repeat(MAX_FIELD_LENGTH + 10)}"`;
    expect(read(csvReader(), `state,role\n${huge},coder\nTX,coder\n`, 1 << 16)).toEqual([
      [2, "invalid-csv"],
      [3, { state: "TX", role: "coder" }],
    ]);
  });

  it("refuses a header naming no profile field, and carries other columns through", () => {
    expect(() => read(csvReader(), "employee,salary\nE1,1\n")).toThrow(/the CSV header names no profile field/);
    expect(read(csvReader(), "state,salary\nTX,1\n")).toEqual([[2, { state: "TX" }]]);
  });
});
