/** Why a barcode could not be made; `detail` of the Failure says it in Russian. */
export type BarcodeError =
  | 'barcode_empty_payload'
  | 'barcode_payload_too_long'
  | 'barcode_unsupported_character'
  | 'barcode_invalid_options'
  | 'barcode_render_failed';
