import type { Decimal } from 'decimal.js'
import type { Rational } from '../money/rational.js'
import type { Located, SourceRange } from './source.js'

/** The six document kinds of fördelningsspec v1. */
export type DocumentKind = 'Agreement' | 'Allocation' | 'Parties' | 'Dataset' | 'Strategy' | 'ActionPlan'

/** An amount of whole kronor, exact. */
export type Kronor = Decimal

/**
 * A reference to another document: a path relative to the referring file
 * (`../data/befolkning.yaml`) or a document id (`vg-parter`). Resolved by the
 * workspace, never by the document itself.
 */
export type DocumentRef = Located<string>

/** Prose written in a spec: paragraphs, `- ` bullets, `*emphasis*` and `{{ placeholders }}`. */
export type Prose = Located<string>

/** Fields every document kind has. */
export interface DocumentHeader {
  readonly kind: DocumentKind
  readonly apiVersion: 'fordela/v1'
  readonly id: Located<string>
  readonly title: Located<string>
  readonly description?: Prose
  /** Workspace-relative POSIX path of the file. */
  readonly file: string
  /** The whole document's range (for findings about the document itself). */
  readonly at: SourceRange
}

// ---------------------------------------------------------------- Dataset

/** A named weight that a dataset holds for each unit (e.g. `folkmangd`). */
export interface Measure {
  readonly id: Located<string>
  readonly title?: Located<string>
  /** A published total the unit values must add up to. */
  readonly total?: Located<Kronor>
}

/** One unit (län, kommun, region …) of a dataset and its weights. */
export interface DatasetUnit {
  readonly id: Located<string>
  readonly name: string
  /** The unit's parent as the dataset states it (e.g. a kommun's län). */
  readonly group?: string
  /** Weights by measure id; absent where the source has no value. Whole numbers or exact decimals. */
  readonly values: ReadonlyMap<string, Located<Rational>>
  readonly at: SourceRange
}

/** Weights per unit with reference date and source. */
export interface DatasetDocument extends DocumentHeader {
  readonly kind: 'Dataset'
  readonly unitKind: Located<string>
  readonly referenceDate: Located<string>
  readonly source: {
    readonly publisher: Located<string>
    readonly table?: Located<string>
    readonly url?: Located<string>
    readonly note?: Located<string>
    /** The day the file was retrieved (YYYY-MM-DD). */
    readonly retrieved?: Located<string>
    /** What was selected from the source's table (`fordela data import`). */
    readonly selection?: {
      readonly region: Located<string>
      readonly age?: Located<string>
      readonly time: Located<string>
    }
    /** The downloaded file, relative to the dataset, and its SHA-256 in hex. */
    readonly file?: Located<string>
    readonly sha256?: Located<string>
  }
  readonly measures: readonly Measure[]
  /** Units in source order, from `units:` or, once the workspace has read it, from the CSV. */
  readonly units: readonly DatasetUnit[]
  /** Where to import the units from instead of `units:`. */
  readonly csv?: CsvImport
}

/** How a dataset's units are read from a CSV file (as SCB's statistikdatabas exports it). */
export interface CsvImport {
  /** Path of the CSV file relative to the dataset file. */
  readonly path: Located<string>
  /** Header of the column holding the unit id (e.g. `lanskod`). */
  readonly unit: Located<string>
  /** Header of the column holding the unit name; defaults to the unit column. */
  readonly name?: Located<string>
  /** Header of the column holding the unit's parent (e.g. `lan`). */
  readonly group?: Located<string>
  /** Measure id → column header. */
  readonly measures: readonly { readonly measure: Located<string>; readonly column: Located<string> }[]
  /** Unit ids as written in the file → ids to use instead (`Essung` → `Essunga`). */
  readonly rename: readonly { readonly from: Located<string>; readonly to: Located<string> }[]
  /** Field separator; detected from the header line when absent. */
  readonly delimiter?: Located<';' | ',' | '\t'>
  /** Title lines above the header row to skip (SCB exports often have one). */
  readonly skipRows?: Located<number>
  readonly at: SourceRange
}

// ---------------------------------------------------------------- Agreement

/** A named set of units with an override (e.g. storstadslän). */
export interface UnitGroup {
  readonly id: Located<string>
  readonly title?: Located<string>
  readonly units: readonly Located<string>[]
  readonly note?: Located<string>
}

/** A recipient column of the national table. */
export interface AgreementColumn {
  readonly id: Located<string>
  readonly title: Located<string>
  /** Units of this column and their weights. */
  readonly dataset?: DocumentRef
  /** A single named recipient instead of a dataset (e.g. SKR). */
  readonly recipient?: Located<string>
  /** The column's published total. */
  readonly total?: Located<Kronor>
  /** The population date the agreement distributes by, when known (YYYY-MM-DD). */
  readonly referenceDate?: Located<string>
  readonly at: SourceRange
}

/** One step of a cell's distribution rule. */
export type CellRule =
  | {
      readonly type: 'each'
      readonly title?: Located<string>
      readonly each: Located<Kronor>
      /** Unit or unit-group id → amount per unit instead of `each`. */
      readonly except: readonly { readonly target: Located<string>; readonly amount: Located<Kronor> }[]
      readonly at: SourceRange
    }
  | {
      readonly type: 'rest'
      readonly title?: Located<string>
      /** Measure id of the column's dataset, or `equal`. */
      readonly by: Located<string>
      readonly at: SourceRange
    }

/** One cell of the national table: an area's amount for one column and how it is distributed. */
export interface AgreementCell {
  readonly column: Located<string>
  readonly amount: Located<Kronor>
  /** Empty for a single-recipient column. */
  readonly rules: readonly CellRule[]
  readonly at: SourceRange
}

/** A row of the national table. */
export interface AgreementArea {
  readonly id: Located<string>
  readonly number?: Located<number>
  readonly title: Located<string>
  readonly cells: readonly AgreementCell[]
  /** Published row total, if stated. */
  readonly total?: Located<Kronor>
  readonly at: SourceRange
}

/** The national agreement's distribution table and its rules. */
export interface AgreementDocument extends DocumentHeader {
  readonly kind: 'Agreement'
  readonly year: Located<number>
  readonly signedBy: readonly Located<string>[]
  readonly source?: Located<string>
  readonly total?: Located<Kronor>
  readonly rounding: Located<RoundingPolicy>
  readonly unitGroups: readonly UnitGroup[]
  readonly columns: readonly AgreementColumn[]
  readonly areas: readonly AgreementArea[]
}

// ---------------------------------------------------------------- Parties

/** A single party (VGR, NSPH) or an open pool (civilsamhället). */
export interface Party {
  readonly id: Located<string>
  readonly name: Located<string>
  readonly short?: Located<string>
  /** An open pool: money to it records how it is distributed, not to whom. */
  readonly pool: boolean
  readonly note?: Located<string>
  /** A data assumption the memo must show (e.g. an unverified grouping). */
  readonly caveat?: Located<string>
  /** Dataset units (e.g. kommuner) whose weights add up to this party's weight. */
  readonly units: readonly Located<string>[]
  readonly at: SourceRange
}

/** A group of parties (the kommunalförbund) that lines can address as one. */
export interface PartyGroup {
  readonly id: Located<string>
  readonly name: Located<string>
  readonly short?: Located<string>
  readonly note?: Located<string>
  readonly members: readonly Party[]
  /** County units deliberately left out of every member, each with its reason. */
  readonly unassigned: readonly { readonly unit: Located<string>; readonly reason: Located<string> }[]
  readonly at: SourceRange
}

/** A county's parties and groups. */
export interface PartiesDocument extends DocumentHeader {
  readonly kind: 'Parties'
  readonly county: { readonly code: Located<string>; readonly name: Located<string> }
  /** Dataset whose units the members' `units` name. */
  readonly dataset?: DocumentRef
  readonly source?: Located<string>
  readonly parties: readonly Party[]
  readonly groups: readonly PartyGroup[]
}

// ---------------------------------------------------------------- Allocation

/** How a division is turned into whole kronor. */
export type RoundingPolicy = 'largest-remainder' | 'half-up' | 'floor'

/** A tolerance on a comparison with a published figure, with its reason. */
export interface Tolerance {
  readonly amount: Located<Kronor>
  readonly reason: Located<string>
}

/** A pot of money an allocation distributes. */
export interface Fund {
  readonly id: Located<string>
  readonly title?: Located<string>
  /** Explicit amount. When `from` is given too, both must agree. */
  readonly amount?: Located<Kronor>
  /**
   * `derived: true`: the memo states no amount; the fund's amount is the sum
   * of the fixed sums the lines drawing on it take. Never with `amount` or `from`.
   */
  readonly derived?: SourceRange
  /** The county's cell of an agreement. */
  readonly from?: {
    readonly agreement?: DocumentRef
    readonly area: Located<string>
    readonly column: Located<string>
    /** Unit code in that column; defaults to the allocation's county. */
    readonly unit?: Located<string>
    readonly at: SourceRange
  }
  readonly tolerance?: Tolerance
  readonly at: SourceRange
}

/** How a line's amount is divided among a group's members. */
export type Split = Located<string> // a measure id of the parties' dataset, or 'equal'

/** One line of a step: who gets what. */
export interface AllocationLine {
  /** Optional id, unique among the allocation's lines, that prose names as `{{ line.<id> }}`. */
  readonly id?: Located<string>
  /** Party, group or member id. */
  readonly to: Located<string>
  readonly quantity:
    | { readonly type: 'amount'; readonly amount: Located<Kronor> }
    | { readonly type: 'each'; readonly each: Located<Kronor> }
    | { readonly type: 'share'; readonly share: Located<Rational> }
    | { readonly type: 'rest'; readonly at: SourceRange }
  /** Fund this line draws on, when not the section's. */
  readonly fund?: Located<string>
  readonly split?: Split
  /** For an open pool: how the money will be distributed. */
  readonly how?: Located<string>
  /** Short text after the amount in the memo ("till patient-, brukar- och anhörigsamverkan"). */
  readonly purpose?: Located<string>
  /** Child lines that divide this line's amount further; the same quantity forms apply. */
  readonly lines: readonly AllocationLine[]
  readonly at: SourceRange
}

/** Ordered part of a section; each step works on what is left of its fund. */
export interface AllocationStep {
  readonly title?: Located<string>
  readonly lines: readonly AllocationLine[]
  readonly at: SourceRange
}

/** One "Ärende" heading and decision item of the memo. */
export interface AllocationSection {
  readonly id: Located<string>
  readonly title: Located<string>
  readonly fund: Located<string>
  readonly links?: {
    readonly area?: Located<string>
    /** `areas: [...]`, for a section that serves several of the agreement's areas. */
    readonly areas: readonly Located<string>[]
    readonly subgoals: readonly Located<string>[]
  }
  /** Decision item text; generated from the title when absent. */
  readonly decision?: Prose
  readonly text?: Prose
  readonly steps: readonly AllocationStep[]
  readonly at: SourceRange
}

/**
 * A decision item of *Förslag till ställningstagande* written in the memo's
 * own words. With `sections` it decides on those sections (or, `all`, on the
 * whole allocation), which then give no item of their own.
 */
export interface DecisionItem {
  readonly text: Prose
  readonly sections?: {
    /** `sections: all`: where it is written. */
    readonly all?: SourceRange
    /** `sections: [a, b]`: the sections named. */
    readonly ids: readonly Located<string>[]
  }
  readonly at: SourceRange
}

/** What the memo's parts are called in `memo.order`. */
export type MemoPart = 'decisions' | 'summary' | 'case' | 'background' | 'economy'

/** How the memo is laid out, when not as the 2025 memo. */
export interface MemoLayout {
  /** The order of the memo's parts; each part once. */
  readonly order?: Located<readonly MemoPart[]>
  /** `sectionSummary: true`: a table of what each party gets after each section's split. */
  readonly sectionSummary?: Located<boolean>
  /** `goalSummary: true`: a table of the money per agreement area and strategy delmål the sections link to. */
  readonly goalSummary?: Located<boolean>
}

/** One county's proposal for one year. */
export interface AllocationDocument extends DocumentHeader {
  readonly kind: 'Allocation'
  readonly documentTitle?: Located<string>
  readonly year: Located<number>
  /** The county's unit code (länskod) in the agreement's columns. */
  readonly county?: Located<string>
  readonly parties: DocumentRef
  readonly agreement?: DocumentRef
  readonly strategy?: DocumentRef
  /** Last year's allocation, for comparisons. */
  readonly previous?: DocumentRef
  readonly rounding: Located<RoundingPolicy>
  readonly decisionBody?: Located<string>
  /**
   * The sentence before the numbered decision items, as the memo words it
   * ("Genom ordförandebeslut ställer sig … bakom"); replaces
   * "<decisionBody> ställer sig bakom". Never with `decisionBody`.
   */
  readonly decisionLead?: Prose
  /** Decision items: after the sections' own, or in place of the sections they name. */
  readonly decisions: readonly DecisionItem[]
  readonly memo?: MemoLayout
  readonly summary?: Prose
  readonly background?: Prose
  readonly funds: readonly Fund[]
  readonly sections: readonly AllocationSection[]
  readonly signatories: readonly { readonly name: Located<string>; readonly role?: Located<string> }[]
}

// ---------------------------------------------------------------- Strategy

/** A goal or sub-goal of the national strategy. */
export interface StrategyGoal {
  readonly id: Located<string>
  readonly title: Located<string>
  readonly at: SourceRange
}

/** The national strategy: vision, mål and delmål. */
export interface StrategyDocument extends DocumentHeader {
  readonly kind: 'Strategy'
  readonly period?: { readonly from: Located<number>; readonly to: Located<number> }
  readonly adopted?: Located<string>
  readonly adoptedBy?: Located<string>
  readonly summary?: Prose
  readonly vision: Prose
  readonly goals: readonly StrategyGoal[]
  readonly subgoals: readonly StrategyGoal[]
}

// ---------------------------------------------------------------- ActionPlan

/** A titled list of short items (återblick, arbetet framåt). */
export interface ItemList {
  readonly title?: Located<string>
  readonly items: readonly Located<string>[]
}

/** A goal of a handlingsplan area. */
export interface ActionPlanGoal {
  readonly id: Located<string>
  readonly text: Prose
  readonly details: readonly Located<string>[]
  readonly subgoals: readonly Located<string>[]
  readonly indicators: readonly Located<string>[]
  readonly at: SourceRange
}

/** An area of the handlingsplan, linked to an agreement area. */
export interface ActionPlanArea {
  readonly id: Located<string>
  readonly title: Located<string>
  readonly agreementArea?: Located<string>
  readonly focus: readonly Located<string>[]
  readonly goals: readonly ActionPlanGoal[]
  readonly at: SourceRange
}

/** A county's yearly handlingsplan. */
export interface ActionPlanDocument extends DocumentHeader {
  readonly kind: 'ActionPlan'
  readonly year: Located<number>
  readonly county?: Located<string>
  readonly agreement?: DocumentRef
  readonly strategy?: DocumentRef
  /** The allocation whose sections serve the plan's areas and goals; the plan then counts each section under each. */
  readonly allocation?: DocumentRef
  readonly adoption?: { readonly body: Located<string>; readonly date?: Located<string> }
  readonly authors: readonly { readonly name: Located<string>; readonly organisation?: Located<string> }[]
  readonly background?: Prose
  readonly review?: ItemList
  readonly basis?: Prose
  readonly areas: readonly ActionPlanArea[]
  readonly workPlan?: ItemList
  readonly followUp?: {
    readonly responsible?: Located<string>
    readonly text?: Prose
    readonly when?: Located<string>
    readonly indicators: readonly Located<string>[]
  }
}

/** Any fördelningsspec document. */
export type SpecDocument =
  | AgreementDocument
  | AllocationDocument
  | PartiesDocument
  | DatasetDocument
  | StrategyDocument
  | ActionPlanDocument
