# Domain vocabulary: statuses, benefit categories, channels, documents, history.

kind-queue = Мемлекеттік балабақшаға кезек
kind-voucher = Ваучер

status-registered = Тіркелді
status-in_queue = Кезекте
status-notified = Хабарлама жіберілді
status-directed = Жолдама берілді
status-enrolled = Қабылданды
status-under_review = Комиссияның қарауында
status-voucher_issued = Ваучер берілді
status-rejected = Бас тартылды
status-withdrawn = Кезектен алынды
status-removed = Қағидаларға сәйкес кезектен алынды
status-archived = Мұрағатта

benefit-none = Жеңілдіксіз
benefit-orphan = Жетім балалар және ата-анасының қамқорлығынсыз қалған балалар
benefit-military_family = Қызметтік міндеттерін атқару кезінде қаза тапқан әскери қызметшілердің балалары
benefit-disability = Мүгедектігі бар балалар
benefit-special_needs = Ерекше білім беру қажеттіліктері бар балалар
benefit-large_family = Көп балалы отбасылардың балалары
benefit-low_income = Аз қамтылған отбасылардың балалары

benefit-kind-out_of_turn = Кезектен тыс
benefit-kind-first_turn = Бірінші кезекте
benefit-kind-general = Жалпы кезекте

channel-office = Білім бөлімі (ХҚКО)
channel-portal = Электрондық үкімет порталы (ЭҮП)

relation-father = Әкесі
relation-mother = Анасы
relation-guardian = Заңды өкілі

sex-female = Әйел
sex-male = Ер

language-kk = Қазақ тілі
language-ky = Қырғыз тілі
language-ru = Орыс тілі
language-en = Ағылшын тілі

document-kind-registration_notice = Тіркеу туралы хабарлама
document-kind-acceptance_notice = Құжаттарды қабылдау туралы хабарлама
document-kind-book_registration = Баланы есепке алу кітабында тіркеу
document-kind-child_card = Баланың карточкасы
document-kind-direction = Мектепке дейінгі ұйымға жолдама
document-kind-benefit_proof = Жеңілдікті растайтын құжаттар
document-kind-birth_certificate = Туу туралы куәлік

documents-section-general = Жалпы құжаттар
documents-section-attachment = Өтінішке қосымшалар

history-action-registered = Өтініш тіркелді
history-action-queued = Кезекке қойылды
history-action-benefit_verified = Жеңілдік расталды
history-action-interest_confirmed = Мүдделілік расталды
history-action-contacts_changed = Байланыс деректері өзгертілді
history-action-notified = Хабарлама жіберілді
history-action-directed = Жолдама берілді
history-action-enrolled = Бала қабылданды
history-action-withdrawn = Өтініш бойынша кезектен алынды
history-action-removed = Қағидаларға сәйкес кезектен алынды
history-action-archived = Мұрағатқа ауыстырылды
history-action-review_started = Комиссияның қарауына берілді
history-action-voucher_issued = Ваучер берілді
history-action-rejected = Комиссия бас тартты
history-action-language_changed = Интерфейс тілі өзгертілді
history-action-demo_loaded = Демо-деректер жүктелді

history-field-status = Мәртебесі
history-field-benefit_verified = Жеңілдік расталды
history-field-phone = Телефон
history-field-email = E-mail
history-field-language = Тіл
history-field-kindergarten = Балабақша
history-field-applications = Өтініштер
