import { Decimal } from 'decimal.js'

/** Division whose quotient has no finite decimal form is rounded at 40 significant digits. */
const Decimal40 = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_EVEN })

const DECIMAL_STRING = /^([-+]?)(\d+)(?:\.(\d+))?$/

/**
 * An exact fraction of two bigints, always in lowest terms with a positive
 * denominator, so equal values have equal `num` and `den`. Shares and weights
 * are Rationals because decimal.js division rounds: 1/3 + 1/3 + 1/3 is
 * exactly 1 here.
 */
export class Rational {
  static readonly ZERO = new Rational(0n, 1n)
  static readonly ONE = new Rational(1n, 1n)

  private constructor(
    /** Numerator; carries the sign. */
    readonly num: bigint,
    /** Denominator; always > 0. */
    readonly den: bigint,
  ) {}

  /**
   * The fraction `num/den` in lowest terms. Numbers must be safe integers.
   * @throws RangeError for a zero denominator or a non-integer (programmer misuse).
   */
  static of(num: bigint | number, den: bigint | number = 1n): Rational {
    return Rational.normalise(toBigInt(num), toBigInt(den))
  }

  /** The exact value of a finite decimal.js Decimal (its toFixed never uses exponent notation). */
  static fromDecimal(value: Decimal): Rational {
    return Rational.fromDecimalString(value.toFixed())
  }

  /**
   * The exact value of a plain decimal such as `0.25`, `-3` or `12.5`.
   * @throws RangeError when `text` is not of that form (callers validate user text first).
   */
  static fromDecimalString(text: string): Rational {
    const match = DECIMAL_STRING.exec(text)
    if (!match) throw new RangeError(`Rational.fromDecimalString: "${text}" is not a plain decimal`)
    const [, sign = '', whole = '', fraction = ''] = match
    return Rational.normalise(BigInt(`${sign}${whole}${fraction}`), 10n ** BigInt(fraction.length))
  }

  /** The exact sum of `values` (0 for none). */
  static sum(values: Iterable<Rational>): Rational {
    let total = Rational.ZERO
    for (const value of values) total = total.add(value)
    return total
  }

  add(other: Rational): Rational {
    if (this.den === other.den) return Rational.normalise(this.num + other.num, this.den)
    return Rational.normalise(this.num * other.den + other.num * this.den, this.den * other.den)
  }

  sub(other: Rational): Rational {
    if (this.den === other.den) return Rational.normalise(this.num - other.num, this.den)
    return Rational.normalise(this.num * other.den - other.num * this.den, this.den * other.den)
  }

  mul(other: Rational): Rational {
    return Rational.normalise(this.num * other.num, this.den * other.den)
  }

  /** @throws RangeError when `other` is zero. */
  div(other: Rational): Rational {
    if (other.num === 0n) throw new RangeError('Rational.div: division by zero')
    return Rational.normalise(this.num * other.den, this.den * other.num)
  }

  /** Builds the instance in lowest terms; the only way in, so every Rational is normalised. */
  private static normalise(num: bigint, den: bigint): Rational {
    if (den === 0n) throw new RangeError('Rational: zero denominator')
    if (den < 0n) {
      num = -num
      den = -den
    }
    const divisor = gcd(num < 0n ? -num : num, den)
    return divisor === 1n ? new Rational(num, den) : new Rational(num / divisor, den / divisor)
  }

  /** -1, 0 or 1 as this is less than, equal to or greater than `other`. */
  compare(other: Rational): -1 | 0 | 1 {
    const left = this.num * other.den
    const right = other.num * this.den
    return left < right ? -1 : left > right ? 1 : 0
  }

  equals(other: Rational): boolean {
    return this.num === other.num && this.den === other.den
  }

  isZero(): boolean {
    return this.num === 0n
  }

  isNegative(): boolean {
    return this.num < 0n
  }

  /** The greatest integer not above this value (towards −∞, unlike bigint division). */
  floor(): bigint {
    const quotient = this.num / this.den
    return this.num < 0n && quotient * this.den !== this.num ? quotient - 1n : quotient
  }

  /**
   * This value as a Decimal: exact when the denominator has no prime factors
   * but 2 and 5 (1/8 → 0.125), otherwise rounded half-even at 40 significant digits.
   */
  toDecimal(): Decimal {
    const places = decimalPlaces(this.den)
    if (places === undefined) {
      return new Decimal(new Decimal40(this.num.toString()).div(this.den.toString()))
    }
    const scaled = (this.num * 10n ** places) / this.den
    return new Decimal(`${scaled}e-${places}`)
  }

  /** `"1/3"`, `"-5/2"`, or `"5"` for a whole number. */
  toString(): string {
    return this.den === 1n ? this.num.toString() : `${this.num}/${this.den}`
  }
}

function toBigInt(value: bigint | number): bigint {
  if (typeof value === 'bigint') return value
  if (!Number.isSafeInteger(value)) throw new RangeError(`Rational.of: ${value} is not a safe integer`)
  return BigInt(value)
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) {
    const rest = a % b
    a = b
    b = rest
  }
  return a
}

/** How many decimal places 1/den needs, or undefined when its decimal form does not end. */
function decimalPlaces(den: bigint): bigint | undefined {
  let twos = 0n
  let fives = 0n
  while (den % 2n === 0n) {
    den /= 2n
    twos++
  }
  while (den % 5n === 0n) {
    den /= 5n
    fives++
  }
  if (den !== 1n) return undefined
  return twos > fives ? twos : fives
}
