// Builds valid 18-digit ID numbers for tests (GB 11643 check character).
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
export function validIdNumber(first17) {
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * WEIGHTS[i], 0)
  return first17 + '10X98765432'[sum % 11]
}
