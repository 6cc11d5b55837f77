# Ачкычтар, сертификаттар, кол тамгалар: тиркеме менен kezek куралына жалпы.

## Certificate fields
cert-owner = Ээси
cert-personal-number = ЖСН/ПИН
cert-organization = Уюм
cert-issuer = Берген мекеме
cert-serial = Сериялык номер
cert-valid-from = Күчүнө кирген күнү
cert-valid-until = Жарактуулук мөөнөтү
cert-algorithm = Алгоритм
cert-key-usage = Ачкычтын максаты
cert-extended-key-usage = Кеңейтилген максаты

## Why a certificate may not sign, or a signature is not valid
signature-problem = { $code ->
    [untrusted] сертификат ишенимдүү тамыр сертификатка жетпейт
    [expired] кол коюлган учурда сертификаттын мөөнөтү бүткөн
    [not_yet_valid] кол коюлган учурда сертификат али күчүнө кире элек
    [not_for_signing] сертификат кол коюуга арналган эмес (мисалы, аутентификация үчүн гана)
    [signer_mismatch] сертификат бул жумушчу орундун колдонуучусуна эмес, башка адамга таандык
    [bad_certificate] сертификатты окуу мүмкүн эмес
    [content_changed] кол коюлгандан кийин документ өзгөртүлгөн
    [bad_signature] кол тамганын мааниси кол коюучунун ачкычына туура келбейт
    [malformed_signature] кол тамга бузулган же CMS кол тамгасы эмес
    [no_signer] кол тамгада кол коюучу жок
    [no_signer_certificate] кол тамгада кол коюучунун сертификаты жок
    [no_signing_time] кол тамгада кол коюу убактысы жок
    [signing_time_in_future] кол коюу убактысы келечекте
    [unsupported_algorithm] кол тамганын алгоритми колдоого алынбайт
   *[other] кол тамга жараксыз ({ $code })
}

## Errors
error-key_import = { $reason ->
    [wrong_password] Ачкыч файлынын сырсөзү туура эмес.
    [corrupt_file] Ачкыч файлы бузулган же PKCS#12 (.p12) файлы эмес.
    [unsupported_file] Ачкыч файлы колдоого алынбаган алгоритм менен шифрленген.
    [no_key] Файлда сертификаты менен жабык ачкыч жок.
    [no_rsa_key] Файлдагы ачкыч RSA эмес: кол коюу үчүн RSA ачкычы керек.
   *[other] Ачкыч файлын ачуу мүмкүн болбоду: { $detail }
}
error-key_already_imported = Бул ачкыч мурун кошулган.
error-certificate_refused = Сертификат менен кол коюуга болбойт: { signature-problem }.
error-password_required = Ачкычтын сырсөзүн киргизиңиз.
error-signing_failed = Кол коюу мүмкүн болбоду: { $detail }
error-not_verifiable = { $reason ->
    [not_pdf] Файл PDF эмес.
    [no_signatures] Документте кол тамга жок.
    [content_required] Өзүнчө кол тамга үчүн кол коюлган файлды көрсөтүңүз (--content).
   *[other] Файлды текшерүү мүмкүн эмес: { $detail }
}
error-keyring = Системанын сырсөз сактагычы жеткиликсиз: { $detail }
error-document = Документти түзүү мүмкүн болбоду: { $detail }

## kezek cert / trust / sign / verify / document
cli-key-password-prompt = { $file } ачкычынын сырсөзү:
cli-trust-root = Тамыр: { $subject } ({ $until } чейин, { $fingerprint })
cli-trust-intermediate = Аралык: { $subject } ({ $until } чейин, { $fingerprint })
cli-trust-empty = Ишенимдүү сертификаттардын тизмеси бош.
cli-sign-pdf-done = Кол коюлган PDF ({ $signer }) { $path } файлына жазылды
cli-sign-cms-done = Өзүнчө CMS кол тамгасы ({ $signer }) { $path } файлына жазылды
cli-verify-valid = { $n }-кол тамга ({ $field }): жарактуу. Кол койгон: { $signer }, кол коюу убактысы: { $time }
cli-verify-invalid = { $n }-кол тамга ({ $field }): ЖАРАКСЫЗ: { signature-problem }. { $reason }
cli-verify-earlier-revision = (документтин мурунку редакциясына кол коюлган; кийинки өзгөрүүлөр — кошулган кол тамгалар)
cli-document-written = Документ { $path } файлына жазылды ({ $bytes } байт)

## History of changes
history-action-key_imported = Кол коюу ачкычы кошулду
history-action-key_removed = Кол коюу ачкычы өчүрүлдү
history-action-certificate_trusted = Сертификат ишенимдүүлөрдүн тизмесине кошулду
history-action-certificate_untrusted = Сертификат ишенимдүүлөрдүн тизмесинен алынды
history-action-document_generated = Документ түзүлдү
history-action-document_signed = Документке кол коюлду
history-action-personal_number_changed = Жумушчу орундун колдонуучусунун ЖСН/ПИН өзгөртүлдү
