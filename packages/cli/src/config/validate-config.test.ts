import { createLineIndex, loadYaml } from '@fordela/parser'
import { describe, expect, it } from 'vitest'
import { validateConfig } from './validate-config.js'

/** The config's settings and its problems as `line:col message`. */
function check(text: string) {
  const { config, problems } = validateConfig(loadYaml(text, 'fordela.config.yaml').root)
  const index = createLineIndex(text)
  return {
    config,
    problems: problems.map((problem) => {
      const { line, column } = index.locate(problem.span[0])
      return `${line}:${column} ${problem.message.en}`
    }),
  }
}

describe('validateConfig', () => {
  it('reads limits and reports unknown or invalid ones at their positions', () => {
    const { config, problems } = check('limits:\n  maxFileBytes: 2097152\n  maxDepht: 10\n  maxNodes: 0\n')
    expect(config.limits).toEqual({ maxFileBytes: 2_097_152 })
    expect(problems).toEqual([
      '3:3 Unknown limit "maxDepht". Did you mean "maxDepth"?',
      '4:13 limits.maxNodes must be a whole number ≥ 1.',
    ])
  })

  it('refuses a limit above its hard ceiling at the value, and accepts the ceiling itself', () => {
    // 1 TiB (the example, 1 099 511 627 776) against the 4 MiB ceiling (4 194 304); 257 against 256.
    const text =
      'limits:\n  maxFileBytes: 1099511627776\n  maxDepth: 257\n  maxAliasExpansions: 10001\n  maxNodes: 1000001\n  maxDocuments: 11\n'
    expect(check(text).problems).toEqual([
      '2:17 limits.maxFileBytes may be at most 4 194 304.',
      '3:13 limits.maxDepth may be at most 256.',
      '4:23 limits.maxAliasExpansions may be at most 10 000.',
      '5:13 limits.maxNodes may be at most 1 000 000.',
      '6:17 limits.maxDocuments may be at most 10.',
    ])
    const atCeiling = check(
      'limits:\n  maxFileBytes: 4194304\n  maxDepth: 256\n  maxAliasExpansions: 10000\n  maxNodes: 1000000\n  maxDocuments: 10\n',
    )
    expect(atCeiling).toEqual({
      config: expect.objectContaining({
        limits: {
          maxFileBytes: 4_194_304,
          maxDepth: 256,
          maxAliasExpansions: 10_000,
          maxNodes: 1_000_000,
          maxDocuments: 10,
        },
      }),
      problems: [],
    })
  })

  it('lists the rounding policies when one is misspelt', () => {
    expect(check('rounding: largest\n').problems).toEqual([
      expect.stringMatching(/^1:11 .*largest-remainder, half-up, floor/),
    ])
  })

  it('reads every setting', () => {
    const { config, problems } = check(
      [
        'lang: en',
        'maxWarnings: 3',
        'rounding: half-up',
        'include: ["vg/**"]',
        'ignore: [arkiv/**]',
        'rules:',
        '  sum/fund-not-spent: warning',
        '  link/section-unlinked: off',
        '',
      ].join('\n'),
    )
    expect(problems).toEqual([])
    expect(config).toEqual({
      lang: 'en',
      maxWarnings: 3,
      rounding: 'half-up',
      include: ['vg/**'],
      ignore: ['arkiv/**'],
      rules: new Map([
        ['sum/fund-not-spent', 'warning'],
        ['link/section-unlinked', 'off'],
      ]),
    })
  })

  it('reports unknown keys and rule ids with "did you mean", at their positions', () => {
    const text = [
      'lang: sv',
      'maxWarning: 3',
      'rules:',
      '  sum/fund-not-spnt: error',
      '  nonsense/rule-that-is-far-away: off',
      '',
    ].join('\n')
    expect(check(text).problems).toEqual([
      '2:1 Unknown key "maxWarning". Did you mean "maxWarnings"?',
      '4:3 Unknown rule "sum/fund-not-spnt". Did you mean "sum/fund-not-spent"?',
      '5:3 Unknown rule "nonsense/rule-that-is-far-away"; `fordela rules` lists them all.',
    ])
  })

  it('lists the allowed values of a wrong one', () => {
    const text = ['lang: de', 'maxWarnings: -1', 'ignore: arkiv', 'rules:', '  sum/fund-not-spent: fatal', ''].join(
      '\n',
    )
    expect(check(text).problems).toEqual([
      '1:7 lang: "de" is not allowed; choose one of sv, en.',
      '2:14 maxWarnings must be a whole number ≥ 0.',
      '3:9 ignore must be a list of patterns, e.g. ["arkiv/**"].',
      '5:23 sum/fund-not-spent: "fatal" is not allowed; choose one of error, warning, info, off.',
    ])
  })

  it('accepts an empty config', () => {
    expect(check('# nothing yet\n')).toEqual({ config: { rules: new Map(), ignore: [] }, problems: [] })
  })
})
