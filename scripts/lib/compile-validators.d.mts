export const SUPPORTED_KEYWORDS: string[];
export function compileValidators(roots: Array<{ name: string; schema: unknown; doc: string }>): string;
