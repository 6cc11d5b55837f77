# "My keys", the signing dialog and the document viewer.

nav-keys = Менин ачкычтарым
keys-title = Менин ачкычтарым
keys-intro = ЭКК ачкычтары бул компьютерде күбөлөндүрүүчү борбор берген түрүндө сакталат (сырсөз менен шифрленген .p12 файлы). «Эстеп калуу» тандалбаса, сырсөз ар бир кол коюуда суралат.
keys-personal-number = Сиздин ЖСН/ПИН
keys-personal-number-hint = Өз сертификатыңыз менен гана кол коюуга болот: сертификаттагы ЖСН/ПИН дал келиши керек.
keys-personal-number-save = Сактоо
keys-personal-number-saved = ЖСН/ПИН сакталды.
keys-import-title = Ачкыч кошуу
keys-import-file = Ачкыч файлы (.p12, .pfx)
keys-import-password = Ачкычтын сырсөзү
keys-import-submit = Кошуу
keys-import-busy = Ачкыч текшерилүүдө…
keys-imported = «{ $owner }» ачкычы кошулду.
keys-empty = Азырынча ачкыч жок. Күбөлөндүрүүчү борбор берген ачкыч файлын кошуңуз.
keys-col-owner = Ээси
keys-col-number = ЖСН/ПИН
keys-col-organization = Уюм
keys-col-valid-until = Жарактуулук мөөнөтү
keys-col-file = Файл
keys-details-title = Сертификат
keys-status-ok = Сертификат менен азыр кол коюуга болот.
keys-status-refused = Кол коюуга болбойт: { signature-problem }.
keys-password-remembered = Сырсөз эстелип калган.
keys-remove = Ачкычты өчүрүү
keys-remove-confirm = «{ $owner }» ачкычын бул компьютерден өчүрөсүзбү? Ал менен кол коюлган документтер жарактуу бойдон калат.
keys-removed = Ачкыч өчүрүлдү.
trust-title = Ишенимдүү сертификаттар
trust-intro = Бул жумушчу орун ишенген күбөлөндүрүүчү борборлордун тамыр жана аралык сертификаттары.
trust-add-file = Сертификат файлы (.pem, .crt, .cer)
trust-add-submit = Ишенимдүүлөргө кошуу
trust-added = Кошулган сертификаттар: { $count }.
trust-empty = Ишенимдүү сертификаттардын тизмеси бош: ансыз кол коюу мүмкүн эмес.
trust-col-subject = Субъект
trust-col-kind = Түрү
trust-col-valid-until = Жарактуулук мөөнөтү
trust-col-source = Булагы
trust-kind-root = тамыр
trust-kind-intermediate = аралык
trust-source-local = ушул жерде кошулган
trust-source-server = серверден
trust-remove = Өчүрүү
common-choose-file = Файлды тандаңыз.

## Signing dialog
sign-title = Документке кол коюу
sign-key = Ачкыч
sign-choose-key = — ачкычты тандаңыз —
sign-no-keys = Ачкыч жок. Ачкычты «Менин ачкычтарым» бөлүмүндө кошуңуз.
sign-password = Ачкычтын сырсөзү
sign-password-remembered = Сырсөз эстелип калган: талааны бош калтырууга болот.
sign-remember = Сырсөздү эстеп калуу
sign-remember-never = эстебөө
sign-remember-session = программа жабылганга чейин
sign-remember-device = бул компьютерде (системанын сырсөз сактагычы)
sign-submit = Кол коюу
sign-busy = Кол коюлууда…
sign-cancel = Жокко чыгаруу

## Document viewer
doc-viewer-title = { $kind }
doc-viewer-loading = Документ жүктөлүүдө…
doc-viewer-page = { $page } / { $total } барак
doc-viewer-signatures = Кол тамгалар
doc-viewer-no-signatures = Документке кол коюлган эмес.
doc-viewer-signature-valid = Жарактуу: { $signer }, { $time }
doc-viewer-signature-invalid = Жараксыз: { signature-problem }
doc-viewer-earlier-revision = мурунку редакциясына кол коюлган (андан кийин кол тамгалар кошулган)
doc-viewer-sign = Кол коюу
doc-viewer-signed = Документке кол коюлду.
documents-generate = Түзүү
documents-generate-language = Документтин тили
documents-generated = Документ түзүлдү.
documents-open = Ачуу
documents-col-signatures = Кол тамгалар

## Check a signature
verify-title = Кол тамганы текшерүү
verify-intro = Кол коюлган PDF же кол коюлган файлы менен бирге өзүнчө кол тамга (.p7s): бүтүндүгү, кол коюучу, кол коюу убактысы, ишенимдүү сертификатка чейинки чынжыр.
verify-signed-file = Кол коюлган PDF же кол тамга (.p7s)
verify-content-file = Кол коюлган файл (.p7s үчүн)
verify-submit = Текшерүү
