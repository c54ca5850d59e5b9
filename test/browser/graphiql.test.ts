import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo, type RunningDemo } from '../../src/demo.js';

/**
 * GraphiQL in a real headless Chromium (Debian's; `.ci/run` installs it): the page renders from the
 * gateway alone, with no request leaving loopback, and runs the prefilled query with the read token.
 */
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM) || process.env['CI'] === 'true';
if (!available) console.warn(`browser tests not run: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);

describe.runIf(available)('GraphiQL in a browser', () => {
  let demo: RunningDemo;
  let browser: Browser;
  beforeAll(async () => {
    demo = await startDemo({ PORT: '0', DESKGRAPH_DEMO_TOKEN: 'browser-read-token-0123456789' });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('renders offline and runs the prefilled query with the read token', async () => {
    const page = await browser.newPage();
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(demo.url) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
    });
    await page.goto(`${demo.url}/graphql`);
    await page.locator('.graphiql-execute-button').click({ timeout: 20_000 });
    const result = page.locator('.result-window');
    await expect.poll(async () => (await result.textContent()) ?? '', { timeout: 20_000 }).toContain('requester');
    const text = (await result.textContent()) ?? '';
    expect(text).toContain('"subject"');
    expect(text).not.toContain('UNAUTHENTICATED');
    // Left for a person to look at when the assertion above is not enough.
    await page.screenshot({ path: join(tmpdir(), 'deskgraph-graphiql.png') });
    expect(foreign).toEqual([]);
  }, 60_000);
});
