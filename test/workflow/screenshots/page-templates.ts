/** The look the pictures share: GitHub's light Markdown style, in fonts Debian ships. */
const baseCss = `
  body { margin: 0; background: #f6f8fa; font: 15px/1.5 "Liberation Sans", "DejaVu Sans", Arial, sans-serif; color: #1f2328; }
  .frame { margin: 16px; background: #fff; border: 1px solid #d0d7de; border-radius: 6px; }
  .bar { padding: 8px 16px; background: #f6f8fa; border-bottom: 1px solid #d0d7de; border-radius: 6px 6px 0 0; font-size: 13px; color: #59636e; }
  .bar b { color: #1f2328; }
  .body { padding: 8px 24px 16px; }
  h1, h2 { border-bottom: 1px solid #d1d9e0; padding-bottom: 4px; }
  h1 { font-size: 26px; } h2 { font-size: 21px; } h3 { font-size: 17px; } h4 { font-size: 15px; }
  table { border-collapse: collapse; margin: 8px 0 16px; font-size: 14px; }
  th, td { border: 1px solid #d1d9e0; padding: 4px 10px; }
  th { background: #f6f8fa; }
  tr:nth-child(2n) td { background: #f6f8fa; }
  code { font: 13px "Liberation Mono", "DejaVu Sans Mono", monospace; background: #eff1f3; padding: 1px 4px; border-radius: 4px; }
  pre { font: 13px/1.45 "Liberation Mono", "DejaVu Sans Mono", monospace; background: #f6f8fa; padding: 10px 14px; border-radius: 6px; overflow: hidden; }
  pre .add { color: #116329; background: #dafbe1; display: inline-block; width: 100%; }
  pre .del { color: #82071e; background: #ffebe9; display: inline-block; width: 100%; }
  blockquote { margin: 0 0 12px; padding: 0 14px; color: #59636e; border-left: 4px solid #d1d9e0; }
  a { color: #0969da; text-decoration: none; }
  summary { cursor: default; font-weight: bold; margin-bottom: 6px; }
`

/**
 * A page showing rendered Markdown inside a framed box with a caption bar,
 * as GitHub shows a file, a job summary or a comment.
 * @param caption the bar's text, e.g. the file's path; HTML, already escaped
 * @param bodyHtml the rendered Markdown
 */
export function buildFramedPage(caption: string, bodyHtml: string): string {
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><style>${baseCss}</style></head>
<body><div class="frame"><div class="bar">${caption}</div><div class="body">${bodyHtml}</div></div></body></html>`
}

/**
 * A page showing terminal output, dark on light like a default terminal,
 * with the command that produced it on the first line.
 * @param command the command line, shown after a `$` prompt
 * @param outputHtml the output, converted with {@link ansiToHtml}
 */
export function buildTerminalPage(command: string, outputHtml: string): string {
  const escapedCommand = command.replace(/&/g, '&amp;').replace(/</g, '&lt;')
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><style>${baseCss}
  .terminal { margin: 16px; background: #fff; border: 1px solid #d0d7de; border-radius: 6px; }
  .terminal pre { margin: 0; background: #fff; white-space: pre; font-size: 13px; }
  .prompt { color: #116329; font-weight: bold; }
</style></head>
<body><div class="terminal"><div class="bar"><b>Terminal</b></div><pre><span class="prompt">$</span> ${escapedCommand}
${outputHtml}</pre></div></body></html>`
}
