/** One line of an explanation and the lines that explain it further. */
export interface TraceNode {
  readonly text: string
  readonly children: readonly TraceNode[]
}

/** A node with its children. */
export function traceNode(text: string, children: readonly TraceNode[] = []): TraceNode {
  return { text, children }
}

/**
 * The trace as indented plain text: each level two spaces further in, a
 * blank line between top-level nodes, one newline at the end.
 */
export function formatTraceText(nodes: readonly TraceNode[]): string {
  return `${nodes.map((node) => writeNode(node, '').join('\n')).join('\n\n')}\n`
}

function writeNode(node: TraceNode, indent: string): string[] {
  return [`${indent}${node.text}`, ...node.children.flatMap((child) => writeNode(child, `${indent}  `))]
}
