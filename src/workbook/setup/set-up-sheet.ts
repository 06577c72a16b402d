// Set up sheet: find the invite table, or adopt the user's current sheet when its headers are
// recognisable, or create a new "Invites" sheet with the table. Then apply the formats and
// dropdowns (the same every time, so a second run changes nothing and duplicates nothing).
import { resolveTeam, type TeamProfile } from "../../invites";
import { findHeaderBlock, HEADER_SEARCH_ROWS, planBlock } from "./adopt-sheet";
import { parseArea } from "../excel/a1";
import { cellText } from "../excel/cell-text";
import { queueTableFormat, STATUS_WIDTH } from "./format-table";
import { groupNames, writeGroupList } from "./lists-sheet";
import { findTable } from "../table/locate-table";
import type { RunExcel } from "../excel/run-excel";
import { WorkbookError } from "../excel/run-excel";
import { excelJob } from "../excel/serialize";
import {
  DEFAULT_SHEET_NAME,
  NEW_SHEET_HEADERS,
  NEW_SHEET_WIDTHS,
  recognisedColumns,
  TABLE_NAME,
  type TableLayout,
} from "../table/sheet-layout";

export interface SetUpOptions {
  /** The team whose user groups fill the Group dropdown (default: none known). */
  team?: TeamProfile;
}

export interface SetUpResult {
  /** "existing": the table was already there; "adopted": the current sheet became it; "created": a new sheet. */
  outcome: "existing" | "adopted" | "created";
  sheetName: string;
  tableName: string;
  /** Header row number (1-based). */
  headerRow: number;
  /** Headers in the table that are none of ours (left alone). */
  otherColumns: string[];
}

type Placed = { table: Excel.Table; sheet: Excel.Worksheet; outcome: SetUpResult["outcome"]; widths: Map<number, number> };

/** Rows below the header of a new sheet that are text-formatted ahead of the table (rows typed below it keep "0012"). */
const PREFORMATTED_ROWS = 10_000;

async function freeSheetName(context: Excel.RequestContext): Promise<string> {
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = n === 1 ? DEFAULT_SHEET_NAME : `${DEFAULT_SHEET_NAME} ${n}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

async function createSheet(context: Excel.RequestContext): Promise<Placed> {
  const sheet = context.workbook.worksheets.add(await freeSheetName(context));
  const last = NEW_SHEET_HEADERS.length - 1;
  const header = sheet.getRangeByIndexes(0, 0, 1, NEW_SHEET_HEADERS.length);
  header.values = [[...NEW_SHEET_HEADERS]];
  // The sheet is ours: its input columns are text well below the table too, so rows typed or
  // pasted below keep what was typed ("0012", "=...") before the table grows over them. A bounded
  // block: writes to whole columns are refused, or not, depending on the docs page read
  // (office-js-docs-pr#5400). (On an adopted sheet only the table body is formatted.)
  sheet.getRangeByIndexes(1, 0, PREFORMATTED_ROWS, last).numberFormat = [["@"]];
  // A table from a header-only range gets one blank data row, which carries the formats and rules
  // that rows added later inherit.
  const table = sheet.tables.add(header, true);
  table.name = TABLE_NAME;
  sheet.activate();
  const widths = new Map(NEW_SHEET_WIDTHS.map((w, i) => [i, w] as const));
  widths.set(last, NEW_SHEET_WIDTHS[last] ?? STATUS_WIDTH);
  return { table, sheet, outcome: "created", widths };
}

/** The user's current sheet, if its headers are recognisable: its range becomes the table. */
async function adoptActiveSheet(context: Excel.RequestContext): Promise<Placed | null> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  const used = sheet.getUsedRangeOrNullObject(true).load("address, rowCount");
  const tables = sheet.tables.load("items/name");
  await context.sync();
  if (used.isNullObject) return null;
  const top = used.getResizedRange(Math.min(used.rowCount, HEADER_SEARCH_ROWS) - used.rowCount, 0).load("values");
  await context.sync();
  const block = findHeaderBlock(used.address, top.values);
  if (!block) return null;
  if (tables.items.length > 0) {
    // Turning a range that holds another table into ours would fail; say what to do instead.
    throw new WorkbookError(
      `This sheet already has a table (${tables.items.map((t) => t.name).join(", ")}). ` +
        "Convert it to a range (Table Design > Convert to Range) or set up the invite list on another sheet.",
    );
  }
  const plan = await planBlock(context, sheet, block, parseArea(used.address)?.r1 ?? block.row);
  if (plan.statusHeader) sheet.getRange(plan.statusHeader).values = [["Status"]];
  const table = sheet.tables.add(sheet.getRange(plan.address), true);
  table.name = TABLE_NAME;
  const widths = new Map<number, number>();
  if (plan.statusHeader) widths.set(plan.rect.c1 - plan.rect.c0, STATUS_WIDTH);
  return { table, sheet, outcome: "adopted", widths };
}

export function setUpSheet(run: RunExcel, options: SetUpOptions = {}): Promise<SetUpResult> {
  return excelJob(run, async (context) => {
    const existing = await findTable(context);
    const placed: Placed = existing
      ? { table: existing.table, sheet: existing.sheet, outcome: "existing", widths: new Map() }
      : ((await adoptActiveSheet(context)) ?? (await createSheet(context)));
    // Describe the table as it now stands (also checks its headers).
    if (!existing) await context.sync();
    const located = existing ?? (await findTable(context));
    if (!located) throw new WorkbookError("The invite table could not be created.");
    const layout: TableLayout = located.layout;
    const groupSource = await writeGroupList(context, groupNames(resolveTeam(options.team)));
    queueTableFormat(placed.table, placed.sheet, layout, { widths: placed.widths, groupSource });
    await context.sync();
    const ours = new Set(Object.values(recognisedColumns(layout.headers)));
    return {
      outcome: placed.outcome,
      sheetName: layout.sheetName,
      tableName: TABLE_NAME,
      headerRow: layout.headerRow + 1,
      otherColumns: layout.headers.filter((h, i) => i !== layout.status && !ours.has(i)).map(cellText),
    };
  });
}
