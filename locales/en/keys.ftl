# "My keys", the signing dialog and the document viewer.

nav-keys = My keys
keys-title = My keys
keys-intro = Signing keys are kept on this computer as the certification authority issued them (a .p12 file encrypted by its password). The password is asked at each signature unless you choose to remember it.
keys-personal-number = Your IIN/PIN
keys-personal-number-hint = You can sign only with your own certificate: the IIN/PIN in the certificate must match.
keys-personal-number-save = Save
keys-personal-number-saved = IIN/PIN saved.
keys-import-title = Add a key
keys-import-file = Key file (.p12, .pfx)
keys-import-password = Key password
keys-import-submit = Add
keys-import-busy = Checking the key…
keys-imported = Key "{ $owner }" added.
keys-empty = No keys yet. Add the key file your certification authority issued.
keys-col-owner = Owner
keys-col-number = IIN/PIN
keys-col-organization = Organisation
keys-col-valid-until = Valid until
keys-col-file = File
keys-details-title = Certificate
keys-status-ok = The certificate may sign now.
keys-status-refused = It may not sign: { signature-problem }.
keys-password-remembered = The password is remembered.
keys-remove = Remove key
keys-remove-confirm = Remove the key "{ $owner }" from this computer? Documents it signed stay valid.
keys-removed = Key removed.
trust-title = Trusted certificates
trust-intro = Root and intermediate certificates of the certification authorities this workplace trusts.
trust-add-file = Certificate file (.pem, .crt, .cer)
trust-add-submit = Trust
trust-added = Certificates added: { $count }.
trust-empty = The trust list is empty: no signature is possible without it.
trust-col-subject = Subject
trust-col-kind = Kind
trust-col-valid-until = Valid until
trust-col-source = Source
trust-kind-root = root
trust-kind-intermediate = intermediate
trust-source-local = added here
trust-source-server = from the server
trust-remove = Remove
common-choose-file = Choose a file.

## Signing dialog
sign-title = Sign the document
sign-key = Key
sign-choose-key = — choose a key —
sign-no-keys = No keys. Add one under "My keys".
sign-password = Key password
sign-password-remembered = The password is remembered: the field may stay empty.
sign-remember = Remember the password
sign-remember-never = do not remember
sign-remember-session = until the program is closed
sign-remember-device = on this computer (the system's password store)
sign-submit = Sign
sign-busy = Signing…
sign-cancel = Cancel

## Document viewer
doc-viewer-title = { $kind }
doc-viewer-loading = Loading the document…
doc-viewer-page = Page { $page } of { $total }
doc-viewer-signatures = Signatures
doc-viewer-no-signatures = The document is not signed.
doc-viewer-signature-valid = Valid: { $signer }, { $time }
doc-viewer-signature-invalid = Not valid: { signature-problem }
doc-viewer-earlier-revision = signs an earlier revision (signatures were added after it)
doc-viewer-sign = Sign
doc-viewer-signed = The document is signed.
documents-generate = Generate
documents-generate-language = Document language
documents-generated = Document generated.
documents-open = Open
documents-col-signatures = Signatures

## Check a signature
verify-title = Check a signature
verify-intro = A signed PDF, or a detached signature (.p7s) with the file it signs: integrity, signer, signing time, chain to a trusted certificate.
verify-signed-file = Signed PDF or signature (.p7s)
verify-content-file = Signed file (for a .p7s)
verify-submit = Check
