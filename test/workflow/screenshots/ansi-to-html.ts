/** The terminal's 16 colours as the screenshots show them (a light theme). */
const colours: Readonly<Record<number, string>> = {
  30: '#24292f',
  31: '#cf222e',
  32: '#116329',
  33: '#9a6700',
  34: '#0550ae',
  35: '#8250df',
  36: '#1b7c83',
  37: '#6e7781',
  90: '#57606a',
  91: '#a40e26',
  92: '#1a7f37',
  93: '#633c01',
  94: '#218bff',
  95: '#a475f9',
  96: '#3192aa',
  97: '#8c959f',
}

/**
 * Turns terminal output with ANSI colour codes (SGR: bold, dim, underline,
 * the 16 foreground colours and their resets, as chalk writes them at level
 * 1) into escaped HTML spans, so the readable `fordela lint` report can be
 * shown as it looks in a terminal.
 */
export function ansiToHtml(text: string): string {
  let style = { bold: false, dim: false, underline: false, colour: 0 }
  let html = ''
  for (const [index, part] of text.split(/\u001b\[([\d;]*)m/).entries()) {
    if (index % 2 === 1) {
      for (const code of part.split(';').map(Number)) style = applySgr(style, code)
      continue
    }
    if (part === '') continue
    const css = [
      style.bold ? 'font-weight:bold' : '',
      style.dim ? 'opacity:0.7' : '',
      style.underline ? 'text-decoration:underline' : '',
      style.colour ? `color:${colours[style.colour] ?? 'inherit'}` : '',
    ].filter(Boolean)
    const escaped = part.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    html += css.length > 0 ? `<span style="${css.join(';')}">${escaped}</span>` : escaped
  }
  return html
}

/** One SGR code applied to the current style. */
function applySgr(style: { bold: boolean; dim: boolean; underline: boolean; colour: number }, code: number) {
  if (code === 0) return { bold: false, dim: false, underline: false, colour: 0 }
  if (code === 1) return { ...style, bold: true }
  if (code === 2) return { ...style, dim: true }
  if (code === 22) return { ...style, bold: false, dim: false }
  if (code === 4) return { ...style, underline: true }
  if (code === 24) return { ...style, underline: false }
  if (code === 39) return { ...style, colour: 0 }
  if (code in colours) return { ...style, colour: code }
  return style
}
