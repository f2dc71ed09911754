import { describe, expect, it } from 'vitest'
import { markWritten, unsavedFiles, type Session } from './session.js'

describe('markWritten', () => {
  it('marks as saved what a save wrote, so typing while it wrote stays unsaved', () => {
    const session: Session = {
      source: { type: 'example' },
      files: new Map([
        ['a.yaml', 'amount: 1'],
        ['b.yaml', 'amount: 2'],
      ]),
      saved: new Map([
        ['a.yaml', 'amount: 0'],
        ['b.yaml', 'amount: 2'],
      ]),
      current: 'a.yaml',
    }
    // The save began with a.yaml at "amount: 1"; the user typed a 5 while it wrote.
    const written = new Map([['a.yaml', 'amount: 1']])
    session.files.set('a.yaml', 'amount: 15')
    markWritten(session, written)
    expect(session.saved.get('a.yaml')).toBe('amount: 1')
    expect(unsavedFiles(session)).toEqual(['a.yaml'])
    // Typing the 5 away again leaves nothing unsaved.
    session.files.set('a.yaml', 'amount: 1')
    expect(unsavedFiles(session)).toEqual([])
  })
})
