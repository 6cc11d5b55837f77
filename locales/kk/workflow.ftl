# Texts of the workflows (crates/domain/src/workflow): one message for every code the
# machines emit, checked by crates/i18n/tests/workflow_codes.rs.
#
# Variables: dates and times come already formatted for the reader (their language, the
# office's time zone); `$reason` and `$decision` come as the codes listed in their sections.
# History labels take no variables: the history shows an event's data in its own column.

## Refusals (DomainError::code, error-<code>)

# $state, $command: the codes of the state and the command (for the log; not shown).
error-not_allowed_in_state = Бұл әрекет өтініштің ағымдағы күйінде қолжетімсіз.

# $deadline: the deadline that passed (date and time, formatted for the reader).
error-deadline_passed = Мерзім өтіп кетті, соңғы мерзім: { $deadline }.

# $deadline: the deadline that allows the action (date and time, formatted for the reader).
error-deadline_not_reached = Мерзім әлі келген жоқ. Бұл әрекет мүмкін болатын уақыт: { $deadline }.

# $turns_two_on: the child's second birthday (a date, formatted for the reader).
error-too_young = Балаға әлі толық екі жас толмаған. Екі жасқа толатын күні: { $turns_two_on }.

error-turn_not_come = Өтініш берушінің кезегі әлі келген жоқ.
error-no_free_places = Бос орын жоқ.

# $until: the end of the stop list (date and time, formatted for the reader).
error-on_stop_list = Өтініш стоп-парақта, жолдама алу бұғатталған. Стоп-парақтың аяқталу мерзімі: { $until }.

error-extension_already_used = Ұзарту мүмкіндігі пайдаланылып қойған: тек бір рет ұзартуға болады.

# $max_days: the longest extension in calendar days (30).
error-invalid_extension = Ұзарту мерзімі 1-ден { $max_days } күнтізбелік күнге дейін болуы тиіс.

# $offered_from: the moment the extension is offered (date and time, formatted for the reader).
error-extension_not_offered = Ұзарту әлі ұсынылған жоқ. Ұзарту мүмкін болатын уақыт: { $offered_from }.

# $closed_at: the end of the 24 hours (date and time, formatted for the reader).
error-annulment_window_closed = Жолдаманы берілген сәттен бастап бір тәулік ішінде ғана жоюға болады; бұл мерзім аяқталды: { $closed_at }.

error-restore_already_used = Өтініш стоп-парақтан бір рет қалпына келтірілген; қайта қалпына келтіру мүмкін емес.

# $opens_at: the start of the next 12-month period (date and time, formatted for the reader).
error-interest_already_confirmed = Ағымдағы кезеңге мүдделілік расталған. Келесі кезеңнің басталуы: { $opens_at }.

error-benefit_unchanged = Бұрынғы жеңілдік таңдалды, өзгеріс жоқ.

# $count: how many categories were given.
error-not_exactly_one_benefit = Жеңілдіктің тек бір санатын көрсету қажет, көрсетілгені: { $count }.

error-missing_protocol_number = Хаттаманың нөмірі көрсетілмеген.

# $expected: the number of the protocol holding the decision.
# $got: the number of the protocol given.
error-protocol_mismatch = Шешім № { $expected } хаттамаға енгізілген, № { $got } хаттамаға емес.

error-no_members_present = Отырысқа қатысқан комиссия мүшелерінің ешқайсысы белгіленбеген.
error-no_decisions = Хаттамада бірде-бір шешім жоқ.

# $member: the member's name.
error-inactive_member = Комиссия мүшесі { $member } белсенді емес, оны хаттамаға енгізуге болмайды.

# $member: the person's name.
error-not_a_member = { $member } бұл комиссияның мүшесі емес.

error-not_chairman = Хаттамаға тек комиссия төрағасы қол қоя алады.
error-immutable = Қол қойылған құжатты өзгертуге болмайды.

# $missing: the names of the missing documents (contract-document-<code>), joined with commas.
error-missing_documents = Құжаттар тіркелмеген: { $missing }.

error-signature_required = ЭЦҚ қолтаңбасы қажет.
error-reason_required = Себебін көрсетіңіз.

## History of changes (Event::code, history-action-<code>)

# interest_confirmed, directed, removed and voucher_issued are in domain.ftl.

history-action-status_changed = Мәртебе өзгертілді
history-action-benefit_changed = Жеңілдік өзгертілді
history-action-place_released_to_free_choice = Орын еркін таңдауға берілді
history-action-direction_extended = Жолдама ұзартылды
history-action-direction_annulled = Жолдаманың күші жойылды
history-action-direction_used = Бала жолдама бойынша балабақшаға келді
history-action-put_on_stop_list = Өтініш стоп-параққа ауыстырылды
history-action-stop_list_ended = Стоп-парақ мерзімі аяқталды
history-action-documents_rejected = Өтінім құжаттар бойынша қабылданбады
history-action-voucher_annulled = Ваучердің күші жойылды
history-action-enrolment_window_opened = Балабақшаны таңдау және қабылдау мерзімі басталды
history-action-extension_offered = Ваучерді ұзарту ұсынылды
history-action-enrolment_window_extended = Қабылдау мерзімі ұзартылды
history-action-enrolment_requested = Балабақшаға қабылдауға өтінім берілді
history-action-enrolment_declined = Балабақша қабылдау туралы өтінімді қабылдамады
history-action-restored = Өтініш стоп-парақтан қалпына келтірілді
history-action-contract_drafted = Балабақша шартты қол қоюға жіберді
history-action-contract_signed_by_parent = Шартқа ата-ана қол қойды
history-action-contract_returned = Шарт ата-анаға пысықтауға қайтарылды
history-action-contract_in_force = Шартқа балабақша қол қойды, шарт күшіне енді
history-action-contract_cancelled = Шарттың күшін балабақша жойды
history-action-category_corrected = Жеңілдік санатын хатшы түзетті
history-action-decision_recorded = Комиссия шешімі хаттамаға енгізілді
history-action-decision_reopened = Комиссия шешімі қайта қарауға қайтарылды
history-action-protocol_number_set = Хаттама нөмірі көрсетілді
history-action-protocol_members_set = Отырысқа қатысқан комиссия мүшелері белгіленді
history-action-protocol_comment_set = Қосымша түсініктемелер өзгертілді
history-action-protocol_decision_recorded = Өтінім бойынша шешім хаттамаға енгізілді
history-action-protocol_returned = Төраға хаттаманы пысықтауға қайтарды
history-action-protocol_signed = Хаттамаға комиссия төрағасы қол қойды
history-action-notification_due = Хабарлама жасалды

## Notifications to send (NotificationKind::notification_code, notification-<code>)

# The text of the e-mail or SMS, in the recipient's language. Seed 003 gives the Russian
# wording of special_queue_confirmed and special_queue_rejected; the others follow the seeds'
# rules and terms.

# $position: the place in the queue, computed when the notification is rendered.
notification-queue_registered = Балаңыз { $position } нөмірімен кезекке сәтті қойылды.

# $choose_by: the end of the 3 working days to choose (date and time, formatted for the reader).
notification-turn_came = Мемлекеттік балабақшаға кезегіңіз келді, өтініш мәртебесі: «Хабарлама жіберілді». Балабақшаны таңдап, жолдама алыңыз, соңғы мерзім: { $choose_by }. Егер 3 жұмыс күні ішінде балабақшаны таңдамасаңыз, бұл орын топ жылына сәйкес барлық кезектегілерге қолжетімді болады, ал сіздің өтінішіңіз кезекте қалады.

# $valid_until: the end of the direction's validity (date and time, formatted for the reader).
notification-direction_issued = Сізге мемлекеттік мектепке дейінгі ұйымға жолдама берілді. Жолдаманың жарамдылық мерзімі: { $valid_until }. Бала осы мерзімде балабақшаға келмесе, жолдаманың күші жойылады, ал өтініш 10 жұмыс күніне стоп-параққа ауыстырылады.

# $stop_list_until: the end of the stop list (date and time, formatted for the reader).
notification-direction_expired = Жолдаманың жарамдылық мерзімі өтті, жолдаманың күші жойылды. Өтініш стоп-парақта, жолдама алу бұғатталған. Стоп-парақтың аяқталу мерзімі: { $stop_list_until }. Жолдаманың мерзімі 2 рет өткізіп алынса, бала кезектен алынады.

# $reason: the removal reason code (removal-reason-<code>).
notification-removed_from_queue =
    { $reason ->
        [interest_not_confirmed] Балаңыз кезектен алынды: орын алуға мүдделілік 12 ай ішінде расталмады.
        [second_direction_expired] Балаңыз кезектен алынды: жолдаманың жарамдылық мерзімі 2 рет өткізіп алынды.
       *[other] Балаңыз кезек қағидаларына сәйкес кезектен алынды.
    }

# $login: the login to the personal page (seed 001), given by the sender; not in the event.
notification-application_received = Ваучер алуға өтініміңіз қабылданды. «Балалык» АИЖ жеке кабинетіне кіру логині: { $login }. Комиссия шешімі қосымша жіберіледі және жеке кабинетте көрсетіледі.

# $decision: the decision code (decision-<code>).
notification-commission_decision =
    { $decision ->
        [approved] Әлеуметтік мәселелер жөніндегі комиссия ваучер алуға өтініміңізді мақұлдады.
       *[rejected] Әлеуметтік мәселелер жөніндегі комиссия өтініміңіз бойынша ваучер беруден бас тартты.
    }

notification-protocol_to_sign = Әлеуметтік мәселелер жөніндегі комиссия отырысы хаттамасының жобасы сізге қол қоюға жіберілді. Оған электрондық қолтаңбамен қол қойыңыз немесе себебін көрсетіп, хатшыға қайтарыңыз.

# $position: the place in the special queue, computed when the notification is rendered.
notification-special_queue_confirmed = Ваучер алуға өтініміңіз расталды. Кезектегі орны: { $position }

# $by: the full name of the staff member who rejected it.
notification-special_queue_rejected = Ваучер алуға өтініміңізді қызметкер қабылдамады: { $by }

# $confirm_by: the end of the 2 working days to confirm interest (date and time, formatted for the reader).
notification-voucher_issued = Кезегіңіз келді: сізге ваучер берілді. Хабарламадағы сілтеме немесе «Менің өтінімдерім» бөлімі арқылы мүдделілігіңізді растаңыз немесе ваучерден бас тартыңыз, соңғы мерзім: { $confirm_by }. Мүдделілікті растамасаңыз, ваучердің күші жойылады, ал өтінішіңіз стоп-параққа ауыстырылады.

# $reason: the annulment reason code (annulment-reason-<code>).
notification-voucher_annulled =
    { $reason ->
        [interest_not_confirmed] Ваучердің күші жойылды: сіз 2 жұмыс күні ішінде мүдделілігіңізді растамадыңыз.
        [refused] Сіз ваучерден бас тарттыңыз: ваучердің күші жойылды, өтініш мұрағатқа ауыстырылды. Ваучер алу үшін кезекке қайта тұру қажет.
        [not_enrolled_in_time] Ваучердің күші жойылды: балабақшаға қабылдау белгіленген мерзімде аяқталмады. Өтініш мұрағатқа ауыстырылды.
        [application_withdrawn] Ваучердің күші жойылды: өтініш кері қайтарылды.
       *[other] Ваучердің күші жойылды.
    }

# $enrol_by: the current end of the enrolment window (date and time, formatted for the reader).
notification-extension_offered = Балабақшаға қабылдау әлі аяқталған жоқ, мерзімнің аяқталуы: { $enrol_by }. «Менің өтінімдерім» бөлімінде ваучерді тағы 2 жұмыс күніне ұзартуға болады.

notification-contract_to_sign = Балабақша өтінішіңізді қарап, сізге қол қоюға шарт жіберді. Шартты толтырып, құжаттарды тіркеңіз, ЭЦҚ-мен қол қойып, балабақшаға қол қоюға жіберіңіз.
notification-contract_to_sign_by_head = Ата-ана қабылдау туралы шартқа қол қойды. Шарт пен құжаттарды тексеріп, ЭЦҚ-мен қол қойыңыз немесе себебін көрсетіп, ата-анаға қайтарыңыз.
notification-contract_returned = Балабақша шартты сізге пысықтауға қайтарды. Шартты түзетіп, ЭЦҚ-мен қол қойып, қайта жіберіңіз.
notification-enrolled = Балаңыз балабақшаға қабылданды.

## Reasons and decisions (the other code() functions of the workflows)

removal-reason-interest_not_confirmed = Мүдделілік 12 ай ішінде расталмады
removal-reason-second_direction_expired = Жолдаманың мерзімі екі рет өткізіп алынды
annulment-reason-expired = Жарамдылық мерзімі өтті
annulment-reason-by_applicant = Өтініш берушінің бастамасымен жойылды
annulment-reason-application_withdrawn = Өтініш кері қайтарылды
annulment-reason-interest_not_confirmed = Мүдделілік расталмады
annulment-reason-refused = Ваучерден бас тартылды
annulment-reason-not_enrolled_in_time = Қабылдау мерзімінде аяқталмады
decision-approved = Мақұлданды
decision-rejected = Қабылданбады
archive-reason-rejected = Қызметкер құжаттар бойынша қабылдамады
archive-reason-voucher_refused = Ваучерден бас тартылды
archive-reason-not_restored = 28 күн ішінде стоп-парақтан қалпына келтірілмеді
archive-reason-interest_not_confirmed_again = Мүдделілік қайтадан расталмады
archive-reason-not_enrolled_in_time = Қабылдау мерзімінде аяқталмады
archive-reason-withdrawn = Өтініш кері қайтарылды
contract-document-form027 = 027/у нысанындағы анықтама
contract-document-birth_certificate = Туу туралы куәлік
contract-document-parent_identity = Ата-ананың бірінің жеке басын куәландыратын құжат
contract-document-health_passport052 = № 052-2/у «Баланың денсаулық паспорты» нысанындағы анықтама
contract-document-vaccinations065 = № 065/у нысанындағы профилактикалық екпелер картасы
contract-document-pmpk_conclusion = ПМПК қорытындысы

## States of the state-kindergarten queue (QueueState::code, queue-state-<code>)

queue-state-registered = Тіркелді
queue-state-in_queue = Кезекте
queue-state-notified = Хабарлама жіберілді
queue-state-directed = Жолдама берілді
queue-state-enrolled = Қабылданды
queue-state-withdrawn = Кезектен алынды
queue-state-removed = Қағидаларға сәйкес кезектен алынды
queue-state-archived = Мұрағатта

## States of a direction (DirectionState::code, direction-state-<code>)

direction-state-issued = Жарамды
direction-state-extended = Ұзартылды
direction-state-used = Пайдаланылды
direction-state-expired = Мерзімі өтті
direction-state-annulled = Күші жойылды

## States of a voucher application in Kyrgyzstan (VoucherKgState::code, voucher-kg-state-<code>)

voucher-kg-state-submitted = Өтінім берілді
voucher-kg-state-under_review = Комиссияның қарауында
voucher-kg-state-decided = Шешім хаттама жобасында
voucher-kg-state-voucher_active = Ваучер берілді
voucher-kg-state-rejected = Бас тартылды
voucher-kg-state-withdrawn = Кері қайтарылды
voucher-kg-state-archived = Мұрағатта

## States of the special voucher queue (SpecialVoucherState::code, special-voucher-state-<code>)

special-voucher-state-awaiting_documents = Құжаттардың расталуын күтуде
special-voucher-state-in_queue = Кезекте
special-voucher-state-voucher_issued = Ваучер берілді
special-voucher-state-stop_list = Стоп-парақта
special-voucher-state-choosing_kindergarten = Балабақшаны таңдау
special-voucher-state-awaiting_contract = Балабақшадан шартты күтіңіз
special-voucher-state-contract_to_sign = Шарт ата-ананың қол қоюында
special-voucher-state-contract_signed_by_parent = Шарт балабақшаның қол қоюында
special-voucher-state-enrolled = Қабылданды
special-voucher-state-archived = Мұрағатта

## States of a commission protocol (ProtocolState::code, protocol-state-<code>)

protocol-state-draft = Жоба
protocol-state-sent_for_signature = Төрағаның қол қоюында
protocol-state-signed = Қол қойылды

## States of an enrolment contract (ContractState::code, contract-state-<code>)

contract-state-drafted = Ата-ананың қолтаңбасын күтуде
contract-state-signed_by_parent = Ата-ана қол қойды
contract-state-in_force = Күшінде
contract-state-cancelled = Жойылды
