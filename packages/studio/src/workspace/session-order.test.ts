import { describe, expect, it } from 'vitest'
import type { Session } from './session.js'
import { SessionOrder } from './session-order.js'

/** A session of one file; `edited` makes its text differ from the text it was opened with. */
function session(file: string, edited = false): Session {
  return {
    source: { type: 'files', name: file },
    files: new Map([[file, edited ? 'title: x (edited)\n' : 'title: x\n']]),
    saved: new Map([[file, 'title: x\n']]),
    current: file,
  }
}

/** An order over a fake page that records what it shows and answers the leave question with `answer`. */
function setUp(kept: Promise<Session | undefined>, answer = true) {
  const shown: string[] = []
  let questions = 0
  const order = new SessionOrder(
    {
      show: (next) => shown.push(next ? next.current : 'start page'),
      confirmLeave: () => {
        questions++
        return answer
      },
    },
    kept,
  )
  return { order, shown, questions: () => questions }
}

describe('SessionOrder', () => {
  it('keeps what a user opened when the page’s older start finishes after it', async () => {
    const { order, shown, questions } = setUp(Promise.resolve(undefined))
    const start = order.begin()
    const drop = order.begin()
    expect(await order.offerOpen(drop, session('parter.yaml'))).toBe(true)
    expect(order.offerStart(start, session('example.yaml'))).toBe(false)
    expect(shown).toEqual(['parter.yaml'])
    expect(questions()).toBe(0)
  })

  it('shows the newest of two opens whichever finishes reading first', async () => {
    const { order, shown } = setUp(Promise.resolve(undefined))
    order.offerStart(order.begin(), undefined)
    const slowZip = order.begin()
    const quickFile = order.begin()
    expect(await order.offerOpen(quickFile, session('b.yaml'))).toBe(true)
    expect(await order.offerOpen(slowZip, session('a.yaml'))).toBe(false)
    expect(shown).toEqual(['start page', 'b.yaml'])
  })

  it('asks before replacing unsaved edits the page’s start has not shown yet, and leaves them to it when told to', async () => {
    let read: (kept: Session | undefined) => void = () => {}
    const kept = new Promise<Session | undefined>((resolve) => {
      read = resolve
    })
    const { order, shown, questions } = setUp(kept, false)
    const start = order.begin()
    const offered = order.offerOpen(order.begin(), session('parter.yaml'))
    // Nothing is decided before the kept session is read: whether it holds edits is not known yet.
    expect(shown).toEqual([])
    const edited = session('kept.yaml', true)
    read(edited)
    expect(await offered).toBe(false)
    expect(questions()).toBe(1)
    expect(order.offerStart(start, edited)).toBe(true)
    expect(shown).toEqual(['kept.yaml'])
  })

  it('replaces unsaved edits not shown yet when the user says yes, and the start that finishes later stays away', async () => {
    const edited = session('kept.yaml', true)
    const { order, shown, questions } = setUp(Promise.resolve(edited), true)
    const start = order.begin()
    expect(await order.offerOpen(order.begin(), session('parter.yaml'))).toBe(true)
    expect(questions()).toBe(1)
    expect(order.offerStart(start, edited)).toBe(false)
    expect(shown).toEqual(['parter.yaml'])
  })

  it('asks about the edits of the session shown, not of the session kept before it', async () => {
    const { order, shown, questions } = setUp(Promise.resolve(session('kept.yaml', true)), true)
    const clean = session('example.yaml')
    order.offerStart(order.begin(), clean)
    expect(await order.offerOpen(order.begin(), session('a.yaml'))).toBe(true)
    expect(questions()).toBe(0)
    // b.yaml is shown, then edited (its text no longer the one it was opened with).
    expect(await order.offerOpen(order.begin(), session('b.yaml', true))).toBe(true)
    expect(questions()).toBe(0)
    expect(await order.offerOpen(order.begin(), session('c.yaml'))).toBe(true)
    expect(questions()).toBe(1)
    expect(shown).toEqual(['example.yaml', 'a.yaml', 'b.yaml', 'c.yaml'])
  })

  it('lets the start page a user chooses overtake the page’s start, and still asks about the kept edits after it', async () => {
    const edited = session('kept.yaml', true)
    const { order, shown, questions } = setUp(Promise.resolve(edited), false)
    const start = order.begin()
    order.showStartPage()
    expect(order.offerStart(start, edited)).toBe(false)
    expect(await order.offerOpen(order.begin(), session('parter.yaml'))).toBe(false)
    expect(questions()).toBe(1)
    expect(shown).toEqual(['start page'])
  })

  it('counts a kept session that cannot be read as none', async () => {
    const { order, shown, questions } = setUp(Promise.reject(new Error('IndexedDB is not available')))
    expect(await order.offerOpen(order.begin(), session('parter.yaml'))).toBe(true)
    expect(questions()).toBe(0)
    expect(shown).toEqual(['parter.yaml'])
  })
})
