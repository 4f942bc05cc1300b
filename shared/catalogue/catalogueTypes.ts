import type { DocumentKind } from '../kinds/documentKinds';

/**
 * The template catalogue (templates/catalogue.json), after loadCatalogue has validated it.
 * See README.md beside this file for the format and the matching rules.
 */
export interface Catalogue {
  readonly version: 1;
  readonly linesOfBusiness: readonly LineOfBusiness[];
  readonly templates: readonly CatalogueTemplate[];
  readonly rules: readonly CatalogueRule[];
  /** The template of the one invoice every deal gets. */
  readonly invoiceTemplate: string;
  readonly mixing: MixingPolicy;
}

export interface LineOfBusiness {
  /** e.g. `bitrix24`, `websites`, `1c`. */
  readonly key: string;
  /** Russian name, e.g. «Битрикс24». */
  readonly title: string;
}

export interface CatalogueTemplate {
  /** Also the name of the template document in templates/, e.g. `contract.licence.bitrix24`. */
  readonly key: string;
  readonly kind: DocumentKind;
  /** Russian title; reasons quote it with a lower-case first letter. */
  readonly title: string;
  /** The line of business it belongs to; absent for templates all lines share. */
  readonly lineOfBusiness?: string;
  /** Appendix templates issued together with a new contract from this template, in order. */
  readonly appendices: readonly string[];
}

/**
 * How a rule recognises a Bitrix24 catalogue section (the section path joined with " / ").
 * Runs of spaces are collapsed and spaces around "/" normalised, so "1С/Внедрение" is
 * "1С / Внедрение".
 *  - exact: the section is this one — compared case-insensitively, ё as е, and with Latin
 *    look-alike letters read as Cyrillic ("1C" typed on a Latin layout is "1С");
 *  - prefix: the section is this one or lies beneath it ("1С / Внедрение / ЗУП"), compared
 *    the same way;
 *  - pattern: a JavaScript regular expression, tested case-insensitively (flags "iu") on the
 *    name as typed (spacing tidied, letters untouched).
 * When several rules match, exact wins over prefix, the longest prefix over shorter ones, and
 * prefixes over patterns; among patterns the first in the catalogue wins.
 */
export interface SectionMatch {
  readonly type: 'exact' | 'prefix' | 'pattern';
  readonly value: string;
}

export interface CatalogueRule {
  /** Stable id, for messages and tests. */
  readonly id: string;
  readonly match: SectionMatch;
  readonly lineOfBusiness: string;
  /** The service the rows are (licences, implementation, support, development…). */
  readonly service: string;
  /** Template (kind contract or framework_contract) of the new contract for these rows. */
  readonly contract: string;
  /**
   * Template (kind specification or appendix) issued instead of a new contract when the client
   * has an active framework contract for this line of business.
   */
  readonly underFramework?: string;
  /**
   * Template (kind supplementary_agreement) issued instead of a new contract when the client has
   * an active contract made from `contract` (e.g. more support hours under the running subscription).
   */
  readonly underActiveContract?: string;
}

export interface ForbiddenCombination {
  /** Two contract template keys whose rows may not come in one deal. */
  readonly templates: readonly [string, string];
  /** Russian, shown to the manager. */
  readonly reason: string;
}

export interface MixingPolicy {
  /**
   * May one deal hold products of several lines of business? Each line may be sold by its own
   * legal entity, and the deal gets one invoice, so the starter catalogue says no.
   */
  readonly allowSeveralLinesOfBusiness: boolean;
  readonly forbiddenCombinations: readonly ForbiddenCombination[];
}
