# Keys, certificates, signatures: shared by the app and the kezek tool.

## Certificate fields
cert-owner = Owner
cert-personal-number = IIN/PIN
cert-organization = Organisation
cert-issuer = Issuer
cert-serial = Serial number
cert-valid-from = Valid from
cert-valid-until = Valid until
cert-algorithm = Algorithm
cert-key-usage = Key usage
cert-extended-key-usage = Extended key usage

## Why a certificate may not sign, or a signature is not valid
signature-problem = { $code ->
    [untrusted] the certificate does not chain to a trusted root
    [expired] the certificate had expired at the signing time
    [not_yet_valid] the certificate was not yet valid at the signing time
    [not_for_signing] the certificate is not for signing (e.g. authentication only)
    [signer_mismatch] the certificate belongs to someone other than this workplace's user
    [bad_certificate] the certificate cannot be read
    [content_changed] the document was changed after signing
    [bad_signature] the signature value does not match the signer's key
    [malformed_signature] the signature is damaged or not a CMS signature
    [no_signer] the signature has no signer
    [no_signer_certificate] the signature lacks the signer's certificate
    [no_signing_time] the signature has no signing time
    [signing_time_in_future] the signing time is in the future
    [unsupported_algorithm] the signature algorithm is not supported
   *[other] the signature is not valid ({ $code })
}

## Errors
error-key_import = { $reason ->
    [wrong_password] Wrong password for the key file.
    [corrupt_file] The key file is damaged or not a PKCS#12 (.p12) file.
    [unsupported_file] The key file is encrypted with an unsupported algorithm.
    [no_key] The file holds no private key with its certificate.
    [no_rsa_key] The key in the file is not RSA: signing needs an RSA key.
   *[other] The key file could not be opened: { $detail }
}
error-key_already_imported = This key has already been added.
error-certificate_refused = The certificate may not sign: { signature-problem }.
error-password_required = Enter the key's password.
error-signing_failed = Signing failed: { $detail }
error-not_verifiable = { $reason ->
    [not_pdf] The file is not a PDF.
    [no_signatures] The document has no signatures.
    [content_required] For a detached signature, give the signed file (--content).
   *[other] The file cannot be checked: { $detail }
}
error-keyring = The system's password store is not available: { $detail }
error-document = The document could not be made: { $detail }

## kezek cert / trust / sign / verify / document
cli-key-password-prompt = Password of the key { $file }:
cli-trust-root = Root: { $subject } (until { $until }, { $fingerprint })
cli-trust-intermediate = Intermediate: { $subject } (until { $until }, { $fingerprint })
cli-trust-empty = The trust list is empty.
cli-sign-pdf-done = Signed PDF ({ $signer }) written to { $path }
cli-sign-cms-done = Detached CMS signature ({ $signer }) written to { $path }
cli-verify-valid = Signature { $n } ({ $field }): valid. Signer: { $signer }, signing time: { $time }
cli-verify-invalid = Signature { $n } ({ $field }): NOT VALID: { signature-problem }. { $reason }
cli-verify-earlier-revision = (signs an earlier revision of the document; the later changes are added signatures)
cli-document-written = Document written to { $path } ({ $bytes } bytes)

## History of changes
history-action-key_imported = Signing key added
history-action-key_removed = Signing key removed
history-action-certificate_trusted = Certificate added to the trust list
history-action-certificate_untrusted = Certificate removed from the trust list
history-action-document_generated = Document generated
history-action-document_signed = Document signed
history-action-personal_number_changed = Workplace user's IIN/PIN changed
