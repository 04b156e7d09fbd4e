import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "./temp.js";

/** A writer of input files (returning each one's path) in a fresh temporary folder for this test file, `dir`. Call at collection time. */
export function inputFiles(name: string): ((file: string, text: string) => string) & { dir: string } {
  const dir = tempDir(name);
  const write = (file: string, text: string) => {
    const path = join(dir, file);
    writeFileSync(path, text);
    return path;
  };
  return Object.assign(write, { dir });
}

/** The JSON documents of JSON Lines output. */
export const jsonLines = (text: string) => text.split("\n").filter(Boolean).map((l) => JSON.parse(l));

/** n profiles as JSON Lines, every `badEvery`-th line broken in one of several ways. */
export function profiles(n: number, badEvery = 0): string {
  const bad = ["{not json", '{"experienceYears":-3}', '{"state":"ZZ"}', '{"certifications":["NOPE"]}', "[1,2,3]", '{"experience":4}'];
  const states = ["CA", "TX", "NY", "FL", "OH", "WA", "MS", "DC"];
  const out: string[] = [];
  for (let i = 1; i <= n; i++)
    out.push(badEvery && i % badEvery === 0 ? bad[(i / badEvery) % bad.length]! : JSON.stringify({ experienceYears: i % 25, certifications: i % 4 ? ["CPC"] : [], state: states[i % 8], remote: i % 7 === 0 }));
  return `${out.join("\n")}\n`;
}
