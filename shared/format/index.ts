// Russian formatting for documents: amounts in words, number format, VAT lines, dates,
// names with initials, the signatory clause and postal addresses. Pure TypeScript for
// both runtimes; every function that reads outside data returns a Result.

export { NBSP, NARROW_NBSP, collapseSpaces } from './text/spaces';
export { capitalizeFirst } from './text/letterCase';

export { CURRENCIES, parseCurrencyCode } from './money/currency';
export type { CurrencyCode, CurrencyError, CurrencyWords, GrammaticalGender } from './money/currency';
export { pluralForm } from './money/pluralForm';
export type { PluralForms } from './money/pluralForm';
export { integerToWords, MAX_SPELLED_INTEGER } from './money/integerToWords';
export { parseAmount, MAX_AMOUNT_MINOR } from './money/parseAmount';
export type { AmountError, AmountInput, MinorUnits } from './money/parseAmount';
export { formatAmount, formatMinorUnits } from './money/formatAmount';
export type { AmountFormatOptions } from './money/formatAmount';
export { amountInWords, minorUnitsToWords } from './money/amountInWords';
export type { AmountWordsOptions } from './money/amountInWords';
export { contractAmount } from './money/contractAmount';
export type { ContractAmountOptions } from './money/contractAmount';

export { VAT_RATES, parseVatRate } from './vat/vatRate';
export type { VatRate, VatRateError } from './vat/vatRate';
export { vatBreakdown, vatIncludedIn, vatOnTopOf } from './vat/vatBreakdown';
export type { VatBreakdown, VatBreakdownInput } from './vat/vatBreakdown';
export { vatLine } from './vat/vatLine';
export type { VatLineInput } from './vat/vatLine';

export { parseCalendarDate } from './date/calendarDate';
export type { CalendarDate, DateError, DateInput, DateParseOptions } from './date/calendarDate';
export { formatDateLong, formatDateShort } from './date/formatDate';
export type { LongDateOptions } from './date/formatDate';

export { parsePersonName } from './names/personName';
export type { NameError, PersonName, PersonNameInput } from './names/personName';
export { formatInitialsSurname, formatSurnameInitials } from './names/initials';
export type { InitialsOptions } from './names/initials';
export { detectGender } from './names/gender';
export type { PersonGender } from './names/gender';
export { genitiveName } from './names/genitiveName';
export type { GenitiveName } from './names/genitiveName';

export { positionGenitive } from './signatory/positionGenitive';
export { basisGenitive, isValidOgrnip } from './signatory/signatoryBasis';
export type { SignatoryBasis, SignatoryBasisError, SignerKind } from './signatory/signatoryBasis';
export { signatoryClause } from './signatory/signatoryClause';
export type { SignatoryClause, SignatoryError, SignatoryInput, SignatoryWarning } from './signatory/signatoryClause';

export { countryDisplayName, effectiveCountryCode, normalizePostalAddress, resolveCountryCode } from './address/postalAddress';
export type { PostalAddress } from './address/postalAddress';
export { postalAddressLine, postalAddressLines } from './address/formatPostalAddress';
export type { OneLineOptions, PostalFormatOptions } from './address/formatPostalAddress';
export { checkPostalAddress, postalAddressProblems } from './address/checkPostalAddress';
export type { AddressCheckOptions, AddressError, AddressProblem, AddressProblemCode } from './address/checkPostalAddress';
export { postalAddressFromBitrix, splitStreetAndHouse } from './address/postalAddressFromBitrix';
export type { BitrixRequisiteAddress } from './address/postalAddressFromBitrix';
