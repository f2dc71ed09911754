import { sameSource, unsavedFiles, type Session } from './session.js'

/** How the page puts a session (or, for `undefined`, the start page) on screen and asks the leave question. */
export interface SessionPage {
  /**
   * Replaces what the page shows. `heldBack` is what the page's address asked
   * for but was not shown because it would have replaced unsaved edits: the
   * page offers it as a choice the user makes (and it is gone on the next show).
   */
  show(session: Session | undefined, heldBack?: Session): void
  /** The "leave unsaved changes?" question; true when the user says go on. */
  confirmLeave(): boolean
}

/**
 * The one place that decides which session the page shows. Whatever can
 * put a session or the start page on screen takes a turn when it begins
 * (the page's own start, which restores the session kept in this browser or
 * opens the served workspace or an example, when the page loads; a user's
 * open or drop when the user acts), loads, and then offers what it loaded.
 * An offer is shown only when no newer turn is on screen: the newest action
 * wins however long an older one takes. A user's offer asks the leave
 * question first when it would replace unsaved edits, including edits kept
 * in this browser that the page's start has not shown yet. The page's start
 * never replaces unsaved edits at all: what its address asks for is held
 * back and offered (see {@link chooseStart}).
 */
export class SessionOrder {
  private turns = 0
  private shownTurn = 0
  /** The session in the workbench (it stays open behind the start page). */
  private session: Session | undefined

  private readonly stored: Promise<Session | undefined>

  /**
   * @param page Shows what is decided and asks the leave question.
   * @param stored The session kept in this browser, the same read the page's start waits for
   *   (a read that fails counts as none kept).
   */
  constructor(
    private readonly page: SessionPage,
    stored: Promise<Session | undefined>,
  ) {
    this.stored = stored.catch(() => undefined)
  }

  /** A turn for something that begins now; later turns win over earlier ones. */
  begin(): number {
    return ++this.turns
  }

  /**
   * Shows what the page's start loaded, unless a newer turn is on screen:
   * the session kept in this browser and what the address asked for (the
   * served workspace or an example), chosen by {@link chooseStart}. Returns
   * the choice, or `undefined` when it was overtaken.
   */
  offerStart(turn: number, kept: Session | undefined, requested: Session | undefined): StartChoice | undefined {
    if (turn <= this.shownTurn) return undefined
    const choice = chooseStart(kept, requested)
    this.put(turn, choice.session, choice.heldBack)
    return choice
  }

  /**
   * Shows files a user opened unless a newer turn is on screen, after asking
   * when unsaved edits would be replaced: those of the session in the
   * workbench or, before the page's start has shown one, of the session kept
   * in this browser. False when it was overtaken or the user chose to stay.
   */
  async offerOpen(turn: number, session: Session): Promise<boolean> {
    const unseen = this.session ? undefined : await this.stored
    if (turn <= this.shownTurn) return false
    const replaced = this.session ?? unseen
    if (replaced && unsavedFiles(replaced).length > 0 && !this.page.confirmLeave()) return false
    this.put(turn, session)
    return true
  }

  /** The start page, chosen by the user now; the session stays open behind it. */
  showStartPage(): void {
    this.shownTurn = this.begin()
    this.page.show(undefined)
  }

  private put(turn: number, session: Session | undefined, heldBack?: Session): void {
    this.shownTurn = turn
    if (session) this.session = session
    this.page.show(session, heldBack)
  }
}

/** What the page's start shows, and what it holds back to offer. */
export interface StartChoice {
  /** The session shown, or `undefined` for the start page. */
  readonly session: Session | undefined
  /** What the address asked for, not shown because it would have replaced `session`'s unsaved edits. */
  readonly heldBack?: Session
}

/**
 * Chooses between the session kept in this browser and what the page's
 * address asks for (`undefined`: nothing, the plain address). The address
 * wins unless the kept session holds unsaved edits: then the kept session
 * is shown, and when the address asks for other files (another source, see
 * {@link sameSource}) those are held back for the user to open, who is asked
 * the leave question then. Opening an address never loses an edit silently.
 */
export function chooseStart(kept: Session | undefined, requested: Session | undefined): StartChoice {
  if (!requested) return { session: kept }
  if (!kept || unsavedFiles(kept).length === 0) return { session: requested }
  return sameSource(kept.source, requested.source) ? { session: kept } : { session: kept, heldBack: requested }
}
