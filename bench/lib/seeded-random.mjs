/**
 * A small seeded pseudo-random generator (mulberry32), so the generated
 * workspace is byte-for-byte the same for the same seed on every machine.
 *
 * @param {number} seed any 32-bit integer
 */
export function createRandom(seed) {
  let state = seed >>> 0
  /** A float in [0, 1). */
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  /** An integer in [min, max]. */
  const int = (min, max) => min + Math.floor(next() * (max - min + 1))
  /** One element of a non-empty list. */
  const pick = (list) => list[int(0, list.length - 1)]
  /** A shuffled copy (Fisher–Yates). */
  const shuffle = (list) => {
    const copy = [...list]
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = int(0, i)
      ;[copy[i], copy[j]] = [copy[j], copy[i]]
    }
    return copy
  }
  /** `count` distinct elements of `list`, in the list's order. */
  const sample = (list, count) => {
    const chosen = new Set(shuffle(list.map((_, index) => index)).slice(0, count))
    return list.filter((_, index) => chosen.has(index))
  }
  return { next, int, pick, shuffle, sample }
}
