/**
 * Masking for public lists (公示) and any response whose reader does not need the full number
 * (policy.md "Paying money"): 6210**********123X keeps the first 4 and last 4 characters.
 */
export function maskResidentId(id: string): string {
  return keepEnds(id);
}

/**
 * A bank (social-security card) account number, masked the same way: 6217**********1234. Responses
 * and public lists carry only this; the full number goes to the bank roster and nowhere else.
 */
export function maskBankAccount(account: string): string {
  return keepEnds(account.replace(/\s/g, ''));
}

function keepEnds(value: string): string {
  if (value.length <= 8) return '*'.repeat(value.length);
  return value.slice(0, 4) + '*'.repeat(value.length - 8) + value.slice(-4);
}

/**
 * Keeps the first character and, for names of three or more characters, the last one; everything in
 * between becomes '*': 张三丰 → 张*丰, 张三 → 张*, 欧阳娜娜 → 欧**娜. Counts code points, so a name with
 * a rare character outside the BMP is not cut in half.
 */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length <= 1) return chars.join('');
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}
