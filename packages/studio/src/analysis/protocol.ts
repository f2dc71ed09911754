import type { Diagnostic, Language, LocalizedText } from '@fordela/parser'
import type { TableSpec } from '../panels/create-table.js'

/**
 * The messages between the page and its analysis workers. A worker holds
 * the parser, engine and renderer; the page only sends texts and shows what
 * comes back, so typing never waits for the engine and the engine's code is
 * in one bundle only. The page runs two workers of this one script: one
 * answers each edit with findings and amounts, the other renders the
 * panels, so a memo being rendered never delays the findings.
 */
export type WorkerRequest =
  /** A new set of files as they are now, and (for the changes view) as they were opened. */
  | { readonly type: 'open'; readonly id: number; readonly files: readonly (readonly [string, string])[]; readonly saved?: readonly (readonly [string, string])[] }
  /** Files' new texts (none when only the file shown changed): evaluate and send findings and the amounts of `current`. */
  | { readonly type: 'analyze'; readonly id: number; readonly edits: readonly (readonly [string, string])[]; readonly current: string }
  /** Files' new texts, then the memo, "vem får vad" and the changes of the document shown (or shown last). */
  | { readonly type: 'panels'; readonly id: number; readonly edits: readonly (readonly [string, string])[]; readonly current: string; readonly lang: Language }
  /** The derivation of the amount mark `index` of `file`, as `fordela explain` writes it. */
  | { readonly type: 'explain'; readonly id: number; readonly file: string; readonly index: number; readonly lang: Language }

/** An amount to show at the end of a source line; `text` is absent when it cannot be computed. */
export interface ShownMark {
  /** Offset in the file's text the mark's line contains. */
  readonly at: number
  readonly text?: string
  readonly kind: 'line' | 'fund' | 'section'
  /** Its place in the file's marks (what an explain request names). */
  readonly index: number
}

/** The findings of every file and the amounts of the file shown. */
export interface AnalyzedReply {
  readonly type: 'analyzed'
  readonly id: number
  /** Every finding after the config's severities, suppression comments and the baseline, in report order. */
  readonly findings: readonly Diagnostic[]
  /** Why the workspace's baseline file is not used, when it cannot be. */
  readonly baselineProblem?: LocalizedText
  /** The file the marks are for, and the amounts in it. */
  readonly file: string
  readonly marks: readonly ShownMark[]
}

/** The files are loaded. */
export interface OpenedReply {
  readonly type: 'opened'
  readonly id: number
}

/** What the panels beside the editor show, every text in the language asked for. */
export interface PanelsReply {
  readonly type: 'panels'
  readonly id: number
  /** The file whose document the panels show, if any. */
  readonly file?: string
  readonly memo?: {
    /** Sanitised HTML of the memo's mdast tree. */
    readonly html: string
    /** The bytes `fordela render` writes. */
    readonly markdown: string
    /** Whether `fordela render` would refuse (errors it does not show in a draft). */
    readonly blocked: boolean
  }
  readonly parties?: TableSpec
  /** The changes against the files as opened: a table, or `none` when no amount changed. */
  readonly changes?: TableSpec | 'none'
}

export interface ExplainReply {
  readonly type: 'explain'
  readonly id: number
  readonly text: string
}

/** A request that failed with an unexpected error (a bug: the worker logs it). */
export interface FailedReply {
  readonly type: 'failed'
  readonly id: number
  readonly message: string
}

export type WorkerReply = OpenedReply | AnalyzedReply | PanelsReply | ExplainReply | FailedReply
