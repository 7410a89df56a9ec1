import { expect, findSecrets, registerSecret, test } from './fixtures';

// The guard itself must be able to fail: it finds each kind of secret in a log line.
test('the log guard recognises private keys, access tokens and typed passwords', async ({ page }) => {
  await expect(page.getByTestId('host-kind')).toBeVisible();
  expect(findSecrets('-----BEGIN PRIVATE KEY-----\nMIIE')).toEqual(['a PEM private key']);
  expect(findSecrets('-----BEGIN RSA PRIVATE KEY-----')).toEqual(['a PEM private key']);
  expect(findSecrets('token 00D5g000001AbCd!AR8AQJ9kqPzF0uZp1yTq7X0zMKb.wsQ')).toEqual(['an access token']);
  const password = registerSecret('guard-probe-Pa55word');
  expect(findSecrets(`login with ${password}`)).toEqual(['the password "gu…"']);
  expect(findSecrets('-----BEGIN CERTIFICATE----- 00D is an org prefix')).toEqual([]);
  expect(findSecrets('refresh 5Aep861TSESvWeug_xvFHRBTTbf_YrTWgEyjBJ.q8w7eDifferent')).toEqual(['a refresh token']);
  expect(findSecrets('Authorization: Bearer abcdefghijklmnopqrstuvwxyz012345')).toEqual(['an Authorization value']);
  expect(findSecrets('Authorization: Bearer 00D5…cdef (70 characters, hidden)')).toEqual([]);
});
