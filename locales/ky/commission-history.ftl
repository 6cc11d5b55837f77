# The voucher commission in the history of changes (entity commission_member, or the
# application) and the commission's refusals not listed in commission.ftl
# (invalid_input with args.reason; shown as commission-error-<reason>).

## History actions (history-action-<code>)

history-action-commission_member_added = Комиссиянын мүчөсү кошулду
history-action-commission_member_changed = Комиссиянын мүчөсүнүн маалыматы өзгөртүлдү
history-action-commission_member_removed = Комиссиянын мүчөсү тизмеден чыгарылды
history-action-commission_members_seeded = Комиссиянын тизмеси жүктөлдү (демо-маалымат)
history-action-review_saved = Арызды комиссиянын кароосу сакталды
history-action-protocol_draft_generated = Протоколдун долбоору түзүлдү
history-action-protocol_sent = Протокол төрагага кол коюуга жөнөтүлдү
history-action-protocol_change_rejected = Сервер протокол менен аракетти кабыл алган жок
history-action-commission_decided = Кол коюлган протокол боюнча комиссиянын чечими

## Changed fields (history-field-<field>)

history-field-uid = Идентификатор
history-field-personal_number = ПИН / ИИН
history-field-full_name = Аты-жөнү
history-field-position = Кызматы
history-field-role = Комиссиядагы ролу
history-field-active = Активдүү
history-field-members = Комиссиянын мүчөлөрү
history-field-benefit = Жеңилдиктин түрү
history-field-decision = Чечим
history-field-protocol_number = Протоколдун номери
history-field-members_present = Катышкан комиссия мүчөлөрү
history-field-protocol_state = Протоколдун абалы
history-field-reason = Себеби
history-field-signer = Сертификаттын ээси
history-field-signed_by = Кол койгон
history-field-mutation = Аракет

## Refusals

# $member: the active chairman's name.
commission-error-second_chairman = Комиссияда активдүү төрага бар: { $member }. Адегенде аны активдүү эмес кылыңыз.
# $number: the application's number.
commission-error-not_a_voucher_application = № { $number } арыз ваучерге арыз эмес.
# $number: the protocol's number.
commission-error-application_not_editable = Арыз кол коюуга жөнөтүлгөн же кол коюлган № { $number } протоколго киргизилген: аны өзгөртүүгө болбойт.
commission-error-protocol_empty = Протоколдо бир да арыз жок.
commission-error-review_changed = Форманы толтуруп жатканда комиссиянын тизмеси же протокол өзгөрдү. Кайра сактаңыз.
commission-error-protocol_changed = Кол коюлган файл протоколдун долбоору менен дал келбейт. Протоколду кайра ачып, кайра кол коюңуз.
commission-error-not_chairman = Протоколдорду комиссиянын төрагасы гана кайтара жана кол коё алат.
