/** One line of a line diff: kept, removed from the old text, or added in the new. */
export type LineEdit =
  | { readonly type: 'keep'; readonly text: string }
  | { readonly type: 'remove'; readonly text: string }
  | { readonly type: 'add'; readonly text: string }

/** Beyond this many differing lines the diff stops looking for the shortest edit and replaces the rest wholesale. */
const MAX_DIFFERENCES = 2000

/**
 * The edits that turn the `before` lines into the `after` lines, shortest
 * first (Myers' O(ND) algorithm) after the common start and end are set
 * aside. Two texts that differ in more than a couple of thousand lines get
 * a correct but not minimal script: the differing middle removed, then added.
 */
export function diffLines(before: readonly string[], after: readonly string[]): LineEdit[] {
  let start = 0
  while (start < before.length && start < after.length && before[start] === after[start]) start += 1
  let end = 0
  while (
    end < before.length - start &&
    end < after.length - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  )
    end += 1
  const keep = (text: string): LineEdit => ({ type: 'keep', text })
  const middle = diffMiddle(before.slice(start, before.length - end), after.slice(start, after.length - end))
  return [...before.slice(0, start).map(keep), ...middle, ...before.slice(before.length - end).map(keep)]
}

function diffMiddle(a: readonly string[], b: readonly string[]): LineEdit[] {
  const n = a.length
  const m = b.length
  const max = Math.min(n + m, MAX_DIFFERENCES)
  const offset = max + 1
  const v = new Int32Array(2 * max + 3)
  const trace: Int32Array[] = []
  for (let d = 0; d <= max; d += 1) {
    trace.push(v.slice())
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0))
          ? (v[offset + k + 1] ?? 0)
          : (v[offset + k - 1] ?? 0) + 1
      let y = x - k
      while (x < n && y < m && a[x] === b[y]) {
        x += 1
        y += 1
      }
      v[offset + k] = x
      if (x >= n && y >= m) return backtrack(trace, a, b, offset, d)
    }
  }
  return [
    ...a.map((text): LineEdit => ({ type: 'remove', text })),
    ...b.map((text): LineEdit => ({ type: 'add', text })),
  ]
}

/** Walks the recorded frontiers back from the end to the start, collecting the edits. */
function backtrack(
  trace: readonly Int32Array[],
  a: readonly string[],
  b: readonly string[],
  offset: number,
  depth: number,
): LineEdit[] {
  const edits: LineEdit[] = []
  let x = a.length
  let y = b.length
  for (let d = depth; d > 0; d -= 1) {
    const v = trace[d]!
    const k = x - y
    const down = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0))
    const previousK = down ? k + 1 : k - 1
    const previousX = v[offset + previousK] ?? 0
    const previousY = previousX - previousK
    while (x > previousX && y > previousY) {
      x -= 1
      y -= 1
      edits.push({ type: 'keep', text: a[x] ?? '' })
    }
    if (down) {
      y -= 1
      edits.push({ type: 'add', text: b[y] ?? '' })
    } else {
      x -= 1
      edits.push({ type: 'remove', text: a[x] ?? '' })
    }
  }
  while (x > 0 && y > 0) {
    x -= 1
    y -= 1
    edits.push({ type: 'keep', text: a[x] ?? '' })
  }
  return edits.reverse()
}
