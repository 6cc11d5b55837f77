# Кілттер, сертификаттар, қолтаңбалар: қолданба мен kezek құралына ортақ.

## Certificate fields
cert-owner = Иесі
cert-personal-number = ЖСН/ПИН
cert-organization = Ұйым
cert-issuer = Берген орган
cert-serial = Сериялық нөмір
cert-valid-from = Жарамдылық басы
cert-valid-until = Жарамдылық соңы
cert-algorithm = Алгоритм
cert-key-usage = Кілттің мақсаты
cert-extended-key-usage = Кеңейтілген мақсаты

## Why a certificate may not sign, or a signature is not valid
signature-problem = { $code ->
    [untrusted] сертификат сенімді түбірлік сертификатқа жетпейді
    [expired] қол қойған сәтте сертификаттың мерзімі өтіп кеткен
    [not_yet_valid] қол қойған сәтте сертификат әлі күшіне енбеген
    [not_for_signing] сертификат қол қоюға арналмаған (мысалы, тек аутентификацияға)
    [signer_mismatch] сертификат осы жұмыс орнының пайдаланушысына емес, басқа адамға тиесілі
    [bad_certificate] сертификатты оқу мүмкін емес
    [content_changed] қол қойылғаннан кейін құжат өзгертілген
    [bad_signature] қолтаңба мәні қол қоюшының кілтіне сәйкес емес
    [malformed_signature] қолтаңба бүлінген немесе CMS қолтаңбасы емес
    [no_signer] қолтаңбада қол қоюшы жоқ
    [no_signer_certificate] қолтаңбада қол қоюшының сертификаты жоқ
    [no_signing_time] қолтаңбада қол қою уақыты жоқ
    [signing_time_in_future] қол қою уақыты болашақта
    [unsupported_algorithm] қолтаңбаның алгоритмі қолдау көрсетілмейді
   *[other] қолтаңба жарамсыз ({ $code })
}

## Errors
error-key_import = { $reason ->
    [wrong_password] Кілт файлының құпиясөзі қате.
    [corrupt_file] Кілт файлы бүлінген немесе PKCS#12 (.p12) файлы емес.
    [unsupported_file] Кілт файлы қолдау көрсетілмейтін алгоритммен шифрланған.
    [no_key] Файлда сертификатымен бірге жабық кілт жоқ.
    [no_rsa_key] Файлдағы кілт RSA емес: қол қою үшін RSA кілті қажет.
   *[other] Кілт файлын ашу мүмкін болмады: { $detail }
}
error-key_already_imported = Бұл кілт бұрын қосылған.
error-certificate_refused = Сертификатпен қол қоюға болмайды: { signature-problem }.
error-password_required = Кілттің құпиясөзін енгізіңіз.
error-signing_failed = Қол қою мүмкін болмады: { $detail }
error-not_verifiable = { $reason ->
    [not_pdf] Файл PDF емес.
    [no_signatures] Құжатта қолтаңба жоқ.
    [content_required] Бөлек қолтаңба үшін қол қойылған файлды көрсетіңіз (--content).
   *[other] Файлды тексеру мүмкін емес: { $detail }
}
error-keyring = Жүйенің құпиясөз қоймасы қолжетімсіз: { $detail }
error-document = Құжатты жасау мүмкін болмады: { $detail }

## kezek cert / trust / sign / verify / document
cli-key-password-prompt = { $file } кілтінің құпиясөзі:
cli-trust-root = Түбірлік: { $subject } ({ $until } дейін, { $fingerprint })
cli-trust-intermediate = Аралық: { $subject } ({ $until } дейін, { $fingerprint })
cli-trust-empty = Сенімді сертификаттар тізімі бос.
cli-sign-pdf-done = Қол қойылған PDF ({ $signer }) { $path } файлына жазылды
cli-sign-cms-done = Бөлек CMS қолтаңбасы ({ $signer }) { $path } файлына жазылды
cli-verify-valid = { $n }-қолтаңба ({ $field }): жарамды. Қол қойған: { $signer }, қол қою уақыты: { $time }
cli-verify-invalid = { $n }-қолтаңба ({ $field }): ЖАРАМСЫЗ: { signature-problem }. { $reason }
cli-verify-earlier-revision = (құжаттың ертерек редакциясына қол қойылған; кейінгі өзгерістер — қосылған қолтаңбалар)
cli-document-written = Құжат { $path } файлына жазылды ({ $bytes } байт)

## History of changes
history-action-key_imported = Қол қою кілті қосылды
history-action-key_removed = Қол қою кілті жойылды
history-action-certificate_trusted = Сертификат сенімділер тізіміне қосылды
history-action-certificate_untrusted = Сертификат сенімділер тізімінен алынды
history-action-document_generated = Құжат жасалды
history-action-document_signed = Құжатқа қол қойылды
history-action-personal_number_changed = Жұмыс орны пайдаланушысының ЖСН/ПИН өзгертілді
