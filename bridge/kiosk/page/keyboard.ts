import { createWedgeDetector } from '../../devices/wedge/wedgeDetector';

/**
 * Listens to the whole page for a keyboard-wedge scanner: fast keystrokes ending with Enter are
 * a scan (the device layer's detector decides), human typing is not. Keys of a burst are kept
 * from reaching buttons, so the scanner's Enter cannot press the button that has focus.
 * Typing into the manual-entry field is left alone.
 */
export function listenForWedgeScans(onScan: (code: string) => void, isManualField: (target: EventTarget | null) => boolean): void {
  const detector = createWedgeDetector();
  document.addEventListener(
    'keydown',
    (event) => {
      if (isManualField(event.target)) return;
      if (event.ctrlKey || event.altKey || event.metaKey) return;
      const verdict = detector.push({
        code: event.code,
        key: event.key,
        shiftKey: event.shiftKey,
        capsLock: event.getModifierState('CapsLock'),
        at: event.timeStamp,
      });
      if (verdict.kind === 'scan') {
        event.preventDefault();
        onScan(verdict.code);
      } else if (verdict.kind === 'pending' || (verdict.kind === 'typing' && event.key === 'Enter')) {
        event.preventDefault();
      }
    },
    { capture: true },
  );
}
