/** The app's areas by id; `areas.ts` pairs each with its page. Kept apart so pages can navigate without importing each other. */
export type AreaId = 'setup' | 'keys' | 'builder' | 'inspector' | 'exchange' | 'profiles';
