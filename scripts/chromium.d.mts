import type { Browser } from 'playwright-core';
export declare const CHROME_ARGS: string[];
export declare function launchChromium(): Promise<Browser>;
