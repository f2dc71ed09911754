import { defaultSchema, sanitize } from 'hast-util-sanitize'
import { toHtml } from 'hast-util-to-html'
import type { Root } from 'mdast'
import { toHast } from 'mdast-util-to-hast'

/**
 * The memo's mdast tree (the one `fordela render` serializes) as HTML:
 * raw HTML nodes are dropped (never passed through) and the result is
 * sanitised with GitHub's rules, so nothing a spec contains becomes markup.
 */
export function memoToHtml(tree: Root): string {
  const hast = toHast(tree, { allowDangerousHtml: false })
  return toHtml(sanitize(hast, defaultSchema))
}
