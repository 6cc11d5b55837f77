# Screens of the desktop app. ru is the reference: every id here must exist in kk, ky and en.

app-title = Кезек
app-subtitle = Балабақшаларға кезек және ваучерлер

nav-journal = Өтініштер журналы
nav-settings = Баптаулар

common-loading = Жүктелуде…
common-close = Жабу
common-retry = Қайталау
common-any = Барлығы
common-yes = Иә
common-no = Жоқ
common-not-set = —

journal-title = Өтініштер журналы
journal-search-placeholder = ЖСН/ПИН, өтініш нөмірі немесе ТАӘ
journal-search-label = Іздеу
journal-col-number = Нөмір
journal-col-child-name = Баланың ТАӘ
journal-col-child-number = Баланың ЖСН/ПИН
journal-col-queue-position = Кезек нөмірі
journal-col-applicant-name = Өтініш берушінің ТАӘ
journal-col-registered-at = Құрылған күні
journal-col-status = Мәртебесі
journal-col-benefit = Жеңілдік түрі
journal-col-birth-date = Туған күні
journal-filter-status = Мәртебесі
journal-filter-kind = Кезек түрі
journal-filter-benefit = Жеңілдік санаты
journal-filter-region = Өңір
journal-filter-district = Аудан
journal-filter-locality = Елді мекен
journal-filter-from = Құрылған күні, бастап
journal-filter-to = дейін
journal-filter-reset = Сүзгілерді тазалау
journal-total = Табылған өтініштер: { $count }
journal-empty = Өтініштер табылмады. Іздеу шарттарын немесе сүзгілерді өзгертіңіз.
journal-page = Бет: { $page } / { $pages }
journal-prev = Артқа
journal-next = Алға
journal-page-size = Беттегі жолдар саны
journal-sort-hint = Сұрыптау үшін баған тақырыбын басыңыз

card-back = Журналға
card-tab-info = Өтініш туралы ақпарат
card-tab-history = Өзгерістер тарихы
card-tab-documents = Жалпы құжаттар
card-section-applicant = Өтініш беруші туралы ақпарат
card-section-child = Баланың деректері
card-section-application = Өтініш туралы ақпарат

field-full-name = Толық аты-жөні
field-personal-number = ЖСН/ПИН
field-birth-date = Туған күні
field-sex = Жынысы
field-phone = Телефон
field-email = E-mail
field-address = Мекенжайы
field-relation = Балаға кім болып келеді
field-benefit = Жеңілдік түрі
field-benefit-verified = Жеңілдік құжаттармен расталған
field-queue-position = Кезек нөмірі
field-benefit-queue-position = Жеңілдік санаты бойынша кезек нөмірі
field-number = Өтініш нөмірі
field-kind = Кезек түрі
field-registered-at = Тіркелген күні
field-channel = Өтінішті беру тәсілі
field-status = Ағымдағы күйі
field-updated-at = Соңғы өзгерістің күні мен уақыты
field-in-queue-since = Кезекке қойылған күні
field-place = Елді мекен
field-language = Оқыту тілі
field-extra-email = Қосымша Email
field-extra-phone = Қосымша телефон

history-col-at = Күні мен уақыты
history-col-action = Әрекет
history-col-user = Пайдаланушы
history-col-device = Құрылғы
history-col-changes = Өзгерістер
history-empty = Әзірге өзгерістер жоқ.
history-change = { $field }: { $before } → { $after }

documents-col-section = Бөлім
documents-col-name = Құжаттың атауы
documents-col-created = Құрылған күні
documents-col-file = Файл
documents-empty = Құжаттар жоқ.
documents-no-file = Файл әлі қалыптастырылмаған

settings-title = Баптаулар
settings-language = Интерфейс тілі
settings-language-hint = Тіл бірден ауысады және осы компьютерде сақталады.
settings-about = Бағдарлама туралы
about-version = Кезек нұсқасы
about-tauri = Tauri нұсқасы
about-sqlite = SQLite нұсқасы
about-schema = Дерекқор схемасының нұсқасы
about-database = Дерекқор файлы
about-device = Құрылғы идентификаторы

ui-language-ru = Русский
ui-language-kk = Қазақша
ui-language-ky = Кыргызча
ui-language-en = English

demo-offer-title = Жергілікті дерекқор бос
demo-offer-text = Кезек бағдарламасымен танысу үшін демонстрациялық деректерді жүктейсіз бе? Бұлар ойдан шығарылған өтініштер, балалар мен балабақшалар; нақты деректер синхрондау кезінде серверден келеді.
demo-offer-count = Өтініштер саны
demo-offer-load = Демо-деректерді жүктеу
demo-offer-skip = Бос дерекқордан бастау
demo-loading = Жүктелді: { $done } / { $total }
demo-loaded = Демо-деректер жүктелді
