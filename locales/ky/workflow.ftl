# Texts of the workflows (crates/domain/src/workflow): one message for every code the
# machines emit, checked by crates/i18n/tests/workflow_codes.rs.
#
# Variables: dates and times come already formatted for the reader (their language, the
# office's time zone); `$reason` and `$decision` come as the codes listed in their sections.
# History labels take no variables: the history shows an event's data in its own column.

## Refusals (DomainError::code, error-<code>)

# $state, $command: the codes of the state and the command (for the log; not shown).
error-not_allowed_in_state = Бул аракет арыздын учурдагы абалында жеткиликсиз.

# $deadline: the deadline that passed (date and time, formatted for the reader).
error-deadline_passed = Мөөнөт өтүп кетти, акыркы мөөнөт: { $deadline }.

# $deadline: the deadline that allows the action (date and time, formatted for the reader).
error-deadline_not_reached = Мөөнөт али келе элек. Бул аракет мүмкүн боло турган убакыт: { $deadline }.

# $turns_two_on: the child's second birthday (a date, formatted for the reader).
error-too_young = Балага али толук эки жаш толо элек. Эки жашка толгон күнү: { $turns_two_on }.

error-turn_not_come = Арыз берүүчүнүн кезеги али келе элек.
error-no_free_places = Бош орун жок.

# $until: the end of the stop list (date and time, formatted for the reader).
error-on_stop_list = Арыз стоп-тизмеде, жолдомо алуу бөгөттөлгөн. Стоп-тизменин аяктоо мөөнөтү: { $until }.

error-extension_already_used = Узартуу мүмкүнчүлүгү колдонулуп бүткөн: бир гана жолу узартууга болот.

# $max_days: the longest extension in calendar days (30).
error-invalid_extension = Узартуу мөөнөтү 1ден { $max_days } календардык күнгө чейин болушу керек.

# $offered_from: the moment the extension is offered (date and time, formatted for the reader).
error-extension_not_offered = Узартуу али сунушталган жок. Узартуу мүмкүн боло турган убакыт: { $offered_from }.

# $closed_at: the end of the 24 hours (date and time, formatted for the reader).
error-annulment_window_closed = Жолдомону берилген учурдан тартып бир сутканын ичинде гана жокко чыгарууга болот; бул мөөнөт аяктады: { $closed_at }.

error-restore_already_used = Арыз стоп-тизмеден бир жолу калыбына келтирилген; кайра калыбына келтирүү мүмкүн эмес.

# $opens_at: the start of the next 12-month period (date and time, formatted for the reader).
error-interest_already_confirmed = Учурдагы мезгил үчүн кызыкдарлык тастыкталган. Кийинки мезгилдин башталышы: { $opens_at }.

error-benefit_unchanged = Мурунку жеңилдик тандалды, өзгөрүү жок.

# $count: how many categories were given.
error-not_exactly_one_benefit = Жеңилдиктин бир гана категориясын көрсөтүү керек, көрсөтүлгөнү: { $count }.

error-missing_protocol_number = Протоколдун номери көрсөтүлгөн эмес.

# $expected: the number of the protocol holding the decision.
# $got: the number of the protocol given.
error-protocol_mismatch = Чечим № { $expected } протоколго киргизилген, № { $got } протоколго эмес.

error-no_members_present = Отурумга катышкан комиссия мүчөлөрүнүн бири да белгиленген эмес.
error-no_decisions = Протоколдо бир да чечим жок.

# $member: the member's name.
error-inactive_member = Комиссиянын мүчөсү { $member } активдүү эмес, аны протоколго киргизүүгө болбойт.

# $member: the person's name.
error-not_a_member = { $member } бул комиссиянын мүчөсү эмес.

error-not_chairman = Протоколго комиссиянын төрагасы гана кол коё алат.
error-immutable = Кол коюлган документти өзгөртүүгө болбойт.

# $missing: the names of the missing documents (contract-document-<code>), joined with commas.
error-missing_documents = Документтер тиркелген эмес: { $missing }.

error-signature_required = Электрондук кол тамга талап кылынат.
error-reason_required = Себебин көрсөтүңүз.

## History of changes (Event::code, history-action-<code>)

# interest_confirmed, directed, removed and voucher_issued are in domain.ftl.

history-action-status_changed = Статус өзгөртүлдү
history-action-benefit_changed = Жеңилдик өзгөртүлдү
history-action-place_released_to_free_choice = Орун эркин тандоого берилди
history-action-direction_extended = Жолдомо узартылды
history-action-direction_annulled = Жолдомо жокко чыгарылды
history-action-direction_used = Бала жолдомо боюнча бала бакчага келди
history-action-put_on_stop_list = Арыз стоп-тизмеге которулду
history-action-stop_list_ended = Стоп-тизменин мөөнөтү аяктады
history-action-documents_rejected = Өтүнмө документтер боюнча четке кагылды
history-action-voucher_annulled = Ваучер жокко чыгарылды
history-action-enrolment_window_opened = Бала бакчаны тандоо жана кабыл алуу мөөнөтү башталды
history-action-extension_offered = Ваучерди узартуу сунушталды
history-action-enrolment_window_extended = Кабыл алуу мөөнөтү узартылды
history-action-enrolment_requested = Бала бакчага кабыл алууга өтүнмө берилди
history-action-enrolment_declined = Бала бакча кабыл алуу өтүнмөсүн четке какты
history-action-restored = Арыз стоп-тизмеден калыбына келтирилди
history-action-contract_drafted = Бала бакча келишимди кол коюуга жөнөттү
history-action-contract_signed_by_parent = Келишимге ата-эне кол койду
history-action-contract_returned = Келишим ата-энеге оңдоого кайтарылды
history-action-contract_in_force = Келишимге бала бакча кол койду, келишим күчүнө кирди
history-action-contract_cancelled = Бала бакча келишимди жокко чыгарды
history-action-category_corrected = Жеңилдик категориясын катчы оңдоду
history-action-decision_recorded = Комиссиянын чечими протоколго киргизилди
history-action-decision_reopened = Комиссиянын чечими кайра кароого кайтарылды
history-action-protocol_number_set = Протоколдун номери көрсөтүлдү
history-action-protocol_members_set = Отурумга катышкан комиссия мүчөлөрү белгиленди
history-action-protocol_comment_set = Кошумча комментарийлер өзгөртүлдү
history-action-protocol_decision_recorded = Арыз боюнча чечим протоколго киргизилди
history-action-protocol_returned = Төрага протоколду оңдоого кайтарды
history-action-protocol_signed = Протоколго комиссиянын төрагасы кол койду
history-action-notification_due = Билдирме түзүлдү

## Notifications to send (NotificationKind::notification_code, notification-<code>)

# The text of the e-mail or SMS, in the recipient's language. Seed 003 gives the Russian
# wording of special_queue_confirmed and special_queue_rejected; the others follow the seeds'
# rules and terms.

# $position: the place in the queue, computed when the notification is rendered.
notification-queue_registered = Балаңыз { $position } номери менен кезекке ийгиликтүү коюлду.

# $choose_by: the end of the 3 working days to choose (date and time, formatted for the reader).
notification-turn_came = Мамлекеттик бала бакчага кезегиңиз келди, арыздын статусу: «Билдирме жөнөтүлдү». Бала бакчаны тандап, жолдомо алыңыз, акыркы мөөнөт: { $choose_by }. Эгер 3 жумуш күнүнүн ичинде бала бакчаны тандабасаңыз, бул орун топтун жылына ылайык бардык кезектегилерге жеткиликтүү болот, ал эми сиздин арызыңыз кезекте калат.

# $valid_until: the end of the direction's validity (date and time, formatted for the reader).
notification-direction_issued = Сизге мамлекеттик мектепке чейинки билим берүү уюмуна жолдомо берилди. Жолдомонун жарактуулук мөөнөтү: { $valid_until }. Эгер бала ушул мөөнөттө бала бакчага келбесе, жолдомо жокко чыгарылат, ал эми арыз 10 жумуш күнүнө стоп-тизмеге которулат.

# $stop_list_until: the end of the stop list (date and time, formatted for the reader).
notification-direction_expired = Жолдомонун жарактуулук мөөнөтү өтүп кетти, жолдомо жокко чыгарылды. Арыз стоп-тизмеде, жолдомо алуу бөгөттөлгөн. Стоп-тизменин аяктоо мөөнөтү: { $stop_list_until }. Жолдомонун мөөнөтү 2 жолу өткөрүп жиберилсе, бала кезектен чыгарылат.

# $reason: the removal reason code (removal-reason-<code>).
notification-removed_from_queue =
    { $reason ->
        [interest_not_confirmed] Балаңыз кезектен чыгарылды: орун алууга кызыкдарлык 12 айдын ичинде тастыкталган жок.
        [second_direction_expired] Балаңыз кезектен чыгарылды: жолдомонун жарактуулук мөөнөтү 2 жолу өткөрүп жиберилди.
       *[other] Балаңыз кезектин эрежелерине ылайык кезектен чыгарылды.
    }

# $login: the login to the personal page (seed 001), given by the sender; not in the event.
notification-application_received = Ваучер алууга арызыңыз кабыл алынды. «Балалык» АМСынын жеке кабинетине кирүү үчүн логин: { $login }. Комиссиянын чечими кошумча жөнөтүлөт жана жеке кабинетте көрсөтүлөт.

# $decision: the decision code (decision-<code>).
notification-commission_decision =
    { $decision ->
        [approved] Социалдык маселелер боюнча комиссия ваучер алууга арызыңызды жактырды.
       *[rejected] Социалдык маселелер боюнча комиссия арызыңыз боюнча ваучер берүүдөн баш тартты.
    }

notification-protocol_to_sign = Социалдык маселелер боюнча комиссиянын отурумунун протоколунун долбоору сизге кол коюуга жөнөтүлдү. Ага электрондук кол тамга менен кол коюңуз же себебин көрсөтүп, катчыга кайтарыңыз.

# $position: the place in the special queue, computed when the notification is rendered.
notification-special_queue_confirmed = Ваучер алууга өтүнмөңүз тастыкталды. Кезектеги орду: { $position }

# $by: the full name of the staff member who rejected it.
notification-special_queue_rejected = Ваучер алууга өтүнмөңүздү кызматкер четке какты: { $by }

# $confirm_by: the end of the 2 working days to confirm interest (date and time, formatted for the reader).
notification-voucher_issued = Кезегиңиз келди: сизге ваучер берилди. Билдирмедеги шилтеме же «Менин өтүнмөлөрүм» бөлүмү аркылуу кызыкдарлыгыңызды тастыктаңыз же ваучерден баш тартыңыз, акыркы мөөнөт: { $confirm_by }. Эгер кызыкдарлыгыңызды тастыктабасаңыз, ваучер жокко чыгарылат, ал эми арызыңыз стоп-тизмеге которулат.

# $reason: the annulment reason code (annulment-reason-<code>).
notification-voucher_annulled =
    { $reason ->
        [interest_not_confirmed] Ваучер жокко чыгарылды: сиз 2 жумуш күнүнүн ичинде кызыкдарлыгыңызды тастыктаган жоксуз.
        [refused] Сиз ваучерден баш тарттыңыз: ваучер жокко чыгарылды, арыз архивге которулду. Ваучер алуу үчүн кезекке кайра туруу керек.
        [not_enrolled_in_time] Ваучер жокко чыгарылды: бала бакчага кабыл алуу белгиленген мөөнөттө аяктаган жок. Арыз архивге которулду.
        [application_withdrawn] Ваучер жокко чыгарылды: арыз кайтарылып алынды.
       *[other] Ваучер жокко чыгарылды.
    }

# $enrol_by: the current end of the enrolment window (date and time, formatted for the reader).
notification-extension_offered = Бала бакчага кабыл алуу али аяктай элек, мөөнөттүн аяктышы: { $enrol_by }. «Менин өтүнмөлөрүм» бөлүмүндө ваучерди дагы 2 жумуш күнүнө узартсаңыз болот.

notification-contract_to_sign = Бала бакча арызыңызды карап чыгып, сизге кол коюуга келишим жөнөттү. Келишимди толтуруп, документтерди тиркеп, электрондук кол тамгаңыз менен кол коюп, бала бакчага кол коюуга жөнөтүңүз.
notification-contract_to_sign_by_head = Ата-эне кабыл алуу келишимине кол койду. Келишимди жана документтерди текшерип, электрондук кол тамга менен кол коюңуз же себебин көрсөтүп, ата-энеге кайтарыңыз.
notification-contract_returned = Бала бакча келишимди сизге оңдоого кайтарды. Келишимди оңдоп, электрондук кол тамгаңыз менен кол коюп, кайра жөнөтүңүз.
notification-enrolled = Балаңыз бала бакчага кабыл алынды.

## Reasons and decisions (the other code() functions of the workflows)

removal-reason-interest_not_confirmed = Кызыкдарлык 12 айдын ичинде тастыкталган жок
removal-reason-second_direction_expired = Жолдомонун мөөнөтү эки жолу өткөрүп жиберилди
annulment-reason-expired = Жарактуулук мөөнөтү өттү
annulment-reason-by_applicant = Арыз берүүчүнүн демилгеси менен жокко чыгарылды
annulment-reason-application_withdrawn = Арыз кайтарылып алынды
annulment-reason-interest_not_confirmed = Кызыкдарлык тастыкталган жок
annulment-reason-refused = Ваучерден баш тартылды
annulment-reason-not_enrolled_in_time = Кабыл алуу мөөнөтүндө аяктаган жок
decision-approved = Жактырылды
decision-rejected = Четке кагылды
archive-reason-rejected = Кызматкер документтер боюнча четке какты
archive-reason-voucher_refused = Ваучерден баш тартылды
archive-reason-not_restored = 28 күндүн ичинде стоп-тизмеден калыбына келтирилген жок
archive-reason-interest_not_confirmed_again = Кызыкдарлык кайрадан тастыкталган жок
archive-reason-not_enrolled_in_time = Кабыл алуу мөөнөтүндө аяктаган жок
archive-reason-withdrawn = Арыз кайтарылып алынды
contract-document-form027 = 027/у формасындагы маалымкат
contract-document-birth_certificate = Туулгандыгы тууралуу күбөлүк
contract-document-parent_identity = Ата-энелердин биринин инсандыгын тастыктаган документ
contract-document-health_passport052 = № 052-2/у «Баланын ден соолук паспорту» формасындагы маалымкат
contract-document-vaccinations065 = № 065/у формасындагы профилактикалык эмдөөлөр картасы
contract-document-pmpk_conclusion = ПМПКнын корутундусу

## States of the state-kindergarten queue (QueueState::code, queue-state-<code>)

queue-state-registered = Катталды
queue-state-in_queue = Кезекте
queue-state-notified = Билдирме жөнөтүлдү
queue-state-directed = Жолдомо берилди
queue-state-enrolled = Кабыл алынды
queue-state-withdrawn = Кезектен чыгарылды
queue-state-removed = Эрежелерге ылайык кезектен чыгарылды
queue-state-archived = Архивде

## States of a direction (DirectionState::code, direction-state-<code>)

direction-state-issued = Жарактуу
direction-state-extended = Узартылды
direction-state-used = Колдонулду
direction-state-expired = Мөөнөтү өттү
direction-state-annulled = Жокко чыгарылды

## States of a voucher application in Kyrgyzstan (VoucherKgState::code, voucher-kg-state-<code>)

voucher-kg-state-submitted = Арыз берилди
voucher-kg-state-under_review = Комиссиянын кароосунда
voucher-kg-state-decided = Чечим протоколдун долбоорунда
voucher-kg-state-voucher_active = Ваучер ыйгарылды
voucher-kg-state-rejected = Баш тартылды
voucher-kg-state-withdrawn = Кайтарылып алынды
voucher-kg-state-archived = Архивде

## States of the special voucher queue (SpecialVoucherState::code, special-voucher-state-<code>)

special-voucher-state-awaiting_documents = Документтердин тастыкталышын күтүүдө
special-voucher-state-in_queue = Кезекте
special-voucher-state-voucher_issued = Ваучер берилди
special-voucher-state-stop_list = Стоп-тизмеде
special-voucher-state-choosing_kindergarten = Бала бакчаны тандоо
special-voucher-state-awaiting_contract = Бала бакчадан келишимди күтүңүз
special-voucher-state-contract_to_sign = Келишим ата-эненин кол коюусунда
special-voucher-state-contract_signed_by_parent = Келишим бала бакчанын кол коюусунда
special-voucher-state-enrolled = Кабыл алынды
special-voucher-state-archived = Архивде

## States of a commission protocol (ProtocolState::code, protocol-state-<code>)

protocol-state-draft = Долбоор
protocol-state-sent_for_signature = Төраганын кол коюусунда
protocol-state-signed = Кол коюлду

## States of an enrolment contract (ContractState::code, contract-state-<code>)

contract-state-drafted = Ата-эненин кол тамгасын күтүүдө
contract-state-signed_by_parent = Ата-эне кол койду
contract-state-in_force = Күчүндө
contract-state-cancelled = Жокко чыгарылды
