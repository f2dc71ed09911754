/**
 * Reads a `$GITHUB_OUTPUT` file as the runner does: `name=value` lines and
 * `name<<DELIMITER` blocks that end at a line holding only the delimiter.
 */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? ''
    const block = /^([^=<]+)<<(.+)$/.exec(line)
    if (block) {
      const end = lines.indexOf(block[2] ?? '', index + 1)
      if (end < 0) throw new Error(`output ${block[1]}: no closing delimiter ${block[2]}`)
      outputs[block[1] ?? ''] = lines.slice(index + 1, end).join('\n')
      index = end
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1)
    } else if (line !== '') {
      throw new Error(`output line without a value: ${line}`)
    }
  }
  return outputs
}
