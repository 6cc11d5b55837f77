# Texts of the workflows (crates/domain/src/workflow): one message for every code the
# machines emit, checked by crates/i18n/tests/workflow_codes.rs.
#
# Variables: dates and times come already formatted for the reader (their language, the
# office's time zone); `$reason` and `$decision` come as the codes listed in their sections.
# History labels take no variables: the history shows an event's data in its own column.

## Refusals (DomainError::code, error-<code>)

# $state, $command: the codes of the state and the command (for the log; not shown).
error-not_allowed_in_state = Это действие недоступно в текущем состоянии заявления.

# $deadline: the deadline that passed (date and time, formatted for the reader).
error-deadline_passed = Срок истек: { $deadline }.

# $deadline: the deadline that allows the action (date and time, formatted for the reader).
error-deadline_not_reached = Срок еще не наступил: это действие станет возможным { $deadline }.

# $turns_two_on: the child's second birthday (a date, formatted for the reader).
error-too_young = Ребенку еще нет двух полных лет. Два года исполнится { $turns_two_on }.

error-turn_not_come = Очередь заявителя еще не подошла.
error-no_free_places = Нет свободных мест.

# $until: the end of the stop list (date and time, formatted for the reader).
error-on_stop_list = Заявление находится в стоп-листе до { $until }: получение направления заблокировано.

error-extension_already_used = Продление уже использовано: продлить можно только один раз.

# $max_days: the longest extension in calendar days (30).
error-invalid_extension = Продлить можно на срок от 1 до { $max_days } календарных дней.

# $offered_from: the moment the extension is offered (date and time, formatted for the reader).
error-extension_not_offered = Продление еще не предложено: оно станет доступно { $offered_from }.

# $closed_at: the end of the 24 hours (date and time, formatted for the reader).
error-annulment_window_closed = Аннулировать направление можно только в течение суток с момента выдачи; этот срок истек { $closed_at }.

error-restore_already_used = Заявление уже восстанавливалось из стоп-листа; повторное восстановление невозможно.

# $opens_at: the start of the next 12-month period (date and time, formatted for the reader).
error-interest_already_confirmed = Заинтересованность за текущий период уже подтверждена. Следующий период начнется { $opens_at }.

error-benefit_unchanged = Выбрана та же льгота, что и раньше.

# $count: how many categories were given.
error-not_exactly_one_benefit = Нужно указать ровно одну категорию льготы, указано: { $count }.

error-missing_protocol_number = Не указан номер протокола.

# $expected: the number of the protocol holding the decision.
# $got: the number of the protocol given.
error-protocol_mismatch = Решение записано в протоколе № { $expected }, а не в протоколе № { $got }.

error-no_members_present = Не отмечен ни один член комиссии, участвовавший в заседании.
error-no_decisions = В протоколе нет ни одного решения.

# $member: the member's name.
error-inactive_member = Член комиссии { $member } не активен и не может быть указан в протоколе.

# $member: the person's name.
error-not_a_member = { $member } не является членом этой комиссии.

error-not_chairman = Подписать протокол может только председатель комиссии.
error-immutable = Подписанный документ нельзя изменить.

# $missing: the names of the missing documents (contract-document-<code>), joined with commas.
error-missing_documents = Не приложены документы: { $missing }.

error-signature_required = Требуется подпись ЭЦП.
error-reason_required = Укажите причину.

## History of changes (Event::code, history-action-<code>)

# interest_confirmed, directed, removed and voucher_issued are in domain.ftl.

history-action-status_changed = Изменен статус
history-action-benefit_changed = Изменена льгота
history-action-place_released_to_free_choice = Место передано в свободный выбор
history-action-direction_extended = Направление продлено
history-action-direction_annulled = Направление аннулировано
history-action-direction_used = Ребенок прибыл в детский сад по направлению
history-action-put_on_stop_list = Заявление перемещено в стоп-лист
history-action-stop_list_ended = Срок стоп-листа истек
history-action-documents_rejected = Заявка отклонена по документам
history-action-voucher_annulled = Ваучер аннулирован
history-action-enrolment_window_opened = Открыт срок выбора детского сада и зачисления
history-action-extension_offered = Предложено продление ваучера
history-action-enrolment_window_extended = Срок зачисления продлен
history-action-enrolment_requested = Подана заявка на зачисление в детский сад
history-action-enrolment_declined = Детский сад отклонил заявку на зачисление
history-action-restored = Заявление восстановлено из стоп-листа
history-action-contract_drafted = Детский сад направил договор на подписание
history-action-contract_signed_by_parent = Договор подписан родителем
history-action-contract_returned = Договор возвращен родителю на доработку
history-action-contract_in_force = Договор подписан детским садом и вступил в силу
history-action-contract_cancelled = Договор отменен детским садом
history-action-category_corrected = Категория льготы исправлена секретарем
history-action-decision_recorded = Решение комиссии внесено в протокол
history-action-decision_reopened = Решение комиссии возвращено на рассмотрение
history-action-protocol_number_set = Указан номер протокола
history-action-protocol_members_set = Отмечены члены комиссии, участвовавшие в заседании
history-action-protocol_comment_set = Изменены дополнительные комментарии
history-action-protocol_decision_recorded = Решение по заявке внесено в протокол
history-action-protocol_returned = Протокол возвращен председателем на доработку
history-action-protocol_signed = Протокол подписан председателем комиссии
history-action-notification_due = Сформировано уведомление

## Notifications to send (NotificationKind::notification_code, notification-<code>)

# The text of the e-mail or SMS, in the recipient's language. Seed 003 gives the Russian
# wording of special_queue_confirmed and special_queue_rejected; the others follow the seeds'
# rules and terms.

# $position: the place in the queue, computed when the notification is rendered.
notification-queue_registered = Ваш ребенок успешно встал в очередь под номером { $position }.

# $choose_by: the end of the 3 working days to choose (date and time, formatted for the reader).
notification-turn_came = Подошла ваша очередь в государственный детский сад, статус заявления: «Направлено уведомление». Выберите детский сад и получите направление до { $choose_by }. Если вы не выберете детский сад в течение 3 рабочих дней, место станет доступно всем очередникам согласно году группы, а ваше заявление останется в очереди.

# $valid_until: the end of the direction's validity (date and time, formatted for the reader).
notification-direction_issued = Вам выдано направление в государственную дошкольную организацию. Направление действительно до { $valid_until }. Если ребенок не прибудет в детский сад в этот срок, направление будет аннулировано, а заявление перемещено в стоп-лист на 10 рабочих дней.

# $stop_list_until: the end of the stop list (date and time, formatted for the reader).
notification-direction_expired = Срок действия направления истек, направление аннулировано. Заявление находится в стоп-листе до { $stop_list_until }: до этого времени получение направления заблокировано. Если срок действия направления будет просрочен 2 раза, ребенок будет снят с очереди.

# $reason: the removal reason code (removal-reason-<code>).
notification-removed_from_queue =
    { $reason ->
        [interest_not_confirmed] Ваш ребенок снят с очереди: заинтересованность в месте не была подтверждена в течение 12 месяцев.
        [second_direction_expired] Ваш ребенок снят с очереди: срок действия направления просрочен 2 раза.
       *[other] Ваш ребенок снят с очереди по правилам очереди.
    }

# $login: the login to the personal page (seed 001), given by the sender; not in the event.
notification-application_received = Ваша заявка на получение ваучера принята. Логин для входа в личный кабинет АИС «Балалык»: { $login }. Решение комиссии будет направлено дополнительно и отобразится в личном кабинете.

# $decision: the decision code (decision-<code>).
notification-commission_decision =
    { $decision ->
        [approved] Комиссия по социальным вопросам одобрила вашу заявку на получение ваучера.
       *[rejected] Комиссия по социальным вопросам отказала в предоставлении ваучера по вашей заявке.
    }

notification-protocol_to_sign = Проект протокола заседания Комиссии по социальным вопросам направлен вам на подпись. Подпишите его электронной подписью или верните секретарю с указанием причины.

# $position: the place in the special queue, computed when the notification is rendered.
notification-special_queue_confirmed = Ваша заявка на получение ваучера подтверждена. Место в очереди: { $position }

# $by: the full name of the staff member who rejected it.
notification-special_queue_rejected = Ваша заявка на получение ваучера отклонена сотрудником: { $by }

# $confirm_by: the end of the 2 working days to confirm interest (date and time, formatted for the reader).
notification-voucher_issued = Подошла ваша очередь: вам выдан ваучер. Подтвердите свою заинтересованность или откажитесь от ваучера до { $confirm_by } по ссылке в уведомлении или в разделе «Мои заявки». Если вы не подтвердите заинтересованность, ваучер будет аннулирован, а ваше заявление переместится в стоп-лист.

# $reason: the annulment reason code (annulment-reason-<code>).
notification-voucher_annulled =
    { $reason ->
        [interest_not_confirmed] Ваучер аннулирован: вы не подтвердили заинтересованность в течение 2 рабочих дней.
        [refused] Вы отказались от ваучера: ваучер аннулирован, заявление перемещено в архив. Чтобы получить ваучер, нужно встать в очередь снова.
        [not_enrolled_in_time] Ваучер аннулирован: зачисление в детский сад не завершено в установленный срок. Заявление перемещено в архив.
        [application_withdrawn] Ваучер аннулирован: заявление отозвано.
       *[other] Ваучер аннулирован.
    }

# $enrol_by: the current end of the enrolment window (date and time, formatted for the reader).
notification-extension_offered = Вы еще не завершили зачисление в детский сад, срок истекает { $enrol_by }. Вы можете продлить ваучер еще на 2 рабочих дня в разделе «Мои заявки».

notification-contract_to_sign = Детский сад рассмотрел ваше заявление и отправил вам договор на подписание. Заполните договор, прикрепите документы, подпишите своей ЭЦП и отправьте на подписание детскому саду.
notification-contract_to_sign_by_head = Родитель подписал договор о зачислении. Проверьте договор и документы и подпишите его ЭЦП или верните родителю с указанием причины.
notification-contract_returned = Детский сад вернул вам договор на доработку. Исправьте договор, подпишите своей ЭЦП и отправьте снова.
notification-enrolled = Ваш ребенок зачислен в детский сад.

## Reasons and decisions (the other code() functions of the workflows)

removal-reason-interest_not_confirmed = Заинтересованность не подтверждена в течение 12 месяцев
removal-reason-second_direction_expired = Срок действия направления просрочен дважды
annulment-reason-expired = Истек срок действия
annulment-reason-by_applicant = Аннулировано заявителем
annulment-reason-application_withdrawn = Заявление отозвано
annulment-reason-interest_not_confirmed = Заинтересованность не подтверждена
annulment-reason-refused = Отказ от ваучера
annulment-reason-not_enrolled_in_time = Зачисление не завершено в срок
decision-approved = Одобрено
decision-rejected = Отклонено
archive-reason-rejected = Отклонено сотрудником по документам
archive-reason-voucher_refused = Отказ от ваучера
archive-reason-not_restored = Не восстановлено из стоп-листа в течение 28 дней
archive-reason-interest_not_confirmed_again = Заинтересованность повторно не подтверждена
archive-reason-not_enrolled_in_time = Зачисление не завершено в срок
archive-reason-withdrawn = Заявление отозвано
contract-document-form027 = Справка формы 027/у
contract-document-birth_certificate = Свидетельство о рождении
contract-document-parent_identity = Удостоверение личности одного из родителей
contract-document-health_passport052 = Справка формы № 052-2/у «Паспорт здоровья ребенка»
contract-document-vaccinations065 = Карта профилактических прививок формы № 065/у
contract-document-pmpk_conclusion = Заключение ПМПК

## States of the state-kindergarten queue (QueueState::code, queue-state-<code>)

queue-state-registered = Зарегистрировано
queue-state-in_queue = В очереди
queue-state-notified = Направлено уведомление
queue-state-directed = Выдано направление
queue-state-enrolled = Зачислен
queue-state-withdrawn = Снят с очереди
queue-state-removed = Снят с очереди по правилам
queue-state-archived = В архиве

## States of a direction (DirectionState::code, direction-state-<code>)

direction-state-issued = Действует
direction-state-extended = Продлено
direction-state-used = Использовано
direction-state-expired = Истек срок действия
direction-state-annulled = Аннулировано

## States of a voucher application in Kyrgyzstan (VoucherKgState::code, voucher-kg-state-<code>)

voucher-kg-state-submitted = Подана
voucher-kg-state-under_review = На рассмотрении комиссии
voucher-kg-state-decided = Решение в проекте протокола
voucher-kg-state-voucher_active = Ваучер присвоен
voucher-kg-state-rejected = Отказано
voucher-kg-state-withdrawn = Отозвана
voucher-kg-state-archived = В архиве

## States of the special voucher queue (SpecialVoucherState::code, special-voucher-state-<code>)

special-voucher-state-awaiting_documents = Ожидание подтверждения документов
special-voucher-state-in_queue = В очереди
special-voucher-state-voucher_issued = Ваучер выдан
special-voucher-state-stop_list = В стоп-листе
special-voucher-state-choosing_kindergarten = Выбор детского сада
special-voucher-state-awaiting_contract = Ожидайте договор от ДО
special-voucher-state-contract_to_sign = Договор на подписании у родителя
special-voucher-state-contract_signed_by_parent = Договор на подписании у ДО
special-voucher-state-enrolled = Зачислен
special-voucher-state-archived = В архиве

## States of a commission protocol (ProtocolState::code, protocol-state-<code>)

protocol-state-draft = Проект
protocol-state-sent_for_signature = На подписи у председателя
protocol-state-signed = Подписан

## States of an enrolment contract (ContractState::code, contract-state-<code>)

contract-state-drafted = Ожидает подписи родителя
contract-state-signed_by_parent = Подписан родителем
contract-state-in_force = Действует
contract-state-cancelled = Отменен
