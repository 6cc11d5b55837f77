# Domain vocabulary: statuses, benefit categories, channels, documents, history.

kind-queue = Очередь в государственный детский сад
kind-voucher = Ваучер

status-registered = Зарегистрировано
status-in_queue = В очереди
status-notified = Направлено уведомление
status-directed = Выдано направление
status-enrolled = Зачислен
status-under_review = На рассмотрении комиссии
status-voucher_issued = Ваучер выдан
status-rejected = Отказано
status-withdrawn = Снят с очереди
status-removed = Снят с очереди по правилам
status-archived = В архиве

benefit-none = Без льготы
benefit-orphan = Дети-сироты и дети, оставшиеся без попечения родителей
benefit-military_family = Дети военнослужащих, погибших при исполнении служебных обязанностей
benefit-disability = Дети с инвалидностью
benefit-special_needs = Дети с особыми образовательными потребностями
benefit-large_family = Дети из многодетных семей
benefit-low_income = Дети из малообеспеченных семей

benefit-kind-out_of_turn = Вне очереди
benefit-kind-first_turn = В первую очередь
benefit-kind-general = В общую очередь

channel-office = Отдел образования (ЦОН)
channel-portal = Портал электронного правительства (ПЭП)

relation-father = Отец
relation-mother = Мать
relation-guardian = Законный представитель

sex-female = Женский
sex-male = Мужской

language-kk = Казахский
language-ky = Кыргызский
language-ru = Русский
language-en = Английский

document-kind-registration_notice = Уведомление о регистрации
document-kind-acceptance_notice = Извещение о приеме документов
document-kind-book_registration = Регистрация ребенка в книге учета
document-kind-child_card = Карточка ребенка
document-kind-direction = Направление в ДДО
document-kind-benefit_proof = Документы, удостоверяющие льготу
document-kind-birth_certificate = Свидетельство о рождении

documents-section-general = Общие документы
documents-section-attachment = Приложения к заявлению

history-action-registered = Заявление зарегистрировано
history-action-queued = Поставлено в очередь
history-action-benefit_verified = Льгота подтверждена
history-action-interest_confirmed = Подтверждена заинтересованность
history-action-contacts_changed = Изменены контактные данные
history-action-notified = Направлено уведомление
history-action-directed = Выдано направление
history-action-enrolled = Ребенок зачислен
history-action-withdrawn = Снят с очереди по заявлению
history-action-removed = Снят с очереди по правилам
history-action-archived = Перенесено в архив
history-action-review_started = Передано на рассмотрение комиссии
history-action-voucher_issued = Выдан ваучер
history-action-rejected = Отказано комиссией
history-action-language_changed = Изменён язык интерфейса
history-action-demo_loaded = Загружены демо-данные

history-field-status = Статус
history-field-benefit_verified = Льгота подтверждена
history-field-phone = Телефон
history-field-email = E-mail
history-field-language = Язык
history-field-kindergarten = Детский сад
history-field-applications = Заявлений
