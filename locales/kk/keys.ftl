# "My keys", the signing dialog and the document viewer.

nav-keys = Менің кілттерім
keys-title = Менің кілттерім
keys-intro = ЭЦҚ кілттері осы компьютерде куәландырушы орталық берген күйінде сақталады (құпиясөзбен шифрланған .p12 файлы). «Есте сақтау» таңдалмаса, құпиясөз әр қол қойған сайын сұралады.
keys-personal-number = Сіздің ЖСН/ПИН
keys-personal-number-hint = Тек өз сертификатыңызбен қол қоюға болады: сертификаттағы ЖСН/ПИН сәйкес келуі керек.
keys-personal-number-save = Сақтау
keys-personal-number-saved = ЖСН/ПИН сақталды.
keys-import-title = Кілт қосу
keys-import-file = Кілт файлы (.p12, .pfx)
keys-import-password = Кілттің құпиясөзі
keys-import-submit = Қосу
keys-import-busy = Кілт тексерілуде…
keys-imported = «{ $owner }» кілті қосылды.
keys-empty = Әзірге кілт жоқ. Куәландырушы орталық берген кілт файлын қосыңыз.
keys-col-owner = Иесі
keys-col-number = ЖСН/ПИН
keys-col-organization = Ұйым
keys-col-valid-until = Жарамдылық мерзімі
keys-col-file = Файл
keys-details-title = Сертификат
keys-status-ok = Сертификатпен қазір қол қоюға болады.
keys-status-refused = Қол қоюға болмайды: { signature-problem }.
keys-password-remembered = Құпиясөз есте сақталған.
keys-remove = Кілтті жою
keys-remove-confirm = «{ $owner }» кілтін осы компьютерден жою керек пе? Онымен қол қойылған құжаттар жарамды болып қала береді.
keys-removed = Кілт жойылды.
trust-title = Сенімді сертификаттар
trust-intro = Осы жұмыс орны сенетін куәландырушы орталықтардың түбірлік және аралық сертификаттары.
trust-add-file = Сертификат файлы (.pem, .crt, .cer)
trust-add-submit = Сенімділерге қосу
trust-added = Қосылған сертификаттар: { $count }.
trust-empty = Сенімді сертификаттар тізімі бос: онсыз қол қою мүмкін емес.
trust-col-subject = Субъект
trust-col-kind = Түрі
trust-col-valid-until = Жарамдылық мерзімі
trust-col-source = Көзі
trust-kind-root = түбірлік
trust-kind-intermediate = аралық
trust-source-local = осында қосылған
trust-source-server = серверден
trust-remove = Жою
common-choose-file = Файлды таңдаңыз.

## Signing dialog
sign-title = Құжатқа қол қою
sign-key = Кілт
sign-choose-key = — кілтті таңдаңыз —
sign-no-keys = Кілт жоқ. Кілтті «Менің кілттерім» бөлімінде қосыңыз.
sign-password = Кілттің құпиясөзі
sign-password-remembered = Құпиясөз есте сақталған: өрісті бос қалдыруға болады.
sign-remember = Құпиясөзді есте сақтау
sign-remember-never = сақтамау
sign-remember-session = бағдарлама жабылғанға дейін
sign-remember-device = осы компьютерде (жүйенің құпиясөз қоймасы)
sign-submit = Қол қою
sign-busy = Қол қойылуда…
sign-cancel = Болдырмау

## Document viewer
doc-viewer-title = { $kind }
doc-viewer-loading = Құжат жүктелуде…
doc-viewer-page = { $page } / { $total } бет
doc-viewer-signatures = Қолтаңбалар
doc-viewer-no-signatures = Құжатқа қол қойылмаған.
doc-viewer-signature-valid = Жарамды: { $signer }, { $time }
doc-viewer-signature-invalid = Жарамсыз: { signature-problem }
doc-viewer-earlier-revision = ертерек редакциясына қол қойылған (кейін қолтаңбалар қосылған)
doc-viewer-sign = Қол қою
doc-viewer-signed = Құжатқа қол қойылды.
documents-generate = Жасау
documents-generate-language = Құжат тілі
documents-generated = Құжат жасалды.
documents-open = Ашу
documents-col-signatures = Қолтаңбалар

## Check a signature
verify-title = Қолтаңбаны тексеру
verify-intro = Қол қойылған PDF немесе қол қойылған файлымен бірге бөлек қолтаңба (.p7s): тұтастығы, қол қоюшы, қол қою уақыты, сенімді сертификатқа дейінгі тізбек.
verify-signed-file = Қол қойылған PDF немесе қолтаңба (.p7s)
verify-content-file = Қол қойылған файл (.p7s үшін)
verify-submit = Тексеру
