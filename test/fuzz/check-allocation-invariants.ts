import { Decimal } from 'decimal.js'
import { Rational } from '../../packages/parser/src/index.js'
import type { AllocationEvaluation, LineEvaluation, WorkspaceEvaluation } from '../../packages/engine/src/index.js'

/** Throws with `message` unless `condition` holds. */
function demand(condition: boolean, message: () => string): void {
  if (!condition) throw new Error(message())
}

const sum = (values: readonly Decimal[]): Decimal => values.reduce((total, value) => total.plus(value), new Decimal(0))
const exactly = (value: Decimal): Rational => Rational.fromDecimalString(value.toFixed())

/** No line and no allotment ever holds a negative amount, whatever errors were found. */
export function checkNoNegativeAmounts(evaluation: AllocationEvaluation): void {
  const visit = (line: LineEvaluation): void => {
    demand(!line.amount.isNegative(), () => `line to ${line.line.to.value} has ${line.amount.toFixed()}`)
    line.children.forEach(visit)
  }
  for (const section of evaluation.sections) for (const step of section.steps) step.lines.forEach(visit)
  for (const allotment of evaluation.allotments) {
    demand(!allotment.amount.isNegative(), () => `${allotment.recipient} is allotted ${allotment.amount.toFixed()}`)
  }
}

/** What a split line's members did not receive (or received beyond it) under a non-exhaustive policy. */
function splitResidual(line: LineEvaluation): Decimal {
  const split = line.children.length === 0 && line.line.split !== undefined && line.members.length > 0
  return split ? line.amount.minus(sum(line.members.map((member) => member.amount))) : new Decimal(0)
}

/**
 * For an allocation evaluated without an error: every part adds up to its
 * whole, to the krona. Each fund's allotments, plus the kronor a rounding
 * policy left between shares and between a line's members, make its
 * amount; under largest-remainder nothing is left, and anything left
 * elsewhere is named by a `sum/rounding-residual` finding. Children add up
 * to their line, and each line's amount is what its form says (a share
 * within a krona of the exact fraction of what its step started with).
 */
export function checkPartsMakeWholes(evaluation: AllocationEvaluation): void {
  const policy = evaluation.allocation.rounding.value
  const residualFindings = new Set(
    evaluation.diagnostics.filter((d) => d.code === 'sum/rounding-residual').map((d) => `${d.span[0]}-${d.span[1]}`),
  )
  const lineResiduals = new Map<string, Decimal>()
  const visit = (line: LineEvaluation, base: Decimal): void => {
    checkLine(line, base)
    const residual = splitResidual(line)
    if (!residual.isZero()) {
      demand(
        policy !== 'largest-remainder',
        () => `line to ${line.line.to.value}: largest remainder left ${residual.toFixed()} between members`,
      )
      const at = line.line.split?.at.span ?? line.line.at.span
      demand(
        residualFindings.has(`${at[0]}-${at[1]}`),
        () => `line to ${line.line.to.value}: ${residual.toFixed()} left between members without a finding`,
      )
      lineResiduals.set(line.fund, (lineResiduals.get(line.fund) ?? new Decimal(0)).plus(residual))
    }
    for (const child of line.children) visit(child, line.amount)
  }
  for (const section of evaluation.sections) {
    const lines = section.steps.flatMap((step) => step.lines)
    demand(
      section.total.equals(sum(lines.map((l) => l.amount))),
      () => `section ${section.section.id.value}: total ≠ its lines`,
    )
    for (const step of section.steps) {
      for (const line of step.lines) visit(line, Decimal.max(step.available.get(line.fund) ?? new Decimal(0), 0))
    }
  }
  for (const fund of evaluation.funds) {
    const id = fund.fund.id.value
    demand(fund.amount !== undefined, () => `fund ${id} has no amount`)
    const allotted = sum(evaluation.allotments.filter((a) => a.fund === id).map((a) => a.amount))
    const left = fund.roundingResidual.plus(lineResiduals.get(id) ?? 0)
    demand(
      allotted.plus(left).equals(fund.amount!),
      () =>
        `fund ${id}: ${allotted.toFixed()} allotted + ${left.toFixed()} left by rounding ≠ ${fund.amount!.toFixed()}`,
    )
    if (policy === 'largest-remainder')
      demand(left.isZero(), () => `fund ${id}: largest remainder left ${left.toFixed()}`)
  }
  demand(
    evaluation.total.equals(sum(evaluation.funds.map((f) => f.amount ?? new Decimal(0)))),
    () => 'the total is not the sum of the funds',
  )
  for (const [id, members] of allGroups(evaluation)) {
    demand(
      evaluation.totalFor(id).equals(sum(members.map((member) => evaluation.totalFor(member)))),
      () => `group ${id}: total ≠ its members`,
    )
  }
}

function checkLine(line: LineEvaluation, base: Decimal): void {
  const q = line.line.quantity
  const where = () => `line to ${line.line.to.value} (${q.type}) of ${line.amount.toFixed()} from ${base.toFixed()}`
  if (q.type === 'amount') demand(line.amount.equals(q.amount.value), where)
  if (q.type === 'each' && line.children.length === 0)
    demand(line.amount.equals(q.each.value.times(line.members.length)), where)
  if (q.type === 'share') {
    const difference = exactly(line.amount).sub(exactly(base).mul(q.share.value))
    demand(difference.compare(Rational.ONE) < 0 && difference.compare(Rational.of(-1)) > 0, where)
  }
  if (line.children.length > 0)
    demand(line.amount.equals(sum(line.children.map((child) => child.amount))), () => `${where()}: children ≠ line`)
}

function allGroups(evaluation: AllocationEvaluation): [string, string[]][] {
  return (evaluation.parties?.groups ?? []).map((group) => [
    group.id.value,
    group.members.map((member) => member.id.value),
  ])
}

/** Everything an evaluation says, as text, to compare two runs byte for byte. */
export function describeEvaluation(evaluation: WorkspaceEvaluation): string {
  const diagnostics = evaluation.diagnostics.map(
    (d) => `${d.severity} ${d.code} ${d.file} ${d.span.join('-')} ${d.message.en}`,
  )
  const allocations = [...evaluation.allocations.values()].map((a) => [
    ...a.funds.map(
      (f) =>
        `fund ${f.fund.id.value} ${f.amount?.toFixed()} spent ${f.spent.toFixed()} left over ${f.roundingResidual.toFixed()}`,
    ),
    ...a.allotments.map(
      (x) => `${x.section} ${x.fund} ${x.group ?? '-'} ${x.recipient} ${x.amount.toFixed()} ${x.derivation.length}`,
    ),
  ])
  return JSON.stringify({ diagnostics, allocations })
}
