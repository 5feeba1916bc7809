// What a post body may not carry: the renderer drops it and the check tells the author.

/** Elements that load and run another document inside the page: refused in a post body. */
export const UNSAFE_ELEMENTS: ReadonlySet<string> = new Set(['object', 'embed']);

/** Whether an attribute can run script or carry a whole page: srcdoc, onclick, onerror, … */
export const isUnsafeAttribute = (key: string): boolean =>
  key.toLowerCase() === 'srcdoc' || /^on[a-z]/i.test(key);
