// Where fix and export write: a missing folder or an unwritable path is one line and exit 2, and
// a failed write leaves nothing behind (no half file, no temporary file).
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { runCli } from "../../src/cli/main";
import { writeOutputPieces } from "../../src/cli/write-output";
import { exportCsv, PIECE_LENGTH } from "../../src/csv";
import type { InviteRow } from "../../src/invites";
import { crlf, expectOneLineFailure, filesIn, HEADER, tempDir, writeFile } from "./helpers";

const LIST = crlf("Email,License", "ann@example.com,technician");

describe("writing the output file", () => {
  it("refuses an output file in a missing folder: exit 2, one line, nothing written", () => {
    const dir = tempDir();
    const input = writeFile(dir, "in.csv", LIST);
    for (const command of ["export", "fix"]) {
      const out = path.join(dir, "no-such-folder", "out.csv");
      expectOneLineFailure(runCli([command, input, "-o", out]), out, /folder exists/);
      expect(existsSync(path.dirname(out))).toBe(false);
    }
    expect(filesIn(dir)).toEqual(["in.csv"]);
  });

  it("refuses an output path that is a folder and leaves no temporary file behind", () => {
    const dir = tempDir();
    const input = writeFile(dir, "in.csv", LIST);
    const out = path.join(dir, "exports");
    mkdirSync(out);
    expectOneLineFailure(runCli(["export", input, "-o", out]), out);
    expect(filesIn(dir)).toEqual(["exports", "in.csv"]);
    expect(filesIn(out)).toEqual([]);
  });

  it("writes into an existing folder given with a relative path segment", () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, "sub"));
    const input = writeFile(dir, "in.csv", LIST);
    const out = path.join(dir, "sub", "..", "sub", "out.csv");
    expect(runCli(["export", input, "-o", out]).exitCode).toBe(0);
    expect(readFileSync(path.join(dir, "sub", "out.csv"), "utf8")).toBe(crlf(HEADER, "ann@example.com,,,Support,"));
  });

  it("writes UTF-8 text exactly and leaves only the target file", () => {
    const dir = tempDir();
    const target = path.join(dir, "out.csv");
    writeOutputPieces(target, (write) => write("\ufeffZoë,李,😀\r\n"));
    expect([...readFileSync(target)]).toEqual([...Buffer.from("\ufeffZoë,李,😀\r\n", "utf8")]);
    expect(filesIn(dir)).toEqual(["out.csv"]);
  });

  it("export writes a file of many pieces byte for byte as exportCsv's text, emoji and accents in every row", () => {
    const dir = tempDir();
    const rows: InviteRow[] = Array.from({ length: 5000 }, (_, i) => ({
      account: `user${i}@example.com`,
      group: "Ops 😀",
      displayName: `Zoë 李 ${i}`,
      licenseType: "Access",
      role: "Member",
    }));
    const input = writeFile(dir, "in.csv", exportCsv(rows));
    expect(exportCsv(rows).length).toBeGreaterThan(3 * PIECE_LENGTH);
    const out = path.join(dir, "out.csv");
    expect(runCli(["export", input, "-o", out, "--bom"]).exitCode).toBe(0);
    expect(readFileSync(out).equals(Buffer.from(`\ufeff${exportCsv(rows)}`, "utf8"))).toBe(true);
    expect(filesIn(dir)).toEqual(["in.csv", "out.csv"]);
  });

  it("a failure while the pieces are made leaves no file and no temporary file, and is not taken for a disk problem", () => {
    const dir = tempDir();
    const target = path.join(dir, "out.csv");
    const failing = (write: (piece: string) => void) => {
      write("Splashtop account\r\n");
      throw new Error("a bug while exporting");
    };
    expect(() => writeOutputPieces(target, failing)).toThrow("a bug while exporting");
    expect(filesIn(dir)).toEqual([]);
  });
});
