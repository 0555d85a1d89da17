export declare const DEFAULT_PORT: number;
export declare function portFrom(env: Record<string, string | undefined>): number;
export declare function isPortFree(port: number, host?: string): Promise<boolean>;
