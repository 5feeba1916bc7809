/** The content folder CONTENT_DIR names (relative to the project), after checking it exists. */
export function contentDirFrom(value?: string): string;
/** The content folder of this process: content/ unless CONTENT_DIR names another. */
export const CONTENT_DIR: string;
