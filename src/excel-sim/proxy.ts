// Proxy objects with Office.js's contract: nothing is read from the workbook until load() + sync();
// writes are queued and applied at sync; properties not loaded throw PropertyNotLoaded.
// https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model
// https://learn.microsoft.com/javascript/api/office/officeextension.clientobject
import { ACTION_OVERHEAD_BYTES, jsonBytes } from "./accounting";
import type { ActionResult, SimContext } from "./context";
import { errors } from "./errors";
import { LoadSpec, LoadTree, parseLoad } from "./load";

export type Resolver<E> = () => E | null;

/** What a navigation property or collection item must offer to be loaded. */
export interface Loadable {
  runLoad(tree: LoadTree): ActionResult;
  toJSON(): Record<string, unknown>;
  set(props: Record<string, unknown>): void;
}

export interface Schema<E> {
  type: string;
  scalars: Record<string, (e: E) => unknown>;
  navs?: Record<string, () => Loadable>;
}

const NO_RESULT: ActionResult = { responseBytes: 0, commit: () => undefined };

export abstract class ClientProxy<E> implements Loadable {
  protected readonly loaded: Record<string, unknown> = {};
  private resolved: { e: E | null } | undefined;
  private nullKnown: boolean | undefined;
  private readonly loadedNavs = new Set<string>();
  /** The run (generation of its context) this object was made in. */
  readonly born: number;

  constructor(
    readonly ctx: SimContext,
    private readonly resolver: Resolver<E>,
    readonly path: string,
  ) {
    this.born = ctx.generation;
  }

  /** InvalidObjectPath once the run that made this object has ended. */
  protected assertUsable(): void {
    this.ctx.assertOpen(this.path, this.born);
  }

  protected abstract schema(): Schema<E>;

  get context(): Excel.RequestContext {
    return this.ctx as unknown as Excel.RequestContext;
  }

  /** "You must call context.sync() before reading the isNullObject property." */
  get isNullObject(): boolean {
    if (this.nullKnown === undefined) throw errors.propertyNotLoaded(this.schema().type, "isNullObject");
    return this.nullKnown;
  }

  /** Resolves the object path (runs at sync, in queue order; memoised like Office's object ids). */
  resolve(): E | null {
    if (!this.resolved) {
      const e = this.resolver();
      this.resolved = { e };
      this.nullKnown = e === null;
    }
    return this.resolved.e;
  }

  protected prop<T>(name: string): T {
    if (Object.prototype.hasOwnProperty.call(this.loaded, name)) return this.loaded[name] as T;
    if (this.nullKnown === true) return undefined as T;
    throw errors.propertyNotLoaded(this.schema().type, name);
  }

  /** Sets a property: the proxy keeps the value locally (as Office.js does) and queues the write. */
  protected setProp(name: string, value: unknown, apply: (e: E) => void): void {
    this.assertUsable();
    this.loaded[name] = value;
    const bytes = ACTION_OVERHEAD_BYTES + name.length + jsonBytes(value);
    this.ctx.enqueue({ ops: 1, bytes, run: () => this.applyTo(apply) });
  }

  /** Keeps a set value locally without queuing it (the caller queues the write in pieces). */
  protected keepLocally(name: string, value: unknown): void {
    this.assertUsable();
    this.loaded[name] = value;
  }

  /** Queues one action on the resolved object (skipped on a null object, as every action is). */
  protected queueAction(bytes: number, apply: (e: E) => void): void {
    this.assertUsable();
    this.ctx.enqueue({ ops: 1, bytes, run: () => this.applyTo(apply) });
  }

  /** Queues a method call on the object. */
  protected call(method: string, args: unknown, apply: (e: E) => void): void {
    this.assertUsable();
    const bytes = ACTION_OVERHEAD_BYTES + method.length + jsonBytes(args);
    this.ctx.enqueue({ ops: 1, bytes, run: () => this.applyTo(apply) });
  }

  /** Queues a method whose result arrives at sync (ClientResult). */
  protected callForResult<T>(method: string, compute: (e: E) => T): SimClientResult<T> {
    this.assertUsable();
    const result = new SimClientResult<T>();
    this.ctx.enqueue({
      ops: 1,
      bytes: ACTION_OVERHEAD_BYTES + method.length,
      run: () => {
        const e = this.resolve();
        const value = e === null ? (null as T) : compute(e);
        return { responseBytes: jsonBytes(value), commit: () => result.setValue(value) };
      },
    });
    return result;
  }

  /** Queues resolution only (used by *OrNullObject so isNullObject is known after sync). */
  queueOrNull(): this {
    this.assertUsable();
    this.ctx.enqueue({ ops: 1, bytes: ACTION_OVERHEAD_BYTES, run: () => void this.resolve() });
    return this;
  }

  private applyTo(apply: (e: E) => void): void {
    const e = this.resolve();
    if (e !== null) apply(e);
  }

  load(spec?: LoadSpec): this {
    this.assertUsable();
    const tree = parseLoad(spec);
    this.ctx.enqueue({ ops: 1, bytes: ACTION_OVERHEAD_BYTES + jsonBytes(spec), run: () => this.runLoad(tree) });
    return this;
  }

  /** Computes a load at sync; the returned commit fills the proxy once the response is accepted. */
  runLoad(tree: LoadTree): ActionResult {
    const e = this.resolve();
    if (e === null) return NO_RESULT;
    const schema = this.schema();
    const names = tree.size === 0 ? Object.keys(schema.scalars) : [...tree.keys()];
    const values: Record<string, unknown> = {};
    const children: ActionResult[] = [];
    const navs: string[] = [];
    for (const name of names) {
      const scalar = schema.scalars[name];
      const nav = schema.navs?.[name];
      if (scalar) values[name] = scalar(e);
      else if (nav) {
        const sub = tree.get(name);
        children.push(nav().runLoad(sub instanceof Map ? sub : new Map()));
        navs.push(name);
      } else throw errors.invalidArgument(`${schema.type}.load`, `The property '${name}' doesn't exist on ${schema.type}.`);
    }
    return {
      responseBytes: jsonBytes(values) + children.reduce((n, c) => n + c.responseBytes, 0),
      commit: () => {
        Object.assign(this.loaded, values);
        navs.forEach((n) => this.loadedNavs.add(n));
        children.forEach((c) => c.commit());
      },
    };
  }

  /** Plain copy of what was loaded (and set), as Office's toJSON(). */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = { ...this.loaded };
    const navs = this.schema().navs ?? {};
    for (const name of this.loadedNavs) {
      const nav = navs[name];
      if (nav) out[name] = nav().toJSON();
    }
    return out;
  }

  /** Sets several properties at once (ClientObject.set). */
  set(props: Record<string, unknown>): void {
    const navs = this.schema().navs ?? {};
    for (const [key, value] of Object.entries(props)) {
      const nav = navs[key];
      if (nav && value && typeof value === "object") nav().set(value as Record<string, unknown>);
      else (this as unknown as Record<string, unknown>)[key] = value;
    }
  }

  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }
}

export class SimClientResult<T> {
  private loaded = false;
  private v: T | undefined;

  setValue(v: T): void {
    this.v = v;
    this.loaded = true;
  }

  get value(): T {
    if (!this.loaded) throw errors.valueNotLoaded();
    return this.v as T;
  }

  toJSON(): { value: T | undefined } {
    return { value: this.v };
  }
}

/** Base for collections: `items` is available after load + sync. */
export abstract class CollectionProxy<E, I extends Loadable> extends ClientProxy<E> {
  private itemsList: I[] | undefined;

  protected abstract entities(e: E): unknown[];
  protected abstract itemProxy(entity: unknown, index: number): I;

  get items(): I[] {
    if (this.itemsList) return this.itemsList;
    throw errors.propertyNotLoaded(this.schema().type, "items");
  }

  override runLoad(tree: LoadTree): ActionResult {
    const e = this.resolve();
    if (e === null) return { responseBytes: 0, commit: () => undefined };
    const { own, itemTree } = this.splitTree(tree);
    const ownResult = own.size > 0 ? super.runLoad(own) : undefined;
    const items = this.entities(e).map((x, i) => this.itemProxy(x, i));
    const results = items.map((item) => item.runLoad(itemTree));
    return {
      responseBytes: (ownResult?.responseBytes ?? 0) + results.reduce((n, r) => n + r.responseBytes, 0),
      commit: () => {
        ownResult?.commit();
        results.forEach((r) => r.commit());
        this.itemsList = items;
      },
    };
  }

  private splitTree(tree: LoadTree): { own: LoadTree; itemTree: LoadTree } {
    const own: LoadTree = new Map();
    const itemTree: LoadTree = new Map();
    const scalars = this.schema().scalars;
    for (const [k, v] of tree) {
      if (k === "items") {
        if (v instanceof Map) for (const [k2, v2] of v) itemTree.set(k2, v2);
      } else if (scalars[k]) own.set(k, v);
      else itemTree.set(k, v);
    }
    return { own, itemTree };
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), ...(this.itemsList ? { items: this.itemsList.map((i) => i.toJSON()) } : {}) };
  }
}
