export const USAGE = `invite-sheet: check, fix and export Splashtop invite lists (CSV)

Usage:
  invite-sheet check  <file.csv> [--team team.json] [--json]
  invite-sheet fix    <file.csv> -o <out.csv> [--team team.json]
  invite-sheet export <file.csv> -o <out.csv> [--team team.json] [--bom] [--skip-invalid]

Commands:
  check    List every problem Splashtop's import would have with the file.
  fix      Apply the safe fixes (spaces, spellings, invisible characters) and write the
           result in the export format; rows are never dropped or reordered.
  export   Write the file Splashtop's "Invite users using CSV" accepts. Refuses while
           errors remain, unless --skip-invalid (then it names the rows it left out).

Options:
  --team <file>     JSON team profile: inviter role, seats left, groups, members.
  --json            check: machine-readable output.
  -o, --out <file>  Where fix/export write.
  --bom             export: start the file with a UTF-8 byte-order mark.
  --skip-invalid    export: leave out rows with errors instead of refusing.
  -h, --help        Show this help.

Exit codes: 0 no errors, 1 errors found, 2 bad usage or unreadable input.
`;
