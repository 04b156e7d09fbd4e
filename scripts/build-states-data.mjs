#!/usr/bin/env node
// Regenerates data/states.json from the federal reference tables (BLS OEWS state wages for
// SOC 29-2072, BEA regional price parities). Drop in a newer vintage and run:
//   node scripts/build-states-data.mjs [reference-dir] [out-file]   (defaults: ../shared/data, data/states.json)
// The table layout is the one documented in that folder's README.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2] ?? join(import.meta.dirname, "..", "..", "shared", "data");
const outFile = process.argv[3] ?? join(import.meta.dirname, "..", "data", "states.json");
const files = {
  wages: "oews-29-2072-states-may2024.csv",
  laterWages: "oews-29-2072-states-may2025.csv",
  prices: "bea-rpp-states-2023.csv",
};

/** Rows of a simple CSV (no quoted commas in these tables) keyed by header, by state code. */
function readTable(name) {
  const [header, ...lines] = readFileSync(join(dir, name), "utf8").trim().split(/\r?\n/);
  const keys = header.split(",");
  const rows = new Map();
  for (const line of lines) {
    const cells = line.split(",");
    rows.set(cells[0], Object.fromEntries(keys.map((k, i) => [k, cells[i] ?? ""])));
  }
  return rows;
}

/** A published figure, or null where the table leaves it blank (suppressed). */
function figure(text) {
  if (text === undefined || text.trim() === "") return null;
  const n = Number(text);
  if (!Number.isFinite(n)) throw new Error(`not a number: ${text}`);
  return n;
}

const wages = readTable(files.wages);
const later = readTable(files.laterWages);
const prices = readTable(files.prices);

const list = [...wages.values()].map((w) => {
  const p = prices.get(w.state_code);
  const l = later.get(w.state_code);
  if (!p) throw new Error(`no price parity for ${w.state_code}`);
  return {
    code: w.state_code,
    name: w.state_name,
    employment: figure(w.employment),
    mean: figure(w.annual_mean),
    median: figure(w.annual_median),
    laterMedian: figure(l?.annual_median_may2025),
    priceIndex: figure(p.rpp_all_items),
    housingPriceIndex: figure(p.rpp_services_housing),
  };
});

const states = {
  wages: { source: "bls-oews-2024-states", vintage: "May 2024" },
  // The later vintage's national median, from its source's notes: its state ratios are read against it.
  laterWages: { source: "bls-oews-2025-states", vintage: "May 2025", median: 51140 },
  prices: { source: "bea-rpp-2023", year: Number(prices.get("US")?.year ?? prices.values().next().value.year) },
  list,
};
writeFileSync(outFile, JSON.stringify(states, null, 2) + "\n");
console.error(`${outFile}: ${list.length} states from ${Object.values(files).join(", ")}`);
