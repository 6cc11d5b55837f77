# Keys, certificates, signatures: shared by the app and the kezek tool.

## Certificate fields (as in the key-selection dialog)
cert-owner = Владелец
cert-personal-number = ИИН/ПИН
cert-organization = Организация
cert-issuer = Издатель
cert-serial = Серийный номер
cert-valid-from = Действителен с
cert-valid-until = Действителен до
cert-algorithm = Алгоритм
cert-key-usage = Назначение ключа
cert-extended-key-usage = Расширенное назначение

## Why a certificate may not sign, or a signature is not valid
signature-problem = { $code ->
    [untrusted] сертификат не восходит к доверенному корневому сертификату
    [expired] срок действия сертификата истёк на момент подписания
    [not_yet_valid] сертификат ещё не действовал на момент подписания
    [not_for_signing] сертификат не предназначен для подписи (например, только для аутентификации)
    [signer_mismatch] сертификат принадлежит другому человеку, не пользователю этого рабочего места
    [bad_certificate] сертификат не удаётся прочитать
    [content_changed] документ изменён после подписания
    [bad_signature] значение подписи не соответствует ключу подписанта
    [malformed_signature] подпись повреждена или не является подписью CMS
    [no_signer] в подписи нет подписанта
    [no_signer_certificate] в подписи нет сертификата подписанта
    [no_signing_time] в подписи нет времени подписания
    [signing_time_in_future] время подписания в будущем
    [unsupported_algorithm] неподдерживаемый алгоритм подписи
   *[other] подпись недействительна ({ $code })
}

## Errors
error-key_import = { $reason ->
    [wrong_password] Неверный пароль к файлу ключа.
    [corrupt_file] Файл ключа повреждён или не является файлом PKCS#12 (.p12).
    [unsupported_file] Файл ключа зашифрован неподдерживаемым алгоритмом.
    [no_key] В файле нет закрытого ключа с сертификатом.
    [no_rsa_key] Ключ в файле не RSA: для подписи нужен ключ RSA.
   *[other] Не удалось открыть файл ключа: { $detail }
}
error-key_already_imported = Этот ключ уже добавлен.
error-certificate_refused = Сертификат не может подписывать: { signature-problem }.
error-password_required = Введите пароль ключа.
error-signing_failed = Не удалось подписать: { $detail }
error-not_verifiable = { $reason ->
    [not_pdf] Файл не является PDF.
    [no_signatures] В документе нет подписей.
    [content_required] Для отсоединённой подписи укажите подписанный файл (--content).
   *[other] Файл не удаётся проверить: { $detail }
}
error-keyring = Хранилище паролей системы недоступно: { $detail }
error-document = Не удалось сформировать документ: { $detail }

## kezek cert / trust / sign / verify / document
cli-key-password-prompt = Пароль ключа { $file }:
cli-trust-root = Корневой: { $subject } (до { $until }, { $fingerprint })
cli-trust-intermediate = Промежуточный: { $subject } (до { $until }, { $fingerprint })
cli-trust-empty = Список доверенных сертификатов пуст.
cli-sign-pdf-done = Подписанный PDF ({ $signer }) записан в { $path }
cli-sign-cms-done = Отсоединённая подпись CMS ({ $signer }) записана в { $path }
cli-verify-valid = Подпись { $n } ({ $field }): действительна. Подписант: { $signer }, время подписания: { $time }
cli-verify-invalid = Подпись { $n } ({ $field }): НЕДЕЙСТВИТЕЛЬНА: { signature-problem }. { $reason }
cli-verify-earlier-revision = (подписана более ранняя редакция документа; последующие изменения — добавленные подписи)
cli-document-written = Документ записан в { $path } ({ $bytes } байт)

## History of changes
history-action-key_imported = Добавлен ключ подписи
history-action-key_removed = Удалён ключ подписи
history-action-certificate_trusted = Сертификат добавлен в доверенные
history-action-certificate_untrusted = Сертификат удалён из доверенных
history-action-document_generated = Сформирован документ
history-action-document_signed = Документ подписан
history-action-personal_number_changed = Изменён ИИН/ПИН пользователя рабочего места
