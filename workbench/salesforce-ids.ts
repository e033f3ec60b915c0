// Salesforce record Ids for the workbench's fake org: well-formed 18-character Ids with a correct
// case-safe suffix, so anything that validates Ids strictly accepts them.

const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const SALESFORCE_ID = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;

/** The three characters Salesforce appends to a 15-character Id: one bit per upper-case letter. */
export function caseSafeSuffix(id15: string): string {
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const char = id15[chunk * 5 + i];
      if (char >= 'A' && char <= 'Z') bits |= 1 << i;
    }
    suffix += SUFFIX_ALPHABET[bits];
  }
  return suffix;
}

/** An 18-character Id with the given 3-character key prefix and a sequence number. */
export function makeId(keyPrefix: string, sequence: number): string {
  let digits = '';
  for (let rest = sequence; digits.length < 9; rest = Math.floor(rest / 62))
    digits = BASE62[rest % 62] + digits;
  const id15 = `${keyPrefix}5g0${digits}`;
  return id15 + caseSafeSuffix(id15);
}

/**
 * What DynamoRequestValidator.toId accepts: 15 or 18 characters, an 18-character Id only with its correct
 * case-safe suffix (Id.valueOf rejects others), and a key prefix of some object (here: any but 000).
 */
export function isSalesforceId(value: string): boolean {
  if (!SALESFORCE_ID.test(value) || value.startsWith('000')) return false;
  return value.length === 15 || value.slice(15) === caseSafeSuffix(value.slice(0, 15));
}
