export const keysContract = {};
