import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// Tests are deterministic: they never time anything (speed is measured in bench/), and every
// random case comes from a fixed seed that is printed and can be overridden
// (test/properties/property-options.ts, test/fuzz/fuzz-test.ts).
const root = fileURLToPath(new URL('../..', import.meta.url))

/** Every test file and test helper: packages' `*.test.ts`, `__fixtures__` and test/ folders, and the root test/. */
function testCode(): string[] {
  const found: string[] = []
  const walk = (folder: string, all: boolean): void => {
    if (!existsSync(folder)) return
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name)
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== 'dist') walk(path, all || entry.name === '__fixtures__')
      } else if (/\.(?:ts|mjs)$/.test(entry.name) && (all || entry.name.endsWith('.test.ts')))
        found.push(relative(root, path))
    }
  }
  for (const name of readdirSync(join(root, 'packages'))) {
    walk(join(root, 'packages', name, 'src'), false)
    walk(join(root, 'packages', name, 'test'), true)
  }
  walk(join(root, 'test'), true)
  return found
}

/** The text of every call of fast-check's assert or check in `source`, up to its closing parenthesis. */
function propertyCalls(source: string): string[] {
  const calls: string[] = []
  for (const match of source.matchAll(/\bfc\.(?:assert|check)\(/g)) {
    let depth = 0
    let end = match.index
    for (; end < source.length; end++) {
      if (source[end] === '(') depth++
      else if (source[end] === ')' && --depth === 0) break
    }
    calls.push(source.slice(match.index, end + 1))
  }
  return calls
}

describe('tests are deterministic', () => {
  const files = testCode()

  it('finds the test code', () => {
    // A walk that found nothing would prove nothing.
    expect(files.length).toBeGreaterThan(200)
    expect(files).toContain('test/fuzz/fuzz-test.ts')
  })

  it('no test file reads a clock: speed is measured in bench/, never asserted', () => {
    const timed = files.filter(
      (file) =>
        file.endsWith('.test.ts') &&
        /\bperformance\.now\(|\bDate\.now\(|\bprocess\.hrtime\b/.test(readFileSync(join(root, file), 'utf8')),
    )
    expect(timed).toEqual([])
  })

  it('every fast-check run has a fixed seed (propertyOptions, checkProperty or fuzzTest)', () => {
    const unseeded = files.flatMap((file) =>
      propertyCalls(readFileSync(join(root, file), 'utf8'))
        .filter((call) => !/propertyOptions\(|\bseed\b/.test(call))
        .map((call) => `${file}: ${call.split('\n')[0]}`),
    )
    expect(unseeded).toEqual([])
  })

  it('nothing is random but a fuzz run asked to be (FORDELA_FUZZ_SEED=random, printed)', () => {
    const random = files.filter((file) => /\bMath\.random\(/.test(readFileSync(join(root, file), 'utf8')))
    expect(random).toEqual(['test/fuzz/fuzz-test.ts'])
  })
})
