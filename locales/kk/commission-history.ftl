# The voucher commission in the history of changes (entity commission_member, or the
# application) and the commission's refusals not listed in commission.ftl
# (invalid_input with args.reason; shown as commission-error-<reason>).

## History actions (history-action-<code>)

history-action-commission_member_added = Комиссия мүшесі қосылды
history-action-commission_member_changed = Комиссия мүшесінің деректері өзгертілді
history-action-commission_member_removed = Комиссия мүшесі тізімнен шығарылды
history-action-commission_members_seeded = Комиссия тізімі жүктелді (демо-деректер)
history-action-review_saved = Өтінімді комиссияның қарауы сақталды
history-action-protocol_draft_generated = Хаттама жобасы жасалды
history-action-protocol_sent = Хаттама төрағаға қол қоюға жіберілді
history-action-protocol_change_rejected = Сервер хаттамамен әрекетті қабылдамады
history-action-commission_decided = Қол қойылған хаттама бойынша комиссия шешімі

## Changed fields (history-field-<field>)

history-field-uid = Сәйкестендіргіш
history-field-personal_number = ПИН / ЖСН
history-field-full_name = Т.А.Ә.
history-field-position = Лауазымы
history-field-role = Комиссиядағы рөлі
history-field-active = Белсенді
history-field-members = Комиссия мүшелері
history-field-benefit = Жеңілдік түрі
history-field-decision = Шешім
history-field-protocol_number = Хаттама нөмірі
history-field-members_present = Қатысқан комиссия мүшелері
history-field-protocol_state = Хаттаманың күйі
history-field-reason = Себебі
history-field-signer = Сертификат иесі
history-field-signed_by = Қол қойған
history-field-mutation = Әрекет

## Refusals

# $member: the active chairman's name.
commission-error-second_chairman = Комиссияда белсенді төраға бар: { $member }. Алдымен оны белсенді емес етіңіз.
# $number: the application's number.
commission-error-not_a_voucher_application = № { $number } өтініш ваучерге өтінім емес.
# $number: the protocol's number.
commission-error-application_not_editable = Өтінім қол қоюға жіберілген немесе қол қойылған № { $number } хаттамаға енгізілген: оны өзгертуге болмайды.
commission-error-protocol_empty = Хаттамада бірде-бір өтінім жоқ.
commission-error-review_changed = Пішінді толтырып жатқанда комиссия тізімі немесе хаттама өзгерді. Қайта сақтаңыз.
commission-error-protocol_changed = Қол қойылған файл хаттама жобасымен сәйкес келмейді. Хаттаманы қайта ашып, қайта қол қойыңыз.
commission-error-not_chairman = Хаттамаларды тек комиссия төрағасы қайтара және қол қоя алады.
