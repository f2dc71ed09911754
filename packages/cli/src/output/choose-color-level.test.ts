import { describe, expect, it } from 'vitest'
import type { CliIo } from '../cli-io.js'
import { chooseColorLevel } from './choose-color-level.js'

/** An io with this environment and terminal-ness; nothing is written. */
function ioWith(env: Record<string, string>, stdoutIsTTY: boolean): CliIo {
  return { cwd: '/', env, stdoutIsTTY, writeOut: () => undefined, writeErr: () => undefined }
}

describe('chooseColorLevel', () => {
  it('is off when stdout is not a terminal', () => {
    expect(chooseColorLevel(ioWith({}, false))).toBe(0)
  })

  it('is off with a non-empty NO_COLOR, even on a terminal', () => {
    expect(chooseColorLevel(ioWith({ NO_COLOR: '1' }, true))).toBe(0)
  })

  it('follows FORCE_COLOR as chalk reads it, over NO_COLOR and the terminal check', () => {
    expect(chooseColorLevel(ioWith({ FORCE_COLOR: '1' }, false))).toBe(1)
    expect(chooseColorLevel(ioWith({ FORCE_COLOR: '', NO_COLOR: '1' }, false))).toBe(1)
    expect(chooseColorLevel(ioWith({ FORCE_COLOR: '3' }, false))).toBe(3)
    expect(chooseColorLevel(ioWith({ FORCE_COLOR: '0' }, true))).toBe(0)
    expect(chooseColorLevel(ioWith({ FORCE_COLOR: 'false' }, true))).toBe(0)
  })
})
