import { describe, expect, it } from 'vitest'
import { commentLimit, commentMarker, renderDiffComment } from './render-diff-comment.js'

describe('renderDiffComment', () => {
  it('starts with the marker and stays within GitHub’s limit, cut at a line with a pointer to the run', () => {
    expect(renderDiffComment('## Jämförelse\n', 'https://run')).toBe(`${commentMarker}\n## Jämförelse\n`)
    // 10 000 lines of 10 characters (9 + newline) = 100 000 characters, over the 65 536 limit.
    const long = '| a | b |\n'.repeat(10_000)
    const body = renderDiffComment(long, 'https://github.com/vgr/fordelningar/actions/runs/4711')
    expect(body.length).toBeLessThanOrEqual(commentLimit)
    expect(
      body
        .split('\n')
        .slice(1, -3)
        .every((line) => line === '| a | b |'),
    ).toBe(true)
    expect(body.split('\n').slice(-3)).toEqual([
      '',
      "… Jämförelsen är för lång för en kommentar; hela finns i [körningens sammanfattning](https://github.com/vgr/fordelningar/actions/runs/4711). / Too long for a comment; the whole diff is in [the run's summary](https://github.com/vgr/fordelningar/actions/runs/4711).",
      '',
    ])
  })
})
