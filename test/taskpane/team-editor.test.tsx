// The team profile editor: a team file with a bad field names the field; a good one is applied.
import { TeamEditor } from "../../src/taskpane/components/TeamEditor";
import { button, chooseFile, click, flush, render, text, typeInto } from "./dom";

function fileInput(container: HTMLElement): HTMLInputElement {
  return container.querySelector('input[type="file"]') as HTMLInputElement;
}

test("a team file with a bad field shows the field, in plain words, and is not applied", async () => {
  const onSave = jest.fn(async () => undefined);
  const { container } = await render(<TeamEditor team={{}} busy={false} onSave={onSave} />);
  await chooseFile(
    fileInput(container),
    new File(['{"inviterRole":"owner","licenses":{"access":"ten"}}'], "team.json", { type: "application/json" }),
  );
  await flush();
  expect(text(container)).toContain('team.json: The field "licenses.access" must be a number (or null for no limit).');
  expect(onSave).not.toHaveBeenCalled();
});

test("a team file that is not JSON says so", async () => {
  const onSave = jest.fn(async () => undefined);
  const { container } = await render(<TeamEditor team={{}} busy={false} onSave={onSave} />);
  await chooseFile(fileInput(container), new File(["{ inviterRole: owner"], "team.json"));
  await flush();
  expect(text(container)).toContain("team.json: The team file is not valid JSON");
  expect(onSave).not.toHaveBeenCalled();
});

test("a valid team file fills the form and is applied; the file is chosen with a Fluent button that names it", async () => {
  const onSave = jest.fn(async () => undefined);
  const { container } = await render(<TeamEditor team={{}} busy={false} onSave={onSave} />);
  // No native "Choose File" control in view: the input is hidden behind a named button.
  expect(fileInput(container).hidden).toBe(true);
  const chooser = button(container, "Choose team file…");
  expect(document.getElementById(chooser.getAttribute("aria-describedby") ?? "")?.textContent).toBe("No file chosen");
  const profile = { inviterRole: "admin", licenses: { access: 3 }, userGroups: ["Sales", "Ops"] };
  await chooseFile(fileInput(container), new File([JSON.stringify(profile)], "team.json"));
  await flush();
  expect(onSave).toHaveBeenCalledWith(profile);
  expect((container.querySelector("select") as HTMLSelectElement).value).toBe("admin");
  expect(document.getElementById(chooser.getAttribute("aria-describedby") ?? "")?.textContent).toBe("team.json");
});

test("Save team turns the form into a profile; a bad seat count is refused with the reason", async () => {
  const onSave = jest.fn(async () => undefined);
  const { container } = await render(<TeamEditor team={{ licenses: { access: 5, support: null } }} busy={false} onSave={onSave} />);
  await click(button(container, "Save team"));
  await flush();
  expect(onSave).toHaveBeenCalledWith(
    expect.objectContaining({ inviterRole: "owner", licenses: { access: 5, support: null }, userGroupsSupported: true }),
  );

  const seats = container.querySelector('input[placeholder="No limit"]') as HTMLInputElement;
  expect(seats.getAttribute("aria-invalid")).not.toBe("true");
  await typeInto(seats, "ten");
  await click(button(container, "Save team"));
  await flush();
  // The field itself is marked invalid, its message is tied to it, and focus goes there.
  expect(seats.getAttribute("aria-invalid")).toBe("true");
  const described = (seats.getAttribute("aria-describedby") ?? "")
    .split(" ")
    .map((id) => document.getElementById(id)?.textContent ?? "")
    .join(" ");
  expect(described).toContain('Seats left for Access must be a whole number, or blank for no limit ("ten" is not).');
  expect(document.activeElement).toBe(seats);
  expect(onSave).toHaveBeenCalledTimes(1);
  // Correcting it clears the mark.
  await typeInto(seats, "10");
  expect(seats.getAttribute("aria-invalid")).not.toBe("true");
});
