export const profilesContract = {};
