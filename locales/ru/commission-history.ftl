# The voucher commission in the history of changes (entity commission_member, or the
# application) and the commission's refusals not listed in commission.ftl
# (invalid_input with args.reason; shown as commission-error-<reason>).

## History actions (history-action-<code>)

history-action-commission_member_added = Добавлен член комиссии
history-action-commission_member_changed = Изменены данные члена комиссии
history-action-commission_member_removed = Член комиссии удален из списка
history-action-commission_members_seeded = Загружен список комиссии (демо-данные)
history-action-review_saved = Сохранено рассмотрение заявки комиссией
history-action-protocol_draft_generated = Сформирован проект протокола
history-action-protocol_sent = Протокол отправлен на подпись председателю
history-action-protocol_change_rejected = Сервер отклонил действие с протоколом
history-action-commission_decided = Решение комиссии по подписанному протоколу

## Changed fields (history-field-<field>)

history-field-uid = Идентификатор
history-field-personal_number = ПИН / ИИН
history-field-full_name = ФИО
history-field-position = Должность
history-field-role = Роль в комиссии
history-field-active = Активен
history-field-members = Членов комиссии
history-field-benefit = Тип льготы
history-field-decision = Решение
history-field-protocol_number = Номер протокола
history-field-members_present = Присутствовало членов комиссии
history-field-protocol_state = Состояние протокола
history-field-reason = Причина
history-field-signer = Владелец сертификата
history-field-signed_by = Подписал
history-field-mutation = Действие

## Refusals

# $member: the active chairman's name.
commission-error-second_chairman = В комиссии уже есть активный председатель: { $member }. Сначала сделайте его неактивным.
# $number: the application's number.
commission-error-not_a_voucher_application = Заявление № { $number } не является заявкой на ваучер.
# $number: the protocol's number.
commission-error-application_not_editable = Заявка включена в протокол № { $number }, который уже отправлен на подпись или подписан: изменить ее нельзя.
commission-error-protocol_empty = В протоколе нет ни одной заявки.
commission-error-review_changed = Пока вы заполняли форму, список комиссии или протокол изменились. Сохраните еще раз.
commission-error-protocol_changed = Подписанный файл не совпадает с проектом протокола. Откройте протокол заново и подпишите еще раз.
commission-error-not_chairman = Возвращать и подписывать протоколы может только председатель комиссии.
