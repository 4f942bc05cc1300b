/**
 * Google accounts compare case-insensitively, and addresses typed into the Settings sheet carry
 * stray spaces; every comparison of people in the domain core goes through here.
 */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function sameEmail(a: string, b: string): boolean {
  return normalizeEmail(a) === normalizeEmail(b);
}

export function includesEmail(list: readonly string[], email: string): boolean {
  return list.some((candidate) => sameEmail(candidate, email));
}
