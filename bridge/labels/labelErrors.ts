/** Why a label could not be drawn or encoded; the Failure's `detail` says it in Russian. */
export type LabelError =
  | 'label_invalid_size'
  | 'label_invalid_input'
  /** The address does not fit even at the smallest legible type size. */
  | 'label_text_does_not_fit'
  | 'label_barcode_failed'
  /** The bundled font could not be loaded. */
  | 'label_font_unavailable';

export type LabelEncodeError =
  | 'label_invalid_bitmap'
  /** The label is larger than the printer language can carry in one graphic. */
  | 'label_too_large_for_format'
  | 'label_invalid_options'
  | 'label_pdf_failed';
