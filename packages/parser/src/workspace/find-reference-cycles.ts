import { createDiagnostic, relatedAt } from '../diagnostics/create-diagnostic.js'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import { compareCodeUnits } from '../compare-code-units.js'
import type { ReferenceEdge } from './resolve-references.js'

/**
 * Reports each cycle of the document reference graph once (an allocation
 * whose `previous` chain comes back to itself): per strongly connected
 * component found by Tarjan's algorithm in linear time, the shortest cycle
 * through its first file, at that file's reference, with the other
 * references of the cycle as related places.
 */
export function findReferenceCycles(edges: readonly ReferenceEdge[]): Diagnostic[] {
  const outgoing = new Map<string, ReferenceEdge[]>()
  for (const edge of edges) {
    const list = outgoing.get(edge.from)
    if (list) list.push(edge)
    else outgoing.set(edge.from, [edge])
  }
  const nodes = [...new Set(edges.flatMap((e) => [e.from, e.to]))].sort(compareCodeUnits)
  const diagnostics: Diagnostic[] = []
  for (const component of findStrongComponents(nodes, outgoing)) {
    const start = [...component].sort(compareCodeUnits)[0] as string
    const cycle = findShortestCycle(start, component, outgoing)
    if (!cycle) continue
    const [first, ...rest] = cycle as [ReferenceEdge, ...ReferenceEdge[]]
    const files = [...cycle.map((e) => e.from), start].join(' → ')
    const related = rest.map((e) =>
      relatedAt(e.ref.at, { sv: 'Referensen som för cirkeln vidare.', en: 'The reference that carries the cycle on.' }),
    )
    diagnostics.push(createDiagnostic('ref/cycle', { cycle: files }, first.ref.at, { related }))
  }
  return diagnostics
}

/** Tarjan's strongly connected components, iterative so a long `previous` chain cannot overflow the stack. */
function findStrongComponents(nodes: readonly string[], outgoing: ReadonlyMap<string, ReferenceEdge[]>): Set<string>[] {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const components: Set<string>[] = []
  const visit = (node: string, work: [string, number][]): void => {
    index.set(node, index.size)
    low.set(node, index.size - 1)
    stack.push(node)
    onStack.add(node)
    work.push([node, 0])
  }
  for (const root of nodes) {
    if (index.has(root)) continue
    const work: [string, number][] = []
    visit(root, work)
    while (work.length > 0) {
      const frame = work[work.length - 1] as [string, number]
      const [node, next] = frame
      const edge = outgoing.get(node)?.[next]
      if (edge) {
        frame[1] = next + 1
        if (!index.has(edge.to)) visit(edge.to, work)
        else if (onStack.has(edge.to)) low.set(node, Math.min(low.get(node) ?? 0, index.get(edge.to) ?? 0))
        continue
      }
      work.pop()
      const parent = work[work.length - 1]
      if (parent) low.set(parent[0], Math.min(low.get(parent[0]) ?? 0, low.get(node) ?? 0))
      if (low.get(node) !== index.get(node)) continue
      const component = new Set<string>()
      for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
        onStack.delete(member)
        component.add(member)
        if (member === node) break
      }
      components.push(component)
    }
  }
  return components
}

/** The shortest cycle from `start` back to it within `component` (breadth first), or undefined if there is none. */
function findShortestCycle(
  start: string,
  component: ReadonlySet<string>,
  outgoing: ReadonlyMap<string, ReferenceEdge[]>,
): ReferenceEdge[] | undefined {
  const reachedBy = new Map<string, ReferenceEdge>()
  const queue = [start]
  for (let head = 0; head < queue.length; head += 1) {
    const node = queue[head] as string
    for (const edge of outgoing.get(node) ?? []) {
      if (!component.has(edge.to)) continue
      if (edge.to === start) return [...pathTo(node, start, reachedBy), edge]
      if (reachedBy.has(edge.to)) continue
      reachedBy.set(edge.to, edge)
      queue.push(edge.to)
    }
  }
  return undefined
}

/** The edges from `start` to `node` recorded by the breadth-first search. */
function pathTo(node: string, start: string, reachedBy: ReadonlyMap<string, ReferenceEdge>): ReferenceEdge[] {
  const path: ReferenceEdge[] = []
  for (let at = node; at !== start; ) {
    const edge = reachedBy.get(at) as ReferenceEdge
    path.push(edge)
    at = edge.from
  }
  return path.reverse()
}
