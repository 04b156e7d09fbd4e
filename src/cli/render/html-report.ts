import type { Context } from "../context.js";
import { datasetHash } from "../dataset-hash.js";
import type { Block } from "./blocks.js";
import { printHtml } from "./html.js";

/**
 * `--format html`: the report as one page, with what it needs to be checked later — the
 * dataset's version and hash, the day it was made (SOURCE_DATE_EPOCH, when set, for
 * reproducible pages) and the command line that makes it again.
 */
export async function htmlReport(ctx: Context, blocks: Block[], command: string | undefined): Promise<string> {
  const dataset = ctx.dataset();
  const epoch = Number(ctx.io.env.SOURCE_DATE_EPOCH);
  const when = ctx.io.env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? new Date(epoch * 1000) : new Date();
  return printHtml(blocks, {
    tool: `coding-salary ${__VERSION__}`,
    dataset: { version: dataset.version, hash: await datasetHash(dataset) },
    date: when.toISOString().slice(0, 10),
    command: command ?? ["coding-salary", ...(ctx.args ?? [])].map(shellWord).join(" "),
  });
}

/** A word as a POSIX shell reads it back: bare when safe, else in single quotes. */
function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`;
}
