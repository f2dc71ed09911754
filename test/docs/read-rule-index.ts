/** One rule as docs/rules/README.md (or README.sv.md) lists it. */
export interface ListedRule {
  readonly id: string
  readonly link: string
  readonly severity: string
  readonly title: string
}

const row = /^\| \[([a-z0-9-]+\/[a-z0-9-]+)\]\(([^)\s]+)\) \| ([a-z]+) \| (.*) \|$/

/**
 * The rules listed in the tables of a rule index, one per row
 * `| [id](link) | severity | title |` (the severity as the index words it,
 * `error` or `fel`), in the order they appear; `\|` in a title is a
 * literal `|`.
 */
export function readRuleIndex(markdown: string): ListedRule[] {
  return markdown.split('\n').flatMap((line) => {
    const match = row.exec(line)
    if (!match) return []
    const [, id = '', link = '', severity = '', title = ''] = match
    return [{ id, link, severity, title: title.replaceAll('\\|', '|') }]
  })
}
