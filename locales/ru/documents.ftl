# Printed documents (crates/documents): the commission protocol, the direction to a kindergarten,
# the registration notice, the child's card and the voucher enrolment contract.
# Dates come in already formatted (dd.mm.yyyy); numbers of documents are text ("12/34").
# $hash in doc-identifier: the first 16 hex digits of the content hash (crate docs: verification).

doc-page = Страница { $page } из { $total }
doc-identifier = Идентификатор документа: { $id } · sha256:{ $hash }
doc-signature = (подпись)

## Protocol of the commission (seed 000)

doc-protocol-title = Протокол заседания комиссии № { $number }
doc-protocol-date = Дата заседания
doc-protocol-commission = Комиссия
doc-protocol-present = Присутствовали члены комиссии
doc-protocol-agenda = Рассмотрено заявлений: { $count }
doc-protocol-child = Ребенок
doc-protocol-birth-date = Дата рождения
doc-protocol-benefit = Тип льготы
doc-protocol-documents = Представленные документы
doc-protocol-no-documents = не представлены
doc-protocol-decision = Решение
doc-protocol-decision-approved = Одобрить: присвоить ваучер
doc-protocol-decision-rejected = Отклонить: отказать в присвоении ваучера
doc-protocol-comments = Комментарии
doc-protocol-general-comment = Дополнительные комментарии
doc-protocol-summary = Одобрено: { $approved }. Отклонено: { $rejected }.
doc-protocol-chairman = Председатель комиссии
doc-protocol-secretary = Ответственный секретарь

## Direction to a state kindergarten (seed 002)

doc-direction-title = Направление № { $number } в государственную дошкольную организацию
doc-direction-date = Дата выдачи
doc-direction-child = ФИО ребенка
doc-direction-iin = ИИН ребенка
doc-direction-pin = ПИН ребенка
doc-direction-birth-date = Дата рождения
doc-direction-kindergarten = Дошкольная организация
doc-direction-group = Группа
doc-direction-language = Язык обучения
doc-direction-valid-until = Действительно до
doc-direction-note = Направление действительно до { $date } включительно. Если ребенок не прибудет в дошкольную организацию в этот срок, направление будет аннулировано автоматически, а заявление на { $stop_days } рабочих дней попадет в стоп-лист. Продлить направление можно один раз, не более чем на { $extension_days } календарных дней.
doc-direction-issued-by = Направление выдал

## Labels shared by the registration notice, the child's card and the contract

doc-child-name = ФИО ребенка
doc-iin = ИИН
doc-pin = ПИН
doc-birth-date = Дата рождения
doc-applicant = Заявитель
doc-address = Адрес
doc-phone = Телефон
doc-email = Электронная почта
doc-application-number = Номер заявления
doc-registered-at = Дата регистрации
doc-locality = Населенный пункт
doc-district = Район
doc-benefit = Льготная категория
doc-queue-number = Номер в общей очереди
doc-benefit-queue-number = Номер в очереди по льготной категории
doc-section-application = Заявление
doc-section-child = Данные ребенка
doc-section-applicant = Сведения о заявителе
doc-section-queue = Очередь

## Registration notice (seeds 002, 004)
# $queue: the number in the whole queue; $months: 12; $date: the next confirmation deadline.

doc-notice-title = Уведомление о регистрации заявления № { $number }
doc-notice-lead = Ребенок поставлен в очередь в дошкольные организации под номером { $queue }.
doc-notice-kindergartens = Желаемые дошкольные организации
doc-notice-interest-rule = Каждые { $months } месяцев с даты постановки в очередь необходимо подтверждать заинтересованность в получении места в дошкольной организации (в личном кабинете: «Подтвердить заинтересованность»). Ближайший срок: { $date }. Если заинтересованность не подтверждена, ребенок снимается с очереди.
doc-notice-queue-moves = Номер в очереди может измениться: дети, имеющие право на получение места вне очереди и в первую очередь, ставятся впереди. Актуальный номер отображается в журнале заявлений.
doc-notice-issued-by = Уведомление выдал

## Child's card (seed 002)

doc-card-title = Карточка ребенка по заявлению № { $number }
doc-card-relation = Кем приходится ребенку
doc-card-status = Текущее состояние
doc-card-status-value = { $status } (с { $since })
doc-card-history = История изменений
doc-card-history-when = Дата и время
doc-card-history-event = Событие
doc-card-no-history = Событий нет.
doc-card-printed = Карточка сформирована { $date } по данным системы «Кезек».

## Voucher enrolment contract (seed 003)
# Every message gets all arguments: $country (KZ or KG: law, BIN/INN, currency), $number,
# $kindergarten, $bin, $head, $parent, $child, $birth_date, $group, $language, $voucher,
# $amount (digits grouped), $from, $until. Clauses are doc-contract-<section>-<n>.

doc-contract-title = Договор № { $number } о воспитании и обучении ребенка в дошкольной организации за счет ваучера
doc-contract-preamble = { $kindergarten } ({ $country ->
        [KG] ИНН
       *[KZ] БИН
    } { $bin }) в лице руководителя { $head }, действующего на основании устава (далее — Организация), с одной стороны, и { $parent }, законный представитель ребенка { $child } (далее — Родитель), с другой стороны, вместе именуемые Стороны, заключили настоящий договор о нижеследующем.
doc-contract-subject = Предмет договора
doc-contract-subject-1 = Организация принимает ребенка { $child } (дата рождения: { $birth_date }; группа: { $group }; язык обучения: { $language }) и оказывает услуги по его воспитанию и обучению в соответствии с государственным общеобязательным стандартом дошкольного воспитания и обучения.
doc-contract-subject-2 = Услуги оплачиваются за счет ваучера № { $voucher } уполномоченного органа в размере { $amount } { $country ->
        [KG] сом
       *[KZ] тенге
    } в месяц. Плата с Родителя за услуги, покрываемые ваучером, не взимается.
doc-contract-subject-3 = Ваучер закреплен за ребенком и не может быть передан другому лицу; при аннулировании ваучера его оплата прекращается.
doc-contract-kindergarten = Организация обязуется
doc-contract-kindergarten-1 = Обеспечивать охрану жизни и укрепление здоровья ребенка, присмотр и уход за ним в часы работы группы.
doc-contract-kindergarten-2 = Организовать воспитательно-образовательный процесс по учебной программе дошкольного воспитания и обучения и сбалансированное питание по утвержденным нормам.
doc-contract-kindergarten-3 = Сохранять место за ребенком на время его болезни, санаторно-курортного лечения, карантина и отпуска Родителя.
doc-contract-kindergarten-4 = Информировать Родителя о развитии ребенка, а о любых изменениях в состоянии его здоровья — незамедлительно.
doc-contract-kindergarten-5 = Не разглашать персональные данные ребенка и Родителя и использовать их только для исполнения настоящего договора.
doc-contract-parent = Родитель обязуется
doc-contract-parent-1 = До начала посещения представить документы, перечисленные в разделе 5 настоящего договора.
doc-contract-parent-2 = Приводить ребенка в Организацию здоровым и опрятным и забирать его лично или через совершеннолетних лиц, указанных в письменном заявлении Родителя.
doc-contract-parent-3 = Сообщать Организации о болезни или ином отсутствии ребенка не позднее первого дня отсутствия, а после болезни представлять справку медицинской организации.
doc-contract-parent-4 = В течение трех рабочих дней сообщать об изменении адреса, телефона и других сведений, указанных в договоре.
doc-contract-parent-5 = Уважать честь и достоинство работников Организации и соблюдать ее правила внутреннего распорядка.
doc-contract-term = Срок действия и расторжение договора
doc-contract-term-1 = Договор вступает в силу с момента подписания его руководителем Организации; срок действия: с { $from } по { $until } включительно.
doc-contract-term-2 = Договор может быть расторгнут по соглашению Сторон, по заявлению Родителя, поданному не позднее чем за 10 календарных дней, а также при аннулировании ваучера.
doc-contract-term-3 = Споры разрешаются путем переговоров, а при недостижении согласия — в судебном порядке в соответствии с законодательством { $country ->
        [KG] Кыргызской Республики
       *[KZ] Республики Казахстан
    }.
doc-contract-term-4 = Договор составлен в электронной форме и подписан электронными цифровыми подписями Сторон; подлинность распечатанной копии проверяется по QR-коду.
doc-contract-documents = Документы, прилагаемые к договору
doc-contract-documents-intro = Родитель прилагает к договору скан-копии следующих документов:
doc-contract-parties = Реквизиты и подписи Сторон
doc-contract-kindergarten-side = Организация
doc-contract-kindergarten-name = Наименование
doc-contract-bin = { $country ->
        [KG] ИНН
       *[KZ] БИН
    }
doc-contract-head = Руководитель
doc-contract-parent-side = Родитель (законный представитель)
doc-contract-parent-name = ФИО
doc-contract-parent-sign = Родитель
