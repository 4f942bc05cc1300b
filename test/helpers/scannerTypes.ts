import type { Page } from 'playwright-core';

/**
 * Types `text` and Enter the way a keyboard-wedge scanner does: keydown events a fraction of a
 * millisecond apart, dispatched inside the page. (Playwright's keyboard goes through the
 * DevTools protocol one key per round trip, and on a busy test machine the gaps can exceed what a
 * scanner ever leaves, which would make a test depend on machine load.)
 */
export async function scannerTypes(page: Page, text: string): Promise<void> {
  await page.evaluate((code) => {
    const keyCode = (character: string): string => (/[0-9]/.test(character) ? `Digit${character}` : `Key${character.toUpperCase()}`);
    for (const character of code) {
      const upper = /[A-Z]/.test(character);
      document.dispatchEvent(new KeyboardEvent('keydown', { key: character, code: keyCode(character), shiftKey: upper, bubbles: true, cancelable: true }));
    }
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true }));
  }, text);
}
