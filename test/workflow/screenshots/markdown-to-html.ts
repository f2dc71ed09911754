/**
 * Turns the Markdown that fordela writes — headings, paragraphs, bullet and
 * numbered lists, GFM tables with alignment, block quotes, `<details>`
 * folds and fenced code — into HTML, for the screenshots in docs/sv/bilder.
 * It is no general Markdown converter: it knows the shapes fordela's
 * renderer, its lint summary and its action write, and escapes all text.
 */
export function markdownToHtml(markdown: string): string {
  const lines = markdown.replace(/\r\n/g, '\n').split('\n')
  const html: string[] = []
  let index = 0
  while (index < lines.length) {
    const line = lines[index] ?? ''
    const fence = /^(`{3,})(\w*)$/.exec(line)
    if (line.trim() === '' || /^<!--.*-->$/.test(line)) {
      // Blank lines and HTML comments (the action's comment marker) show nothing.
      index += 1
    } else if (fence) {
      const end = lines.indexOf(fence[1] ?? '```', index + 1)
      const body = lines.slice(index + 1, end < 0 ? lines.length : end)
      html.push(
        `<pre class="${escapeHtml(fence[2] ?? '')}">${body.map(formatCodeLine(fence[2] ?? '')).join('\n')}</pre>`,
      )
      index = end < 0 ? lines.length : end + 1
    } else if (/^#{1,6} /.test(line)) {
      const level = line.indexOf(' ')
      html.push(`<h${level}>${formatInline(line.slice(level + 1))}</h${level}>`)
      index += 1
    } else if (/^<\/?details>|^<summary>/.test(line) || /^<details><summary>/.test(line)) {
      html.push(formatDetailsLine(line))
      index += 1
    } else if (line.startsWith('|')) {
      const rows = takeWhile(lines, index, (l) => l.startsWith('|'))
      html.push(formatTable(rows))
      index += rows.length
    } else if (line.startsWith('> ')) {
      const quoted = takeWhile(lines, index, (l) => l.startsWith('>'))
      html.push(`<blockquote>${markdownToHtml(quoted.map((l) => l.replace(/^> ?/, '')).join('\n'))}</blockquote>`)
      index += quoted.length
    } else if (/^(- |\d+\. )/.test(line)) {
      const items = takeWhile(lines, index, (l) => /^(- |\d+\. | {2,}\S)/.test(l))
      html.push(formatList(items))
      index += items.length
    } else {
      const paragraph = takeWhile(lines, index, (l) => l.trim() !== '' && !/^(#{1,6} |\||- |\d+\. |> |`{3}|<)/.test(l))
      html.push(`<p>${formatInline(paragraph.join(' '))}</p>`)
      index += Math.max(1, paragraph.length)
    }
  }
  return html.join('\n')
}

/** The lines from `start` on while `accept` holds. */
function takeWhile(lines: readonly string[], start: number, accept: (line: string) => boolean): string[] {
  const taken: string[] = []
  for (let index = start; index < lines.length && accept(lines[index] ?? ''); index += 1) taken.push(lines[index] ?? '')
  return taken
}

/** A list; indented lines continue the item before them. */
function formatList(lines: readonly string[]): string {
  const ordered = /^\d+\. /.test(lines[0] ?? '')
  const items: string[] = []
  for (const line of lines) {
    if (/^(- |\d+\. )/.test(line)) items.push(line.replace(/^(- |\d+\. )/, ''))
    else items[items.length - 1] += ` ${line.trim()}`
  }
  const tag = ordered ? 'ol' : 'ul'
  return `<${tag}>${items.map((item) => `<li>${formatInline(item)}</li>`).join('')}</${tag}>`
}

/** A GFM table: header row, alignment row (`:---`, `---:`), body rows. */
function formatTable(rows: readonly string[]): string {
  const cells = rows.map(splitRow)
  const alignments = (cells[1] ?? []).map((cell) =>
    cell.endsWith(':') ? (cell.startsWith(':') ? 'center' : 'right') : 'left',
  )
  const row = (tag: 'th' | 'td', row: readonly string[]) =>
    `<tr>${row.map((cell, column) => `<${tag} style="text-align:${alignments[column] ?? 'left'}">${formatInline(cell)}</${tag}>`).join('')}</tr>`
  return `<table><thead>${row('th', cells[0] ?? [])}</thead><tbody>${cells
    .slice(2)
    .map((r) => row('td', r))
    .join('')}</tbody></table>`
}

/** The cells of one table row, with `\|` kept as a literal bar. */
function splitRow(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim().replace(/\\\|/g, '|'))
}

/** `<details>`, `<summary>…</summary>` and `</details>` lines, the only HTML the action writes. */
function formatDetailsLine(line: string): string {
  const summary = /<summary>(.*)<\/summary>/.exec(line)
  const open = line.startsWith('<details>') ? '<details open>' : ''
  const close = line.startsWith('</details>') ? '</details>' : ''
  return `${open}${summary ? `<summary>${summary[1] ?? ''}</summary>` : ''}${close}`
}

/** A line of a fenced block; in a diff, added and removed lines are coloured. */
function formatCodeLine(language: string): (line: string) => string {
  return (line) => {
    const text = escapeHtml(line)
    if (language !== 'diff') return text
    if (line.startsWith('+') && !line.startsWith('+++')) return `<span class="add">${text}</span>`
    if (line.startsWith('-') && !line.startsWith('---')) return `<span class="del">${text}</span>`
    return text
  }
}

/** Inline Markdown: [links](url), `code`, **strong** and *emphasis*; everything else is escaped text. */
export function formatInline(text: string): string {
  // Pieces already turned into HTML wait in `held` behind a \u0000n\u0000 mark, so later steps leave them alone.
  const held: string[] = []
  const hold = (html: string) => `\u0000${held.push(html) - 1}\u0000`
  const marked = text
    .replace(/`([^`]+)`/g, (_match, code: string) => hold(`<code>${escapeHtml(code)}</code>`))
    // Outside code, a backslash escape (`\*`, `\(`) stands for the character itself.
    .replace(/\\([!-/:-@[-`{-~])/g, (_match, character: string) => hold(escapeHtml(character)))
    // A link's label stays in the text, to be formatted with it.
    .replace(
      /\[([^\]]+)\]\(([^)\s]+)\)/g,
      (_match, label: string, url: string) => `${hold(`<a href="${escapeHtml(url)}">`)}${label}${hold('</a>')}`,
    )
  // The lint summary escapes &, < and > itself; show them as the characters they stand for.
  const html = escapeHtml(marked.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'))
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\*([^*]+)\*/g, '<em>$1</em>')
  return html.replace(/\u0000(\d+)\u0000/g, (_match, at: string) => held[Number(at)] ?? '')
}

/** Text safe inside HTML. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}
