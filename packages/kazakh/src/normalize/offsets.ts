import type { Change } from './normalize.js';

/** Maps spans of normalised text back to the original text the changes were computed on. */
export interface OffsetMap {
  /** Original offset of a span that starts at `start` in the normalised text. */
  start(start: number): number;
  /** Original offset of a span that ends at `end` in the normalised text. */
  end(end: number): number;
}

/**
 * Builds the map from a list of changes (sorted, non-overlapping, original offsets).
 * A span that touches a changed region is widened to the whole region in the original.
 * @example
 * // 'ҰҚШҰның' normalised to 'ҰҚШҰ-ның': the normalised word ends at 8, the original at 7.
 * const map = offsetMap([{ start: 4, end: 4, before: '', after: '-', reason: 'lost-hyphen' }]);
 * map.end(8); // 7
 */
export function offsetMap(changes: readonly Change[]): OffsetMap {
  const ns: number[] = [];
  const ne: number[] = [];
  let delta = 0;
  for (const c of changes) {
    const s = c.start + delta;
    ns.push(s);
    ne.push(s + c.after.length);
    delta += c.after.length - (c.end - c.start);
  }
  // Index of the last change whose normalised start is <= p (or -1).
  const find = (p: number, strict: boolean): number => {
    let lo = 0;
    let hi = ns.length - 1;
    let ans = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (strict ? ns[mid]! < p : ns[mid]! <= p) {
        ans = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return ans;
  };
  const shiftAfter = (i: number): number => changes[i]!.end - ne[i]!;
  return {
    start(p) {
      const i = find(p, false);
      if (i < 0) return p;
      if (p < ne[i]!) return changes[i]!.start;
      // p is at or after the end of change i: an empty insertion at p still belongs to what follows.
      return p + shiftAfter(i);
    },
    end(p) {
      const i = find(p, true);
      if (i < 0) return p;
      if (p <= ne[i]!) return changes[i]!.end;
      return p + shiftAfter(i);
    },
  };
}
