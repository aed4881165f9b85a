export declare const staticSecurityHeaders: readonly { key: string; value: string }[];
