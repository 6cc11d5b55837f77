# Screens of the desktop app. ru is the reference: every id here must exist in kk, ky and en.

app-title = Кезек
app-subtitle = Балдар бакчаларына кезек жана ваучерлер

nav-journal = Арыздар журналы
nav-settings = Жөндөөлөр

common-loading = Жүктөлүүдө…
common-close = Жабуу
common-retry = Кайталоо
common-any = Баары
common-yes = Ооба
common-no = Жок
common-not-set = —

journal-title = Арыздар журналы
journal-search-placeholder = ИИН/ПИН, арыздын номери же аты-жөнү
journal-search-label = Издөө
journal-col-number = Номери
journal-col-child-name = Баланын аты-жөнү
journal-col-child-number = Баланын ИИН/ПИН
journal-col-queue-position = Кезектеги номери
journal-col-applicant-name = Арыз берүүчүнүн аты-жөнү
journal-col-registered-at = Түзүлгөн күнү
journal-col-status = Статусу
journal-col-benefit = Жеңилдиктин түрү
journal-col-birth-date = Туулган күнү
journal-filter-status = Статусу
journal-filter-kind = Кезектин түрү
journal-filter-benefit = Жеңилдиктин категориясы
journal-filter-region = Аймак
journal-filter-district = Район
journal-filter-locality = Калктуу конуш
journal-filter-from = Түзүлгөн күнү, баштап
journal-filter-to = чейин
journal-filter-reset = Чыпкаларды тазалоо
journal-total = Табылган арыздар: { $count }
journal-empty = Арыздар табылган жок. Издөө шарттарын же чыпкаларды өзгөртүңүз.
journal-page = Барак: { $page } / { $pages }
journal-prev = Артка
journal-next = Алдыга
journal-page-size = Барактагы саптардын саны
journal-sort-hint = Иреттөө үчүн мамычанын аталышын басыңыз

card-back = Журналга
card-tab-info = Арыз жөнүндө маалымат
card-tab-history = Өзгөртүүлөрдүн тарыхы
card-tab-documents = Жалпы документтер
card-section-applicant = Арыз берүүчү жөнүндө маалымат
card-section-child = Баланын маалыматтары
card-section-application = Арыз жөнүндө маалымат

field-full-name = Толук аты-жөнү
field-personal-number = ИИН/ПИН
field-birth-date = Туулган күнү
field-sex = Жынысы
field-phone = Телефон
field-email = E-mail
field-address = Дареги
field-relation = Балага ким болот
field-benefit = Жеңилдиктин түрү
field-benefit-verified = Жеңилдик документтер менен тастыкталган
field-queue-position = Кезектеги номери
field-benefit-queue-position = Жеңилдик категориясы боюнча кезектеги номери
field-number = Арыздын номери
field-kind = Кезектин түрү
field-registered-at = Катталган күнү
field-channel = Арыз берүү ыкмасы
field-status = Учурдагы абалы
field-updated-at = Акыркы өзгөртүүнүн күнү жана убактысы
field-in-queue-since = Кезекке коюлган күнү
field-place = Калктуу конуш
field-language = Окутуу тили
field-extra-email = Кошумча Email
field-extra-phone = Кошумча телефон

history-col-at = Күнү жана убактысы
history-col-action = Аракет
history-col-user = Колдонуучу
history-col-device = Түзмөк
history-col-changes = Өзгөртүүлөр
history-empty = Азырынча өзгөртүүлөр жок.
history-change = { $field }: { $before } → { $after }

documents-col-section = Бөлүм
documents-col-name = Документтин аталышы
documents-col-created = Түзүлгөн күнү
documents-col-file = Файл
documents-empty = Документтер жок.
documents-no-file = Файл азырынча түзүлө элек

settings-title = Жөндөөлөр
settings-language = Интерфейстин тили
settings-language-hint = Тил дароо алмашат жана ушул компьютерде сакталат.
settings-about = Программа жөнүндө
about-version = Кезек версиясы
about-tauri = Tauri версиясы
about-sqlite = SQLite версиясы
about-schema = Маалымат базасынын схемасынын версиясы
about-database = Маалымат базасынын файлы
about-device = Түзмөктүн идентификатору

ui-language-ru = Русский
ui-language-kk = Қазақша
ui-language-ky = Кыргызча
ui-language-en = English

demo-offer-title = Жергиликтүү маалымат базасы бош
demo-offer-text = Кезек программасы менен таанышуу үчүн демонстрациялык маалыматтарды жүктөйсүзбү? Булар ойдон чыгарылган арыздар, балдар жана балдар бакчалары; чыныгы маалыматтар синхрондоштуруу учурунда серверден келет.
demo-offer-count = Арыздардын саны
demo-offer-load = Демо-маалыматтарды жүктөө
demo-offer-skip = Бош базадан баштоо
demo-loading = Жүктөлдү: { $done } / { $total }
demo-loaded = Демо-маалыматтар жүктөлдү
