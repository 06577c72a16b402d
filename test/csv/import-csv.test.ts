// A user's CSV into invite rows: any encoding Excel writes, comma/semicolon/tab, quoted fields,
// CRLF or LF, headers by alias in any order, nothing dropped, row numbers as a spreadsheet shows.
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import Papa from "papaparse";
import {
  exportCsv,
  extraValuesNotice,
  importCsvBytes,
  importCsvText,
  rowsKeepingExtraValues,
  type ImportedCsv,
  type ImportResult,
} from "../../src/csv";
import { sampleSheet, type InviteRow } from "../../src/invites";
import { cellText, rowArbitrary } from "./arbitraries";

const FIXTURES = path.join(__dirname, "..", "fixtures", "csv");
const utf8 = (text: string) => new TextEncoder().encode(text);

function row(account: string, group = "", displayName = "", licenseType = "", role = ""): InviteRow {
  return { account, group, displayName, licenseType, role };
}
const BLANK = row("");

function ok(result: ImportResult): ImportedCsv {
  if (!result.ok) throw new Error(`expected the file to import, got: ${result.error}`);
  return result.csv;
}

/** The import failed with one line (no line break) that mentions every pattern. */
function failure(result: ImportResult, ...mentions: RegExp[]): string {
  if (result.ok) throw new Error(`expected an error, got ${result.csv.rows.length} rows`);
  expect(result.error).not.toMatch(/[\r\n]/);
  for (const m of mentions) expect(result.error).toMatch(m);
  return result.error;
}

describe("importCsvText: layout", () => {
  const ARTICLE_FILE =
    "Splashtop account,Group,Display name,License type,Role\r\nann@example.com,Sales,Ann Lee,Support,Admin\r\nbob@example.com,,Bob,,\r\n";
  const ARTICLE_ROWS = [row("ann@example.com", "Sales", "Ann Lee", "Support", "Admin"), row("bob@example.com", "", "Bob")];

  it("reads the article's five columns; the first data row is row 2", () => {
    const csv = ok(importCsvText(ARTICLE_FILE));
    expect(csv).toEqual({
      rows: ARTICLE_ROWS,
      firstRow: 2,
      ignoredColumns: [],
      notices: [],
      delimiter: ",",
      lastColumn: "role",
      extraValues: new Map(),
      findings: [],
      damagedRows: [],
    });
  });

  it("reads LF-only and lone-CR files the same as CRLF", () => {
    expect(ok(importCsvText(ARTICLE_FILE.replace(/\r\n/g, "\n"))).rows).toEqual(ARTICLE_ROWS);
    expect(ok(importCsvText(ARTICLE_FILE.replace(/\r\n/g, "\r"))).rows).toEqual(ARTICLE_ROWS);
  });

  it("reads a file whose header ends in LF and whose rows end in CRLF", () => {
    expect(ok(importCsvText("Email,Name\nann@example.com,Ann\r\nbob@example.com,Bob\r\n")).rows).toEqual([
      row("ann@example.com", "", "Ann"),
      row("bob@example.com", "", "Bob"),
    ]);
  });

  it("reads a file whose header ends in CRLF and whose rows end in LF", () => {
    expect(ok(importCsvText("Email,Name\r\nann@example.com,Ann\nbob@example.com,Bob\n")).rows).toEqual([
      row("ann@example.com", "", "Ann"),
      row("bob@example.com", "", "Bob"),
    ]);
  });

  it("reads the last row when the file has no final line break", () => {
    expect(ok(importCsvText(ARTICLE_FILE.slice(0, -2))).rows).toEqual(ARTICLE_ROWS);
  });

  it("reads a file whose header has a UTF-8 byte-order mark (bytes or text)", () => {
    expect(ok(importCsvBytes(utf8(`\ufeff${ARTICLE_FILE}`))).rows).toEqual(ARTICLE_ROWS);
    expect(ok(importCsvText(`\ufeff${ARTICLE_FILE}`)).rows).toEqual(ARTICLE_ROWS);
  });

  it("reads columns in any order by their names", () => {
    const csv = ok(
      importCsvText("Role,License type,Display name,Group,Splashtop account\nadmin,technician,Ann Lee,Sales,ann@example.com\n"),
    );
    expect(csv.rows).toEqual([row("ann@example.com", "Sales", "Ann Lee", "technician", "admin")]);
  });

  it("reads a file with only some of the columns; the others are blank", () => {
    expect(ok(importCsvText("Email\nann@example.com\n")).rows).toEqual([row("ann@example.com")]);
  });

  it.each([
    [
      "account",
      ["Splashtop account", "Email", "E-mail", "EMAIL", "e-mail address", "Account", "splashtop_account", " Email ", "User Name"],
    ],
    ["group", ["Group", "group name", "User-Group"]],
    ["displayName", ["Display name", "Name", "DisplayName", "display_name", "Full name", "NAME"]],
    ["licenseType", ["License type", "Licence type", "License", "Licence", "LICENSE-TYPE"]],
    ["role", ["Role", "ROLE", "User role"]],
  ] as const)("matches %s headers case- and punctuation-insensitively", (key, headers) => {
    for (const header of headers) {
      const file = key === "account" ? `${header},Group\r\nann@example.com,Sales\r\n` : `Email,"${header}"\r\nann@example.com,VALUE\r\n`;
      const expected = key === "account" ? row("ann@example.com", "Sales") : { ...row("ann@example.com"), [key]: "VALUE" };
      expect({ header, rows: ok(importCsvText(file)).rows }).toEqual({ header, rows: [expected] });
    }
  });

  it("keeps values exactly as written (spaces, case, spellings are for check and fix)", () => {
    const csv = ok(importCsvText('Email,Name,License\r\n" Ann@Example.com ", Ann ,technician\r\n'));
    expect(csv.rows).toEqual([row(" Ann@Example.com ", "", " Ann ", "technician")]);
  });
});

describe("importCsvText: quoting and delimiters", () => {
  it("reads quoted commas, doubled quotes and line breaks inside quotes", () => {
    const file = 'Email,Name,Group\r\nann@example.com,"Lee, Ann","Sales\r\nEMEA"\r\nbob@example.com,"Bob ""Bobby"" Ray",\r\n';
    expect(ok(importCsvText(file)).rows).toEqual([
      row("ann@example.com", "Sales\r\nEMEA", "Lee, Ann"),
      row("bob@example.com", "", 'Bob "Bobby" Ray'),
    ]);
  });

  it("reads a semicolon file (European Excel) with a comma inside a value and says so", () => {
    const csv = ok(
      importCsvText('Splashtop account;Group;Display name\r\nann@example.com;Sales;Lee, Ann\r\nbob@example.com;"A;B";Bob\r\n'),
    );
    expect(csv.rows).toEqual([row("ann@example.com", "Sales", "Lee, Ann"), row("bob@example.com", "A;B", "Bob")]);
    expect(csv.notices.join(" ")).toMatch(/semicolon/);
  });

  it("reads a tab-separated file and says so", () => {
    const csv = ok(importCsvText("Email\tName\tGroup\nann@example.com\tLee, Ann\tSales\n"));
    expect(csv.rows).toEqual([row("ann@example.com", "Sales", "Lee, Ann")]);
    expect(csv.notices.join(" ")).toMatch(/tab/);
  });

  it("accepts Excel's trailing empty fields on the header and the rows", () => {
    const csv = ok(importCsvText("Email,Name,,,\r\nann@example.com,Ann,,,\r\nbob@example.com,Bob,,,,,\r\n"));
    expect(csv.rows).toEqual([row("ann@example.com", "", "Ann"), row("bob@example.com", "", "Bob")]);
    expect(csv.ignoredColumns).toEqual([]);
    expect(csv.notices).toEqual([]);
  });

  it("reads unicode names (é, ü, CJK, emoji) unchanged", () => {
    const names = ["Émile Müller", "李小龙", "Zoë 😀", "👩‍💻 Dev", "Søren Ødegård"];
    const file = `Email,Name\n${names.map((n, i) => `u${i}@example.com,${n}`).join("\n")}\n`;
    expect(ok(importCsvBytes(utf8(file))).rows.map((r) => r.displayName)).toEqual(names);
  });
});

describe("importCsvText: extra columns", () => {
  it("ignores extra columns and names them in a notice", () => {
    const csv = ok(importCsvText("Email,Department,Name,Phone number\r\nann@example.com,Sales ops,Ann,555-0100\r\n"));
    expect(csv.rows).toEqual([row("ann@example.com", "", "Ann")]);
    expect(csv.ignoredColumns).toEqual(["Department", "Phone number"]);
    expect(csv.notices.join(" ")).toMatch(/Department.*Phone number/);
  });

  it("ignores the add-in's own Status column silently", () => {
    const csv = ok(importCsvText("Splashtop account,Status,Group\r\nann@example.com,2 errors: fix me,Sales\r\n"));
    expect(csv.rows).toEqual([row("ann@example.com", "Sales")]);
    expect(csv.ignoredColumns).toEqual([]);
    expect(csv.notices).toEqual([]);
  });

  it("refuses two columns that both mean the account, in one line naming them", () => {
    failure(importCsvText("Email,E-mail,Name\r\na@example.com,b@example.com,Ann\r\n"), /"Email"/, /"E-mail"/);
  });
});

describe("importCsvText: rows and row numbers", () => {
  it("keeps blank lines as blank rows, so row numbers match the spreadsheet", () => {
    const csv = ok(importCsvText("Email,Name\r\nann@example.com,Ann\r\n\r\n,\r\nbob@example.com,Bob\r\n"));
    expect(csv.rows).toEqual([row("ann@example.com", "", "Ann"), BLANK, BLANK, row("bob@example.com", "", "Bob")]);
    // header = row 1, so bob (rows[3]) is row 5
    expect(csv.firstRow + 3).toBe(5);
  });

  it("keeps a blank line at the end as a blank row, but not the final line break", () => {
    expect(ok(importCsvText("Email\nann@example.com\n\n")).rows).toEqual([row("ann@example.com"), BLANK]);
  });

  it("reads a file with a header and no rows as zero rows", () => {
    expect(ok(importCsvText("Splashtop account,Group\r\n")).rows).toEqual([]);
  });

  it("reads rows with more values than columns (an unquoted comma): an error on each such row, every value kept", () => {
    const file = "Email,Name\r\nann@example.com,Lee, Ann\r\nbob@example.com,Bob\r\ncy@example.com,Cy\r\ndee@example.com,Doe, Dee,Jr\r\n";
    const csv = ok(importCsvText(file));
    expect(csv.rows).toEqual([
      row("ann@example.com", "", "Lee"),
      row("bob@example.com", "", "Bob"),
      row("cy@example.com", "", "Cy"),
      row("dee@example.com", "", "Doe"),
    ]);
    expect(csv.extraValues).toEqual(
      new Map([
        [0, [" Ann"]],
        [3, [" Dee", "Jr"]],
      ]),
    );
    expect(csv.findings.map((f) => `${f.row} ${f.column} ${f.code} ${f.severity}`)).toEqual([
      "2 null extra-values error",
      "5 null extra-values error",
    ]);
    expect(csv.findings[0]?.message).toMatch(/3 values but the header has 2 columns/);
    expect(csv.findings[0]?.message).toMatch(/" Ann" is left over/);
    expect(csv.findings[0]?.message).toMatch(/comma in it .* double quotes/);
    expect(csv.findings[1]?.message).toMatch(/" Dee,Jr" is left over/);
  });

  it("names a semicolon as the likely cause in a semicolon file", () => {
    const csv = ok(importCsvText("Email;Name\r\nann@example.com;Lee; Ann\r\n"));
    expect(csv.findings[0]?.message).toMatch(/semicolon in it \(like "Lee; Ann"\)/);
  });

  it("counts a multi-line quoted value as one row when numbering a row with extra values", () => {
    const file = 'Email,Name\r\nann@example.com,"Ann\r\nLee"\r\nbob@example.com,Lee, Bob\r\n';
    expect(ok(importCsvText(file)).findings.map((f) => f.row)).toEqual([3]);
  });

  it("ignores empty values past the header (Excel's trailing commas) and blank ones", () => {
    const csv = ok(importCsvText("Email,Name\r\nann@example.com,Ann,,, ,\r\n"));
    expect(csv.extraValues.size).toBe(0);
    expect(csv.findings).toEqual([]);
  });

  it.each([
    ["its first value is an address", "ann@example.com,Sales,Ann Lee,Support,Admin\r\nbob@example.com,,Bob,,\r\n", /"ann@example\.com"/],
    ["an address is in another column", "Ann Lee,ann@example.com\r\nBob,bob@example.com\r\n", /"ann@example\.com"/],
  ])("refuses a file without a header row (%s): never read by position", (_what, text, address) => {
    failure(importCsvText(text), /first row is not a header/, address, /names the columns/);
  });
});

describe("importCsvText: files it cannot read", () => {
  it.each([
    ["has no bytes", ""],
    ["has only line breaks and spaces", "\r\n  \r\n\n"],
    ["has only a byte-order mark", "\ufeff"],
  ])("says the file is empty when it %s", (_what, text) => {
    failure(importCsvText(text), /empty/i);
  });

  it("says which column is missing when no column holds the accounts, and lists what it found", () => {
    failure(importCsvText("Name,Group\r\nAnn,Sales\r\n"), /Splashtop account/, /"Name", "Group"/);
  });

  it("rejects an unclosed quote with its row number, in one line", () => {
    failure(importCsvText('Email,Name\r\nann@example.com,"Ann\r\nbob@example.com,Bob\r\n'), /\bRow 2\b/, /quote/);
  });

  it("counts rows as records (not lines) when naming the row with an unclosed quote", () => {
    failure(importCsvText('Email,Name\r\nann@example.com,"Ann\r\nLee"\r\nbob@example.com,Bob\r\ncy@example.com,"Cy\r\n'), /\bRow 4\b/);
  });

  it("keeps the missing-column error on one line when a first-row cell holds a line break", () => {
    failure(importCsvText('"Invite list\nQ3 2025",Notes\r\nAnn,x\r\n'), /Splashtop account/);
  });
});

describe("importCsvBytes: real files Excel writes", () => {
  it("reads Excel's CSV UTF-8 (BOM, CRLF, other column order, extra and trailing empty columns, quoted comma and quotes)", () => {
    const csv = ok(importCsvBytes(readFileSync(path.join(FIXTURES, "excel-utf8-bom.csv"))));
    expect(csv.rows).toEqual([
      row("ann@example.com", "Sales", "Lee, Ann", "technician", "admin"),
      row("bob@example.com", "", 'Bob "Bobby" Ray', "end user", ""),
      BLANK,
      row("emile@example.com", "Engineering", "Émile Dubois", "", "member"),
    ]);
    expect(csv.ignoredColumns).toEqual(["Department"]);
  });

  it("reads Excel's Unicode Text (UTF-16LE, BOM, tabs) and says how it read it", () => {
    const csv = ok(importCsvBytes(readFileSync(path.join(FIXTURES, "excel-unicode-text-utf16le.txt"))));
    expect(csv.rows).toEqual([row("zoe@example.com", "Équipe", "Zoë 😀"), row("li@example.com", "", "李小龙")]);
    expect(csv.notices.join(" ")).toMatch(/utf-16/i);
    expect(csv.notices.join(" ")).toMatch(/tab/);
  });

  it("reads European Excel's semicolon CSV in Windows-1252, curly apostrophe and euro sign included", () => {
    const csv = ok(importCsvBytes(readFileSync(path.join(FIXTURES, "excel-semicolon-windows1252.csv"))));
    expect(csv.rows).toEqual([
      row("jose@example.com", "Ventes", "José Müller", "Technician", "Admin"),
      row("sean@example.com", "Ventes", "Seán O\u2019Brien", "End user", ""),
      row("finance@example.com", "Finance \u20ac", "Finance desk", "", "Member"),
    ]);
    expect(csv.notices.join(" ")).toMatch(/windows-1252/i);
  });

  it("refuses an Excel workbook saved with a .csv name, in one line", () => {
    failure(importCsvBytes(readFileSync(path.join(FIXTURES, "workbook-saved-as.csv"))), /workbook|zip/, /CSV UTF-8/);
  });
});

describe("import(export(rows)) gives the rows back", () => {
  it("for any rows, through real UTF-8 bytes, with or without a BOM", () => {
    fc.assert(
      fc.property(fc.array(rowArbitrary(cellText), { maxLength: 8 }), fc.boolean(), (rows, bom) => {
        const csv = ok(importCsvBytes(new TextEncoder().encode(exportCsv(rows, { bom }))));
        expect(csv.rows).toEqual(rows);
        expect(csv.firstRow).toBe(2);
        expect(csv.notices).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("for rows of only blanks, quotes, delimiters and line breaks", () => {
    const edgy = fc.string({ unit: fc.constantFrom("", " ", ",", ";", "\t", '"', "\r", "\n", "\ufeff"), maxLength: 4 });
    fc.assert(
      fc.property(fc.array(rowArbitrary(edgy), { minLength: 1, maxLength: 5 }), (rows) => {
        expect(ok(importCsvBytes(new TextEncoder().encode(exportCsv(rows)))).rows).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });

  it("for a 50,000-row sample sheet with its injected mistakes", () => {
    const { rows } = sampleSheet(50_000, 100);
    const bytes = new TextEncoder().encode(exportCsv(rows));
    const csv = ok(importCsvBytes(bytes));
    expect(csv.rows.length).toBe(50_000);
    expect(csv.rows).toEqual(rows);
  });

  it("also reads a file papaparse itself wrote (not only our own writer)", () => {
    const { rows } = sampleSheet(500, 50, 7);
    const text = Papa.unparse([
      ["Email", "Group", "Name", "License", "Role"],
      ...rows.map((r) => [r.account, r.group, r.displayName, r.licenseType, r.role]),
    ]);
    expect(ok(importCsvBytes(new TextEncoder().encode(text))).rows).toEqual(rows);
  });
});

describe("two columns that both could be the account", () => {
  test("Email wins over Username (an Active Directory export), and Username is named as ignored", () => {
    const result = importCsvText("Username,Email,Name\r\nalee,ann.lee@contoso.com,Ann Lee\r\n");
    expect(result.ok && result.csv.rows[0]).toEqual({
      account: "ann.lee@contoso.com",
      group: "",
      displayName: "Ann Lee",
      licenseType: "",
      role: "",
    });
    expect(result.ok && result.csv.ignoredColumns).toEqual(["Username"]);
  });

  test("Display name wins over Name", () => {
    const result = importCsvText("Email,Name,Display name\r\na@x.com,alee,Ann Lee\r\n");
    expect(result.ok && result.csv.rows[0]?.displayName).toBe("Ann Lee");
  });

  test("two equally good names are refused as ambiguous", () => {
    const result = importCsvText("Email,E-mail\r\na@x.com,b@x.com\r\n");
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/Two columns both mean Splashtop account \("Email" and "E-mail"\)/) });
  });
});

describe("messages quote at most about 80 characters of the input (issue #10)", () => {
  const huge = "x".repeat(10 * 1024 * 1024);

  it("a 10 MB first line is never echoed: the missing-column error stays short and on one line", () => {
    const error = failure(importCsvText(`${huge},Name\r\nann@example.com,Ann\r\n`), /No Splashtop account column/);
    expect(error.length).toBeLessThan(400);
  });

  it("long header names are cut in the ambiguity error and the ignored-columns notice", () => {
    const long = `E-mail ${"y".repeat(500)}`;
    // Punctuation does not count in header names, so this 200-character cell also means Email.
    const error = failure(
      importCsvText(`Email,E-mail${"-".repeat(194)}\r\na@x.com,b@x.com\r\n`),
      /Two columns both mean Splashtop account/,
    );
    expect(error.length).toBeLessThan(300);
    const csv = ok(importCsvText(`Email,${long},${"z".repeat(300)}\r\nann@example.com,1,2\r\n`));
    expect(csv.notices.join(" ").length).toBeLessThan(200);
    expect(csv.notices.join(" ")).toMatch(/Ignored columns: E-mail y+\.\.\./);
  });

  it("a huge value left over past the header is quoted short in its finding", () => {
    const csv = ok(importCsvText(`Email,Name\r\nann@example.com,Ann,${huge}\r\n`));
    expect(csv.findings[0]?.message.length).toBeLessThan(400);
    expect(csv.extraValues.get(0)?.[0]?.length).toBe(huge.length);
  });
});

describe("nothing in a column is dropped unsaid", () => {
  it("names a column with no header that holds values", () => {
    const csv = ok(importCsvText("Email,Name,\r\nann@example.com,Ann,Sales\r\nbob@example.com,Bob,\r\n"));
    expect(csv.notices).toEqual(["Ignored columns: (column 3, no name)."]);
  });

  it("says nothing about an unnamed column that is empty in every row (Excel's trailing commas)", () => {
    expect(ok(importCsvText("Email,Name,,\r\nann@example.com,Ann,,\r\n")).notices).toEqual([]);
  });
});

describe("the pane's import of rows with extra values", () => {
  it("keeps every value: the extras follow the row's last column, joined by the file's delimiter", () => {
    const csv = ok(importCsvText("Email;Name;Role\r\nann@example.com;Lee; Ann;Member\r\nbob@example.com;Bob;\r\n"));
    expect(csv.lastColumn).toBe("role");
    const rows = rowsKeepingExtraValues(csv.rows, csv.extraValues, csv.lastColumn, csv.delimiter);
    expect(rows).toEqual([row("ann@example.com", "", "Lee", "", " Ann;Member"), row("bob@example.com", "", "Bob")]);
    // all of the record's text is in the row, in order
    expect(["account", "displayName", "role"].map((k) => rows[0]?.[k as keyof InviteRow]).join(";")).toBe(
      "ann@example.com;Lee; Ann;Member",
    );
  });

  it("names the sheet rows in a warning that says where the values went", () => {
    expect(extraValuesNotice([5], "role", ";")).toMatch(
      /^Row 5 had more values than the file's header has columns \(a semicolon .*Role cell: check that row\.$/,
    );
    expect(extraValuesNotice([3, 9], "displayName", ",")).toMatch(/^Rows 3, 9 had .*comma.*Display name cell: check those rows\.$/);
  });
});

describe("importCsvBytes: damaged UTF-8", () => {
  it("names the rows holding the damaged text, for the pane to point at", () => {
    const bytes = Uint8Array.from([...utf8("Email,Name\r\nzoe@example.com,Zoë\r\n\r\nbo@example.com,Bo"), 0xff, ...utf8("\r\n")]);
    const csv = ok(importCsvBytes(bytes));
    expect(csv.damagedRows).toEqual([2]);
    expect(csv.rows[2]?.displayName).toBe("Bo\ufffd");
  });
});
