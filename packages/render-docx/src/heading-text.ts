import type { Nodes } from 'mdast'

/** The plain text of a node: its text values and line breaks as spaces, in order. */
export function plainText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value
  if (node.type === 'break') return ' '
  return 'children' in node ? node.children.map((child) => plainText(child)).join('') : ''
}
