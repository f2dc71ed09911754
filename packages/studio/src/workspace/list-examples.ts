/** A document a start page can offer. */
export interface ExampleDocument {
  readonly id: string
  readonly title: string
  readonly kind: string
  readonly file: string
}

const ORDER = ['Allocation', 'ActionPlan', 'Agreement']

/**
 * The renderable documents among files, allocations first, read from their
 * top-level `kind`, `id` and `title` lines (no evaluation needed to list them).
 */
export function listExamples(files: ReadonlyMap<string, string>): ExampleDocument[] {
  const found: ExampleDocument[] = []
  for (const [file, text] of files) {
    if (!/\.ya?ml$/u.test(file)) continue
    const field = (key: string) => new RegExp(`^${key}:[ \\t]*["']?(.+?)["']?[ \\t]*$`, 'mu').exec(text)?.[1]
    const kind = field('kind')
    const id = field('id')
    if (!kind || !id || !ORDER.includes(kind)) continue
    found.push({ id, kind, file, title: field('title') ?? id })
  }
  return found.sort(
    (a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0),
  )
}
