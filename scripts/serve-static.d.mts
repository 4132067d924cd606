export declare function serveStatic(
  root: string,
  options?: { headers?: (path: string) => Record<string, string> },
): Promise<{ url: string; close: () => Promise<void> }>;
