# Domain vocabulary: statuses, benefit categories, channels, documents, history.

kind-queue = Мамлекеттик балдар бакчасына кезек
kind-voucher = Ваучер

status-registered = Катталды
status-in_queue = Кезекте
status-notified = Билдирме жөнөтүлдү
status-directed = Жолдомо берилди
status-enrolled = Кабыл алынды
status-under_review = Комиссиянын кароосунда
status-voucher_issued = Ваучер берилди
status-rejected = Баш тартылды
status-withdrawn = Кезектен чыгарылды
status-removed = Эрежелерге ылайык кезектен чыгарылды
status-archived = Архивде

benefit-none = Жеңилдиксиз
benefit-orphan = Жетим балдар жана ата-энесинин камкордугусуз калган балдар
benefit-military_family = Кызматтык милдеттерин аткарууда каза болгон аскер кызматчыларынын балдары
benefit-disability = Майыптуулугу бар балдар
benefit-special_needs = Өзгөчө билим берүү муктаждыктары бар балдар
benefit-large_family = Көп балалуу үй-бүлөлөрдүн балдары
benefit-low_income = Аз камсыз болгон үй-бүлөлөрдүн балдары

benefit-kind-out_of_turn = Кезексиз
benefit-kind-first_turn = Биринчи кезекте
benefit-kind-general = Жалпы кезекте

channel-office = Билим берүү бөлүмү (КТБ)
channel-portal = Электрондук өкмөт порталы

relation-father = Атасы
relation-mother = Энеси
relation-guardian = Мыйзамдуу өкүлү

sex-female = Аял
sex-male = Эркек

language-kk = Казак тили
language-ky = Кыргыз тили
language-ru = Орус тили
language-en = Англис тили

document-kind-registration_notice = Каттоо жөнүндө билдирме
document-kind-acceptance_notice = Документтерди кабыл алуу жөнүндө кабарлама
document-kind-book_registration = Баланы каттоо китебине каттоо
document-kind-child_card = Баланын карточкасы
document-kind-direction = Мектепке чейинки билим берүү уюмуна жолдомо
document-kind-benefit_proof = Жеңилдикти тастыктоочу документтер
document-kind-birth_certificate = Туулгандыгы жөнүндө күбөлүк

documents-section-general = Жалпы документтер
documents-section-attachment = Арызга тиркемелер

history-action-registered = Арыз катталды
history-action-queued = Кезекке коюлду
history-action-benefit_verified = Жеңилдик тастыкталды
history-action-interest_confirmed = Кызыкдарлык тастыкталды
history-action-contacts_changed = Байланыш маалыматтары өзгөртүлдү
history-action-notified = Билдирме жөнөтүлдү
history-action-directed = Жолдомо берилди
history-action-enrolled = Бала кабыл алынды
history-action-withdrawn = Арыз боюнча кезектен чыгарылды
history-action-removed = Эрежелерге ылайык кезектен чыгарылды
history-action-archived = Архивге которулду
history-action-review_started = Комиссиянын кароосуна берилди
history-action-voucher_issued = Ваучер берилди
history-action-rejected = Комиссия баш тартты
history-action-language_changed = Интерфейстин тили өзгөртүлдү
history-action-demo_loaded = Демо-маалыматтар жүктөлдү

history-field-status = Статусу
history-field-benefit_verified = Жеңилдик тастыкталды
history-field-phone = Телефон
history-field-email = E-mail
history-field-language = Тил
history-field-kindergarten = Балдар бакчасы
history-field-applications = Арыздар
