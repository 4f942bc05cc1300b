// The contract card as a person sees it: the Workspace emulator serves Sidebar.html with its
// google.script.run shim; every call is a real execution of the built bundle as that person.
import type { Page } from 'playwright-core';
import type { E2eStack } from './e2eStack';

export async function openSidebar(page: Page, e2e: E2eStack, user: string, containerId: string): Promise<void> {
  const url = new URL(`_workspace/ui/Sidebar?user=${encodeURIComponent(user)}&container=${encodeURIComponent(containerId)}`, e2e.workspaceBase);
  const response = await page.goto(url.toString());
  if (response?.status() !== 200) throw new Error(`The sidebar page answered ${response?.status() ?? 'nothing'}: ${await page.innerText('body')}`);
  await settled(page);
  if (await page.locator('#error').count()) throw new Error(`The card for ${user} shows an error: ${await page.textContent('#error')}`);
}

/** Waits for the page to finish its server call (the progress indicator goes away). */
export async function settled(page: Page, timeoutMs = 120_000): Promise<void> {
  await page.waitForFunction(() => document.body.getAttribute('aria-busy') === 'false', undefined, { timeout: timeoutMs });
}

/** Clicks an action button and waits for its outcome; an error shown by the card fails the step. */
export async function runAction(page: Page, buttonSelector: string): Promise<string> {
  await page.click(buttonSelector);
  await page.waitForSelector('#notice, #error', { timeout: 120_000 });
  await settled(page);
  if (await page.locator('#error').count()) throw new Error(`«${buttonSelector}» ended with the card's error: ${await page.textContent('#error')}`);
  return (await page.textContent('#notice')) ?? '';
}

export async function cardStatus(page: Page): Promise<string> {
  return (await page.textContent('[data-status]')) ?? '';
}

/** The approval route as the card lists it: roles in order with their step state. */
export async function cardRoute(page: Page): Promise<{ role: string; state: string }[]> {
  return page.locator('#route li[data-role]').evaluateAll((items) =>
    items.map((item) => ({ role: item.getAttribute('data-role') ?? '', state: item.className })),
  );
}
