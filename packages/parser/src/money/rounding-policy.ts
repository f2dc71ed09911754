/** How a division is turned into whole kronor. */
export type RoundingPolicy = 'largest-remainder' | 'half-up' | 'floor'
