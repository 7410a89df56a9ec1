import { useEffect, useState } from 'react';
import { type SignatureCheck, verifyJwtSignature } from '../../../shared/jwt/verify';

/**
 * Verifies in the page with WebCrypto (jose's importers), so the pasted token is never sent anywhere; the
 * latest token/key pair wins when the user types faster than verification runs.
 */
export function useSignatureCheck(token: string, keyText: string | undefined): SignatureCheck | undefined {
  const [result, setResult] = useState<SignatureCheck | undefined>(undefined);
  useEffect(() => {
    let current = true;
    void verifyJwtSignature(token, keyText).then((check) => {
      if (current) setResult(check);
    });
    return () => {
      current = false;
    };
  }, [token, keyText]);
  return result;
}
