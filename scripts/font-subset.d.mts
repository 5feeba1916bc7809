export declare const SUBSET_FILE: string;
export declare const WEIGHTS: { min: number; max: number };
export function latinCharacters(): string;
export function subsetInter(): Promise<Buffer>;
