// Check digits of Russian and Belarusian registration numbers, to prove the demo data realistic.
// ИНН of an organisation (10 digits): weights 2,4,10,3,5,9,4,6,8; check = sum mod 11 mod 10.
// ОГРН (13 digits): check = (first 12 digits as a number) mod 11 mod 10.
// УНП (Belarus, 9 digits): weights 29,23,19,17,13,7,5,3; check = sum mod 11 (10 is invalid).
// Settlement account (20 digits) with БИК: weights 7,1,3 over the last 3 БИК digits + account, sum
// mod 10 = 0 (Bank of Russia rules for the control key); a correspondent account uses "0" + БИК
// digits 5–6 instead. IBAN: ISO 13616 mod 97 = 1.

const digits = (text: string): number[] => [...text].map(Number);

export function isValidInn10(inn: string): boolean {
  if (!/^\d{10}$/.test(inn)) return false;
  const d = digits(inn);
  const sum = [2, 4, 10, 3, 5, 9, 4, 6, 8].reduce((acc, w, i) => acc + w * (d[i] ?? 0), 0);
  return (sum % 11) % 10 === d[9];
}

export function isValidOgrn(ogrn: string): boolean {
  if (!/^\d{13}$/.test(ogrn)) return false;
  return Number(BigInt(ogrn.slice(0, 12)) % 11n) % 10 === Number(ogrn[12]);
}

export function isValidUnp(unp: string): boolean {
  if (!/^\d{9}$/.test(unp)) return false;
  const d = digits(unp);
  const sum = [29, 23, 19, 17, 13, 7, 5, 3].reduce((acc, w, i) => acc + w * (d[i] ?? 0), 0) % 11;
  return sum !== 10 && sum === d[8];
}

function keyed(prefix: string, account: string): boolean {
  const all = digits(prefix + account);
  return all.reduce((acc, d, i) => acc + d * ([7, 1, 3][i % 3] ?? 0), 0) % 10 === 0;
}

export function isValidSettlementAccount(bik: string, account: string): boolean {
  return /^\d{9}$/.test(bik) && /^\d{20}$/.test(account) && keyed(bik.slice(-3), account);
}

export function isValidCorrespondentAccount(bik: string, account: string): boolean {
  return /^\d{9}$/.test(bik) && /^\d{20}$/.test(account) && keyed(`0${bik.slice(4, 6)}`, account);
}

export function isValidIban(iban: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  const numeric = [...rearranged].map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join('');
  return BigInt(numeric) % 97n === 1n;
}
