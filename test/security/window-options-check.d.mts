export declare const REQUIRED_WEB_PREFERENCES: Record<string, boolean>;
export declare function checkWindowOptions(sourceText: string, fileName?: string): string[];
