import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'

/**
 * The anchor GitHub gives a heading: lower case, punctuation dropped
 * (letters of any script, digits, `-` and `_` kept), spaces as hyphens.
 */
export function slugifyHeading(heading: string): string {
  const text = heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .toLowerCase()
    .trim()
  return text.replace(/[^\p{L}\p{M}\p{N}_\- ]/gu, '').replace(/ /g, '-')
}

/** The anchors of a Markdown page's headings, numbered as GitHub numbers repeated ones. */
export function listAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>()
  const seen = new Map<string, number>()
  for (const line of withoutCodeBlocks(markdown)) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)?.[1]
    if (heading === undefined) continue
    const slug = slugifyHeading(heading)
    const count = seen.get(slug) ?? 0
    anchors.add(count === 0 ? slug : `${slug}-${count}`)
    seen.set(slug, count + 1)
  }
  return anchors
}

/**
 * Every relative link of `page` (inline `[text](target)`, outside code) that
 * leads to no file or folder of the repository, or to a heading the target
 * page does not have, as `page:line: target`.
 */
export function findBrokenLinks(repoRoot: string, page: string): string[] {
  const markdown = readFileSync(page, 'utf8')
  const broken: string[] = []
  const lines = withoutCodeBlocks(markdown, true)
  lines.forEach((line, index) => {
    const prose = line.replace(/`[^`]*`/g, '')
    for (const match of prose.matchAll(/\]\(([^)\s]+)\)/g)) {
      const target = match[1] ?? ''
      if (/^[a-z]+:/i.test(target)) continue
      const [path = '', anchor] = target.split('#')
      const file = path === '' ? page : join(dirname(page), decodeURI(path))
      const where = `${relative(repoRoot, page)}:${index + 1}: ${target}`
      if (!existsSync(file)) broken.push(where)
      else if (
        anchor !== undefined &&
        statSync(file).isFile() &&
        file.endsWith('.md') &&
        !listAnchors(readFileSync(file, 'utf8')).has(decodeURI(anchor))
      ) {
        broken.push(where)
      }
    }
  })
  return broken
}

/** The page's lines with fenced code blocks blanked (kept as empty lines when `keepLines`, so numbers stay right). */
function withoutCodeBlocks(markdown: string, keepLines = false): string[] {
  const out: string[] = []
  let fence: string | undefined
  for (const line of markdown.split('\n')) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1]
    if (fence === undefined && marker) fence = marker
    else if (
      fence !== undefined &&
      marker &&
      marker[0] === fence[0] &&
      marker.length >= fence.length &&
      line.trim() === marker
    )
      fence = undefined
    else if (fence === undefined) {
      out.push(line)
      continue
    }
    if (keepLines) out.push('')
  }
  return out
}
