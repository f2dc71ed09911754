import { supportsColor } from 'chalk'
import type { CliIo } from '../cli-io.js'

/**
 * The chalk colour level for the terminal report. `FORCE_COLOR` wins, as
 * chalk defines it (`0`/`false` off, `1`–`3` or empty on); otherwise colour
 * only when stdout is a terminal and `NO_COLOR` is unset or empty
 * (https://no-color.org), at the depth chalk detects for this terminal.
 */
export function chooseColorLevel(io: CliIo): 0 | 1 | 2 | 3 {
  const force = io.env['FORCE_COLOR']
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0
    if (force === '2' || force === '3') return Number(force) as 2 | 3
    return 1
  }
  if (io.env['NO_COLOR'] || !io.stdoutIsTTY) return 0
  return supportsColor ? supportsColor.level : 1
}
