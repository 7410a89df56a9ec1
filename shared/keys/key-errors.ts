import { errorTable } from '../errors/error-table';

/**
 * What reading, making and pairing keys and certificates can go wrong with, worded once for the Keys page, the
 * profiles, the exchange and the CLI. A call site gives a more specific message with the file or value in play.
 */
export const keyErrors = errorTable({
  'no-key': {
    message: 'No private key is loaded yet.',
    hint: 'Generate a key and certificate (or import yours) on the Keys & certificate page, or open a saved profile.',
  },
  'no-private-key': {
    message: 'There is no private key here, only certificates.',
    hint: 'Load the private key on the Keys & certificate page (the .key file, or a keystore exported with its private key entry); without it, a profile can only be exported without the private key.',
  },
  'no-certificate': {
    message: 'The key in use has no certificate yet.',
    hint: 'Create the self-signed certificate for it on the Keys & certificate page (or import its certificate), then try again.',
  },
  'certificate-needs-key': {
    message: 'This file holds a certificate only, and no private key is loaded to pair it with.',
    hint: 'Import the private key first (.key, .pem, .p12 or .jks), then this certificate; or import a keystore holding both.',
  },
  'key-certificate-mismatch': {
    message: 'The private key does not pair with the certificate.',
    hint: 'Salesforce would answer invalid assertion. Use the certificate made from this key (compare openssl x509 -noout -modulus with openssl rsa -noout -modulus), or create a new certificate for this key (Keys & certificate page → Create certificate for the loaded key).',
  },
  'not-rsa': {
    message: 'This is not an RSA key. Salesforce needs an RSA key.',
    hint: 'Salesforce needs an RSA key (2048 bits or more) for RS256: generate one and its certificate on the Keys & certificate page → Generate, or with sf-jwt-studio keys new.',
  },
  'key-too-small': {
    message: 'This RSA key is too small for Salesforce.',
    hint: 'Generate a new 2048-bit (or larger) key (Keys & certificate page, or sf-jwt-studio keys new) and upload its certificate to the app in Salesforce.',
  },
  'key-encrypted': {
    message: 'This private key file is encrypted.',
    hint: '{command} reads an unencrypted key: write one with openssl pkey -in {file} -out server.key (it asks for the passphrase) and keep it private.',
  },
  'not-a-private-key': {
    message: 'This is not a readable private key.',
    hint: 'Use the PEM private key (BEGIN PRIVATE KEY or BEGIN RSA PRIVATE KEY) that pairs with the certificate in Salesforce.',
  },
  'wrong-password-or-not-a-key': {
    message: 'This is not a readable private key with that passphrase.',
    hint: 'Use the PEM private key (BEGIN PRIVATE KEY or BEGIN RSA PRIVATE KEY) that pairs with the certificate in Salesforce.',
  },
  'public-key-only': {
    message: 'This file holds a public key only.',
    hint: 'Import the private key (BEGIN PRIVATE KEY or BEGIN RSA PRIVATE KEY) or the certificate (BEGIN CERTIFICATE).',
  },
  'several-keys': {
    message: 'This file holds several private keys.',
    hint: 'Import a file with one private key (and its certificate).',
  },
  'wrong-password': {
    message: 'The password does not open this file.',
    hint: 'Type the password again (it is case-sensitive): the one given when the file was exported or created.',
  },
  'password-required': {
    message: 'This file is protected by a password.',
    hint: 'Give its password: the password field on the Keys & certificate page, or --password on the command line.',
  },
  'file-corrupted': {
    message: 'This file is damaged or cut short.',
    hint: 'Copy or download the file again; a file passed through email or a text editor may have been altered.',
  },
  'unknown-format': {
    message: 'This file is not a key, certificate or keystore: looked for PEM, DER, PKCS#12, JKS.',
    hint: 'Choose the private key (.key, .pem), the certificate (.crt, .cer), a PKCS#12 (.p12, .pfx) or a JKS (.jks).',
  },
  'unsupported-keystore': {
    message: 'This is a JCEKS keystore, not a JKS.',
    hint: 'Convert it: keytool -importkeystore -srcstoretype JCEKS -deststoretype JKS (or PKCS12), then import the result.',
  },
  'key-password-differs': {
    message: 'The key has its own password, different from the keystore password.',
    hint: 'Salesforce needs the key password to equal the keystore password: keytool -keypasswd -alias <alias> -keystore <file> sets it.',
  },
  'key-iterations-too-high': {
    message: 'The key file asks for more PBKDF2 rounds than tools write (a few million at most).',
    hint: 'Export the key again from the tool that made it, or from SF JWT Studio.',
  },
  'passphrase-empty': {
    message: 'The passphrase is empty.',
    hint: 'Type a passphrase, or export the key without one.',
  },
  'password-too-short': {
    message: 'The keystore password is too short.',
    hint: 'Choose a longer password; you type it again in Salesforce when you import the keystore.',
  },
  'invalid-alias': {
    message: 'This is not a valid certificate Unique Name.',
    hint: 'Salesforce Unique Names use letters, digits and underscores, start with a letter, and have no double or trailing underscore, e.g. salesforce_jwt.',
  },
  'invalid-subject': {
    message: 'A field of the certificate subject cannot be used.',
    hint: 'Fix that field of the certificate subject; only the Common Name is required.',
  },
  'invalid-country': {
    message: 'The country of the certificate subject cannot be used.',
    hint: 'Fix that field of the certificate subject; only the Common Name is required.',
  },
  'invalid-validity': {
    message: 'The certificate validity cannot be used.',
    hint: 'Give the certificate validity in days, e.g. 365.',
  },
  'invalid-key-size': {
    message: 'This is not a key size Salesforce accepts here.',
    hint: 'Choose 2048, 3072, 4096 bits.',
  },
});
