# "My keys", the signing dialog and the document viewer.

nav-keys = Мои ключи
keys-title = Мои ключи
keys-intro = Ключи ЭЦП хранятся на этом компьютере в том виде, в каком их выдал удостоверяющий центр (файл .p12, зашифрованный паролем). Пароль запрашивается при каждой подписи, если вы не выбрали «запомнить».
keys-personal-number = Ваш ИИН/ПИН
keys-personal-number-hint = Подписывать можно только своим сертификатом: ИИН/ПИН в сертификате должен совпадать.
keys-personal-number-save = Сохранить
keys-personal-number-saved = ИИН/ПИН сохранён.
keys-import-title = Добавить ключ
keys-import-file = Файл ключа (.p12, .pfx)
keys-import-password = Пароль ключа
keys-import-submit = Добавить
keys-import-busy = Проверка ключа…
keys-imported = Ключ «{ $owner }» добавлен.
keys-empty = Ключей пока нет. Добавьте файл ключа, выданный удостоверяющим центром.
keys-col-owner = Владелец
keys-col-number = ИИН/ПИН
keys-col-organization = Организация
keys-col-valid-until = Действителен до
keys-col-file = Файл
keys-details-title = Сертификат
keys-status-ok = Сертификат может подписывать сейчас.
keys-status-refused = Подписывать нельзя: { signature-problem }.
keys-password-remembered = Пароль запомнен.
keys-remove = Удалить ключ
keys-remove-confirm = Удалить ключ «{ $owner }» с этого компьютера? Подписанные им документы останутся действительными.
keys-removed = Ключ удалён.
trust-title = Доверенные сертификаты
trust-intro = Корневые и промежуточные сертификаты удостоверяющих центров, которым доверяет это рабочее место.
trust-add-file = Файл сертификата (.pem, .crt, .cer)
trust-add-submit = Добавить в доверенные
trust-added = Добавлено сертификатов: { $count }.
trust-empty = Список доверенных сертификатов пуст: без него подпись невозможна.
trust-col-subject = Субъект
trust-col-kind = Тип
trust-col-valid-until = Действителен до
trust-col-source = Источник
trust-kind-root = корневой
trust-kind-intermediate = промежуточный
trust-source-local = добавлен здесь
trust-source-server = с сервера
trust-remove = Удалить
common-choose-file = Выберите файл.

## Signing dialog
sign-title = Подписание документа
sign-key = Ключ
sign-choose-key = — выберите ключ —
sign-no-keys = Нет ключей. Добавьте ключ в разделе «Мои ключи».
sign-password = Пароль ключа
sign-password-remembered = Пароль запомнен: можно оставить поле пустым.
sign-remember = Запомнить пароль
sign-remember-never = не запоминать
sign-remember-session = до закрытия программы
sign-remember-device = на этом компьютере (хранилище паролей системы)
sign-submit = Подписать
sign-busy = Подписание…
sign-cancel = Отмена

## Document viewer
doc-viewer-title = { $kind }
doc-viewer-loading = Документ загружается…
doc-viewer-page = Страница { $page } из { $total }
doc-viewer-signatures = Подписи
doc-viewer-no-signatures = Документ не подписан.
doc-viewer-signature-valid = Действительна: { $signer }, { $time }
doc-viewer-signature-invalid = Недействительна: { signature-problem }
doc-viewer-earlier-revision = подписана более ранняя редакция (далее добавлены подписи)
doc-viewer-sign = Подписать
doc-viewer-signed = Документ подписан.
documents-generate = Сформировать
documents-generate-language = Язык документа
documents-generated = Документ сформирован.
documents-open = Открыть
documents-col-signatures = Подписи

## Check a signature
verify-title = Проверить подпись
verify-intro = Подписанный PDF или отсоединённая подпись (.p7s) вместе с подписанным файлом: целостность, подписант, время подписания, цепочка до доверенного сертификата.
verify-signed-file = Подписанный PDF или подпись (.p7s)
verify-content-file = Подписанный файл (для .p7s)
verify-submit = Проверить
