// The icons Office shows (ribbon, add-in list) exist and have the pixel sizes the manifest claims.
import fs from "node:fs";
import path from "node:path";
import { MANIFEST, ROOT, declaredIcons, pngSize } from "./manifest-helpers";

const xml = fs.readFileSync(MANIFEST, "utf8");

test("every icon the manifest declares is a PNG of the declared size", () => {
  const icons = declaredIcons(xml);
  // IconUrl 32, HighResolutionIconUrl 64, ribbon 16/32/80.
  expect(new Set(icons.values())).toEqual(new Set([16, 32, 64, 80]));
  for (const [url, size] of icons) {
    const file = path.join(ROOT, new URL(url).pathname);
    expect(pngSize(fs.readFileSync(file))).toEqual({ width: size, height: size });
  }
});

test.each([16, 32, 64, 80, 128])("assets/icon-%i.png is %i pixels square", (size) => {
  expect(pngSize(fs.readFileSync(path.join(ROOT, `assets/icon-${size}.png`)))).toEqual({ width: size, height: size });
});
