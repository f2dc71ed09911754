import type { Paragraph, RootContent } from 'mdast'
import { text, thematicBreak } from '../mdast/build-mdast-nodes.js'
import type { MemoContext } from './memo-context.js'

/** The signatories after a rule, as the memo ends: each name with the role on the line below. */
export function renderSignatories(memo: MemoContext): RootContent[] {
  const signatories = memo.evaluation.allocation.signatories
  if (signatories.length === 0) return []
  const paragraphs = signatories.map(
    ({ name, role }): Paragraph => ({
      type: 'paragraph',
      children: role ? [text(name.value), { type: 'break' }, text(role.value)] : [text(name.value)],
    }),
  )
  return [thematicBreak(), ...paragraphs]
}
