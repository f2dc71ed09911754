export type { AgreementEvaluation, CellEvaluation, UnitAmount } from './agreement-evaluation.js'
export { evaluateAgreement } from './evaluate-agreement.js'
export { listUnits } from './list-units.js'
