import { Decimal } from 'decimal.js'

/**
 * Significant digits decimal.js keeps in every result. Its default, 20,
 * silently rounded sums past 10^20 kr (101 funds of 10^18 − 1 kr summed to
 * …900 instead of …899). Amounts are at most 10^15 kr (`maxAmount`), so a
 * sum or product of them needs 16 digits plus one per factor of ten in how
 * many there are: 64 digits hold any workspace that fits in memory, exactly.
 * Division of kronor never goes through Decimal (see `Rational`), so the
 * precision costs nothing in the common case.
 */
export const KRONOR_PRECISION = 64

// decimal.js keeps its configuration on the one shared constructor: every
// `new Decimal` in fordela, in any package, computes with these settings.
Decimal.set({ precision: KRONOR_PRECISION })
