/** Why an image cannot be encoded; `detail` of the Failure says it in Russian. */
export type ImageError = 'image_invalid_size' | 'image_too_large' | 'image_data_length_mismatch' | 'image_invalid_pixel';
