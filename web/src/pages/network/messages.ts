/** Messages of the network pages: Bahasa Indonesia first; English must have every key (the typecheck says so). */
export const id = {} as const;

export const en: Record<keyof typeof id, string> = {};
