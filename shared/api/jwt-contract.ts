export const jwtContract = {};
