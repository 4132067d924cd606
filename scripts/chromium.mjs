// Launches Debian's Chromium with playwright-core (no browser download).
import { chromium } from 'playwright-core';

export const CHROME_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--no-first-run', '--disable-sync', '--disable-dev-shm-usage',
];

export function launchChromium() {
  return chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROME_ARGS });
}
