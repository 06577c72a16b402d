// Load options: "values, address", ["values", "format/fill/color"], { select, expand } or the
// nested object form { format: { fill: { color: true } } }.
// https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#load
// https://learn.microsoft.com/javascript/api/office/officeextension.loadoption

/** A load request: property name -> true (load it) or a subtree (navigation property). */
export type LoadTree = Map<string, LoadTree | true>;

export type LoadSpec = string | string[] | Record<string, unknown> | undefined;

function addPath(tree: LoadTree, path: string, asNav = false): void {
  const parts = path
    .split("/")
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  let node = tree;
  parts.forEach((part, i) => {
    const last = i === parts.length - 1;
    if (last && !asNav) {
      if (!node.has(part)) node.set(part, true);
      return;
    }
    let child = node.get(part);
    if (child === undefined || child === true) {
      child = new Map();
      node.set(part, child);
    }
    node = child;
  });
}

function addList(tree: LoadTree, list: unknown, asNav: boolean): void {
  const items = typeof list === "string" ? list.split(",") : Array.isArray(list) ? list : [];
  for (const item of items) if (typeof item === "string" && item.trim()) addPath(tree, item.trim(), asNav);
}

function addObject(tree: LoadTree, obj: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(obj)) {
    if (value === false || value === undefined || key.startsWith("$")) continue;
    if (value === true) tree.set(key, true);
    else if (typeof value === "string") addList(subtree(tree, key), value, false);
    else if (typeof value === "object" && value !== null) addObject(subtree(tree, key), value as Record<string, unknown>);
  }
}

function subtree(tree: LoadTree, key: string): LoadTree {
  const existing = tree.get(key);
  if (existing instanceof Map) return existing;
  const made: LoadTree = new Map();
  tree.set(key, made);
  return made;
}

/** An empty tree means "all scalar properties". */
export function parseLoad(spec: LoadSpec): LoadTree {
  const tree: LoadTree = new Map();
  if (spec === undefined || spec === null) return tree;
  if (typeof spec === "string" || Array.isArray(spec)) {
    addList(tree, spec, false);
    return tree;
  }
  const { select, expand, ...rest } = spec as { select?: unknown; expand?: unknown };
  if (select !== undefined || expand !== undefined) {
    addList(tree, select, false);
    addList(tree, expand, true);
    return tree;
  }
  addObject(tree, rest as Record<string, unknown>);
  return tree;
}
