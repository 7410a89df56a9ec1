import { ecaApiNameProblem, ecaMetadataFiles } from '../../shared/eca-metadata/eca-metadata';
import { storeZip } from '../../shared/eca-metadata/store-zip';
import { setupErrors } from '../../shared/errors/setup-errors';
import { keyErrors } from '../../shared/keys/key-errors';
import type { OutgoingFile } from '../host/file-delivery';
import type { KeyVault } from '../keys/key-vault';

/** The External Client App's metadata folder as a zip, carrying the certificate of the key in use. */
export function ecaMetadataFile(
  keyVault: KeyVault,
  input: { apiName: string; label: string; contactEmail: string },
): OutgoingFile {
  const problem = ecaApiNameProblem(input.apiName);
  if (problem) throw setupErrors.raise('invalid-api-name', `"${input.apiName}" cannot be the app's API name: ${problem}`);
  const key = keyVault.require();
  const certificatePem = key.certificatePem ?? key.summary.certificate?.pem;
  if (!certificatePem) {
    throw keyErrors.raise('no-certificate', 'The key in use has no certificate to put in the app.');
  }
  return {
    name: `${input.apiName}-external-client-app.zip`,
    bytes: storeZip(ecaMetadataFiles({ ...input, certificatePem })),
    mime: 'application/zip',
    secret: false,
  };
}
