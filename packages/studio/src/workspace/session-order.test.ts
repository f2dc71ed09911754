import { describe, expect, it } from 'vitest'
import type { Session, SessionSource } from './session.js'
import { chooseStart, SessionOrder } from './session-order.js'

/** A session of one file; `edited` makes its text differ from the text it was opened with. */
function session(file: string, edited = false, source: SessionSource = { type: 'files', name: file }): Session {
  return {
    source,
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
      show: (next, heldBack) =>
        shown.push(next ? `${next.current}${heldBack ? ` (offers ${heldBack.current})` : ''}` : 'start page'),
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
    expect(order.offerStart(start, undefined, session('example.yaml'))).toBeUndefined()
    expect(shown).toEqual(['parter.yaml'])
    expect(questions()).toBe(0)
  })

  it('shows the newest of two opens whichever finishes reading first', async () => {
    const { order, shown } = setUp(Promise.resolve(undefined))
    order.offerStart(order.begin(), undefined, undefined)
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
    expect(order.offerStart(start, edited, undefined)).toEqual({ session: edited })
    expect(shown).toEqual(['kept.yaml'])
  })

  it('replaces unsaved edits not shown yet when the user says yes, and the start that finishes later stays away', async () => {
    const edited = session('kept.yaml', true)
    const { order, shown, questions } = setUp(Promise.resolve(edited), true)
    const start = order.begin()
    expect(await order.offerOpen(order.begin(), session('parter.yaml'))).toBe(true)
    expect(questions()).toBe(1)
    expect(order.offerStart(start, edited, undefined)).toBeUndefined()
    expect(shown).toEqual(['parter.yaml'])
  })

  it('asks about the edits of the session shown, not of the session kept before it', async () => {
    const edited = session('kept.yaml', true)
    const { order, shown, questions } = setUp(Promise.resolve(edited), true)
    order.offerStart(order.begin(), edited, undefined)
    expect(await order.offerOpen(order.begin(), session('a.yaml'))).toBe(true)
    expect(questions()).toBe(1)
    // b.yaml is shown, then edited (its text no longer the one it was opened with).
    expect(await order.offerOpen(order.begin(), session('b.yaml', true))).toBe(true)
    expect(questions()).toBe(1)
    expect(await order.offerOpen(order.begin(), session('c.yaml'))).toBe(true)
    expect(questions()).toBe(2)
    expect(shown).toEqual(['kept.yaml', 'a.yaml', 'b.yaml', 'c.yaml'])
  })

  it('lets the start page a user chooses overtake the page’s start, and still asks about the kept edits after it', async () => {
    const edited = session('kept.yaml', true)
    const { order, shown, questions } = setUp(Promise.resolve(edited), false)
    const start = order.begin()
    order.showStartPage()
    expect(order.offerStart(start, edited, undefined)).toBeUndefined()
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

  it('keeps unsaved edits of other files when the address asks for an example, and opens it only when the user says yes', async () => {
    const dropped = session('parter.yaml', true)
    const example = session('vg.yaml', false, { type: 'example' })
    const { order, shown, questions } = setUp(Promise.resolve(dropped), false)
    expect(order.offerStart(order.begin(), dropped, example)).toEqual({ session: dropped, heldBack: example })
    expect(shown).toEqual(['parter.yaml (offers vg.yaml)'])
    // The user presses "open the example anyway" and then says no to the leave question: nothing changes.
    expect(await order.offerOpen(order.begin(), example)).toBe(false)
    expect(questions()).toBe(1)
    expect(shown).toEqual(['parter.yaml (offers vg.yaml)'])
  })
})

describe('chooseStart', () => {
  const served = (id: string | undefined, edited = false) =>
    session('vg/a.yaml', edited, { type: 'server', name: 'lan', ...(id ? { folderId: id } : {}) })

  it('opens what the address asks for over a kept session without unsaved edits', () => {
    const example = session('vg.yaml', false, { type: 'example' })
    expect(chooseStart(session('parter.yaml'), example)).toEqual({ session: example })
    expect(chooseStart(undefined, example)).toEqual({ session: example })
  })

  it('shows the kept session on the plain address, edited or not', () => {
    const kept = session('parter.yaml')
    expect(chooseStart(kept, undefined)).toEqual({ session: kept })
    expect(chooseStart(undefined, undefined)).toEqual({ session: undefined })
  })

  it('goes on with unsaved edits of the same files, and holds back other files', () => {
    const editedExample = session('vg.yaml', true, { type: 'example' })
    const example = session('vg.yaml', false, { type: 'example' })
    expect(chooseStart(editedExample, example)).toEqual({ session: editedExample })
    const editedServed = served('0f', true)
    expect(chooseStart(editedServed, served('0f'))).toEqual({ session: editedServed })
    // Another folder of the same name, or a session kept before folders had ids: not the same files.
    const other = served('1e')
    expect(chooseStart(editedServed, other)).toEqual({ session: editedServed, heldBack: other })
    const old = served(undefined, true)
    const now = served('0f')
    expect(chooseStart(old, now)).toEqual({ session: old, heldBack: now })
    const dropped = session('parter.yaml', true)
    expect(chooseStart(dropped, now)).toEqual({ session: dropped, heldBack: now })
    expect(chooseStart(editedServed, example)).toEqual({ session: editedServed, heldBack: example })
  })
})
