export const exchangeContract = {};
