import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize'
import { toHtml } from 'hast-util-to-html'
import type { Root } from 'mdast'
import { toHast } from 'mdast-util-to-hast'

/** GitHub's rules without images: the page loads nothing but its own files. */
const SCHEMA: Schema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((name) => name !== 'img' && name !== 'picture' && name !== 'source'),
}

/**
 * The memo's mdast tree (the one `fordela render` serializes) as HTML:
 * raw HTML nodes are dropped (never passed through) and the result is
 * sanitised with GitHub's rules (images left out), so nothing a spec contains becomes markup.
 */
export function memoToHtml(tree: Root): string {
  const hast = toHast(tree, { allowDangerousHtml: false })
  return toHtml(sanitize(hast, SCHEMA))
}
