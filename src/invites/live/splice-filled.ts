// `list.splice(at, remove, ...fresh)` for any number of fresh items: spreading them passes one
// argument each, and a call takes only about 120,000 (V8: "Maximum call stack size exceeded"), so
// a paste of 200,000 rows into the sheet would fail its check.

/** Removes `remove` items at `at` and puts `count` new ones (`make()`) in their place, in place. */
export function spliceFilled<T>(list: T[], at: number, remove: number, count: number, make: () => T): void {
  const tail = list.splice(at);
  for (let i = 0; i < count; i++) list.push(make());
  for (let i = remove; i < tail.length; i++) list.push(tail[i] as T);
}
