import { ok, type Result } from '../../shared/result';
import { measureLabelText } from './canvasText';
import { drawLabel } from './drawLabel';
import type { LabelBitmap } from './labelBitmap';
import type { LabelError } from './labelErrors';
import { ensureLabelFont } from './labelFont';
import { checkLabelInput, type LabelInput } from './labelInput';
import { checkLabelSize, type LabelSize } from './labelSize';
import { planLabel } from './planLabel';

/**
 * The address label as a 1-bit bitmap at the printer's resolution. This bitmap is the label:
 * every printer language sends it as a graphic (ZPL ^GF, TSPL BITMAP, ESC/POS raster, PDF
 * image) and the kiosk previews its PNG, so what the operator sees is what printed.
 */
export function renderLabel(input: LabelInput, size: LabelSize): Result<LabelBitmap, LabelError> {
  const checkedSize = checkLabelSize(size);
  if (checkedSize.status === 'error') return checkedSize;
  const checkedInput = checkLabelInput(input);
  if (checkedInput.status === 'error') return checkedInput;
  const font = ensureLabelFont();
  if (font.status === 'error') return font;
  const plan = planLabel(checkedInput.response, checkedSize.response, measureLabelText);
  if (plan.status === 'error') return plan;
  return ok({ ...drawLabel(plan.response), size: checkedSize.response });
}
