/** A Markdown link `[text](target)` written in prose. */
export interface ProseLink {
  /** Offsets of the whole `[text](target)` in the text searched. */
  readonly start: number
  readonly end: number
  readonly label: string
  readonly target: string
  /** Why it is not linked; undefined for an http or https address, which is. */
  readonly unsafe?: { readonly kind: 'scheme' | 'relative' | 'malformed'; readonly scheme: string }
}

/**
 * `[text](target)`: a label without brackets, braces (a placeholder cannot
 * be a link's text) or line breaks of its own kind, and a target without
 * spaces or parentheses.
 */
const LINK = /\[([^[\]{}]+)\]\(((?:[^()\s]|\([^()\s]*\))*)\)/gu

/**
 * The Markdown links of a prose text, in order. Only an absolute `http:` or
 * `https:` address with a host is safe to link; anything else (`javascript:`,
 * `data:`, `mailto:`, a relative path, an empty target) is marked unsafe
 * with the reason, so the linter reports it and the renderer shows it as text.
 */
export function findProseLinks(text: string): ProseLink[] {
  return [...text.matchAll(LINK)].map((match) => {
    const [source, label = '', target = ''] = match
    const unsafe = classifyTarget(target)
    return { start: match.index, end: match.index + source.length, label, target, ...(unsafe ? { unsafe } : {}) }
  })
}

function classifyTarget(target: string): ProseLink['unsafe'] {
  const scheme = /^([a-z][a-z0-9+.-]*):/iu.exec(target)?.[1]
  if (scheme === undefined) return { kind: 'relative', scheme: '' }
  if (!/^https?$/iu.test(scheme)) return { kind: 'scheme', scheme: scheme.toLowerCase() }
  // `http:sida` would be read as http://sida/: an address is written whole, with `//` and a host.
  if (!/^https?:\/\/[^/?#]/iu.test(target)) return { kind: 'malformed', scheme: '' }
  try {
    const url = new URL(target)
    return url.hostname ? undefined : { kind: 'malformed', scheme: '' }
  } catch {
    return { kind: 'malformed', scheme: '' }
  }
}
