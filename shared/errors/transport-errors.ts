import { errorTable } from './error-table';

/** The coded errors of setting up the exchange's network path (the extra CA file). */
export const transportErrors = errorTable({
  'ca-file-unreadable': {
    message: 'The CA file cannot be read as PEM certificates.',
    hint: 'Give --ca-file the path of a PEM file (-----BEGIN CERTIFICATE-----) holding your proxy or inspection root certificate; ask IT for it, or convert a DER .cer with `openssl x509 -inform der -in ca.cer -out ca.pem`.',
  },
});
