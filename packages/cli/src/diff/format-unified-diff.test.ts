import { describe, expect, it } from 'vitest'
import { diffLines } from './diff-lines.js'
import { formatUnifiedDiff } from './format-unified-diff.js'

const names = { oldName: 'a/memo.md', newName: 'b/memo.md' }

describe('formatUnifiedDiff', () => {
  it('is empty for equal texts', () => {
    expect(formatUnifiedDiff('a\nb\n', 'a\nb\n', names)).toBe('')
  })

  it('writes one hunk with three lines of context, as diff -u does', () => {
    const before = `${['1', '2', '3', '4', '5', '6', '7', '8', '9'].join('\n')}\n`
    const after = `${['1', '2', '3', '4', 'fem', '6', '7', '8', '9'].join('\n')}\n`
    // Line 5 changed: context lines 2–4 and 6–8, so the hunk covers 7 lines from line 2 on both sides.
    expect(formatUnifiedDiff(before, after, names)).toBe(
      ['--- a/memo.md', '+++ b/memo.md', '@@ -2,7 +2,7 @@', ' 2', ' 3', ' 4', '-5', '+fem', ' 6', ' 7', ' 8', ''].join(
        '\n',
      ),
    )
  })

  it('splits changes far apart into hunks and counts added lines', () => {
    const before = `${Array.from({ length: 20 }, (_, index) => `rad ${index + 1}`).join('\n')}\n`
    const after = before.replace('rad 2\n', 'rad 2\nny rad\n').replace('rad 19\n', '')
    expect(formatUnifiedDiff(before, after, names).split('\n')).toEqual([
      '--- a/memo.md',
      '+++ b/memo.md',
      // Lines 1–5 of the old text (line 2 plus three after it, line 1 before), 6 in the new with the added line.
      '@@ -1,5 +1,6 @@',
      ' rad 1',
      ' rad 2',
      '+ny rad',
      ' rad 3',
      ' rad 4',
      ' rad 5',
      // Old lines 16–20 (19 removed with three lines before it and one after), new 17–20.
      '@@ -16,5 +17,4 @@',
      ' rad 16',
      ' rad 17',
      ' rad 18',
      '-rad 19',
      ' rad 20',
      '',
    ])
  })

  it('marks a missing final newline and cuts a long diff with a count', () => {
    expect(formatUnifiedDiff('a\n', 'a', names)).toBe(
      '--- a/memo.md\n+++ b/memo.md\n@@ -1,1 +1,1 @@\n-a\n+a\n\\ No newline at end of file\n',
    )
    const long = formatUnifiedDiff('', 'a\nb\nc\nd\n', { ...names, maxLines: 2 })
    // The hunk header and "+a" are shown; "+b", "+c" and "+d" are counted.
    expect(long).toBe('--- a/memo.md\n+++ b/memo.md\n@@ -0,0 +1,4 @@\n+a\n… 3 rader till\n')
    expect(formatUnifiedDiff('', 'a\nb\nc\nd\n', { ...names, maxLines: 2, lang: 'en' })).toBe(
      '--- a/memo.md\n+++ b/memo.md\n@@ -0,0 +1,4 @@\n+a\n… 3 more lines\n',
    )
  })
})

describe('diffLines', () => {
  it('finds the shortest edit script', () => {
    const edits = diffLines(['a', 'b', 'c', 'a', 'b', 'b', 'a'], ['c', 'b', 'a', 'b', 'a', 'c'])
    // Myers' example: the shortest script has 5 edits (D = 5) and keeps 4 lines.
    expect(edits.filter((edit) => edit.type !== 'keep')).toHaveLength(5)
    expect(edits.filter((edit) => edit.type !== 'add').map((edit) => edit.text)).toEqual([
      'a',
      'b',
      'c',
      'a',
      'b',
      'b',
      'a',
    ])
    expect(edits.filter((edit) => edit.type !== 'remove').map((edit) => edit.text)).toEqual([
      'c',
      'b',
      'a',
      'b',
      'a',
      'c',
    ])
  })
})
