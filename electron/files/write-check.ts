import type { Schema } from '../../shared/api/schema';
import { storeWriteErrors } from '../../shared/errors/store-write-errors';
import { CERTIFICATE_PEM_MAX } from '../../shared/profiles/profile-file';

/** Refuses a certificate PEM longer than the stores' readers accept. */
export function checkCertificateSize(pem: string | undefined): void {
  if (pem !== undefined && pem.length > CERTIFICATE_PEM_MAX) {
    throw storeWriteErrors.raise(
      'certificate-too-large',
      `This certificate is ${pem.length.toLocaleString('en-US')} characters long; SF JWT Studio stores ${CERTIFICATE_PEM_MAX.toLocaleString('en-US')} at most.`,
    );
  }
}

/** Parses what is about to be written with the schema its reader uses: a file that would not read back is never written. */
export function checkedForWrite<T>(schema: Schema<T>, value: T): T {
  try {
    return schema.parse(value);
  } catch {
    throw storeWriteErrors.raise('store-write-invalid');
  }
}
