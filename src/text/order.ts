/** The longest list put in order by insertion; longer ones go to the engine's sort. */
const SHORT = 24;

/**
 * Puts a list in order in place and returns it, as `list.sort(compare)` does, and as stably: a
 * short list (most of a document's: its mentions of one entity, its events, its rows) by
 * insertion, which allocates nothing, where the engine's sort copies the list into a work
 * array on every call.
 */
export function sortInPlace<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  if (list.length > SHORT) return list.sort(compare);
  for (let i = 1; i < list.length; i++) {
    const x = list[i]!;
    let j = i;
    while (j > 0 && compare(list[j - 1]!, x) > 0) {
      list[j] = list[j - 1]!;
      j--;
    }
    list[j] = x;
  }
  return list;
}
