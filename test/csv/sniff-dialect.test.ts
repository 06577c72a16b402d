// Delimiter and line ending come from the header row only, outside quotes.
import { delimiterName, sniffDialect } from "../../src/csv";

describe("sniffDialect", () => {
  it.each([
    ["comma, CRLF (Excel on Windows)", "Splashtop account,Group,Display name\r\na;b;c;d\r\n", ",", "\r\n"],
    ["semicolon, CRLF (European Excel)", "Splashtop account;Group;Display name\r\na,b,c,d,e\r\n", ";", "\r\n"],
    ["tab, LF", "Email\tName\tGroup\na,b,c\n", "\t", "\n"],
    ["comma, lone CR (old Mac Excel)", "Email,Name\rann@example.com,Ann\r", ",", "\r"],
    ["semicolon, no line break at all", "Email;Name", ";", "\r\n"],
    ["a single column", "Email\nann@example.com\n", ",", "\n"],
  ])("%s", (_what, text, delimiter, newline) => {
    expect(sniffDialect(text)).toEqual({ delimiter, newline });
  });

  it("ignores delimiters and line breaks inside a quoted header cell", () => {
    expect(sniffDialect('"Display, name, full";Email;Group\r\n')).toEqual({ delimiter: ";", newline: "\r\n" });
    expect(sniffDialect('"Display\nname";Email;Group\r\nx\n')).toEqual({ delimiter: ";", newline: "\r\n" });
  });

  it("names the delimiters in words for notices", () => {
    expect([",", ";", "\t"].map((d) => delimiterName(d as "," | ";" | "\t"))).toEqual(["comma", "semicolon", "tab"]);
  });
});
