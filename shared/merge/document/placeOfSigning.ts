import { collapseSpaces } from '../../format';

/** Locality abbreviations a place may already start with: "г. Минск", "пос. Ильинский", "пгт Яблоновский". */
const LOCALITY_PREFIX = /^(?:г|гор|пос|п|с|д|рп|пгт|ст|ст-ца|аул|х|село|деревня|город|посёлок|поселок)\.?\s/i;

/**
 * The place of signing as a contract header prints it: "г. Москва". The Settings value wins
 * over our legal address's city; a bare city name gets "г.", one that names its kind of
 * locality is kept as written. Empty when neither is known.
 */
export function placeOfSigning(setting: string | undefined, legalCity: string): string {
  const place = collapseSpaces(setting ?? '') || collapseSpaces(legalCity);
  if (place === '') return '';
  return LOCALITY_PREFIX.test(place) ? place : `г. ${place}`;
}
