# Printed documents (crates/documents): the commission protocol and the direction to a kindergarten.
# Dates come in already formatted (dd.mm.yyyy); numbers of documents are text ("12/34").

doc-page = Барак { $page } / { $total }
doc-identifier = Документтин идентификатору: { $id }
doc-signature = (колу)

## Protocol of the commission (seed 000)

doc-protocol-title = Комиссиянын отурумунун № { $number } протоколу
doc-protocol-date = Отурумдун күнү
doc-protocol-commission = Комиссия
doc-protocol-present = Катышкан комиссия мүчөлөрү
doc-protocol-agenda = Каралган арыздардын саны: { $count }
doc-protocol-child = Бала
doc-protocol-birth-date = Туулган күнү
doc-protocol-benefit = Жеңилдиктин түрү
doc-protocol-documents = Тапшырылган документтер
doc-protocol-no-documents = тапшырылган жок
doc-protocol-decision = Чечим
doc-protocol-decision-approved = Жактыруу: ваучер берүү
doc-protocol-decision-rejected = Четке кагуу: ваучер берүүдөн баш тартуу
doc-protocol-comments = Комментарийлер
doc-protocol-general-comment = Кошумча комментарийлер
doc-protocol-summary = Жактырылды: { $approved }. Четке кагылды: { $rejected }.
doc-protocol-chairman = Комиссиянын төрагасы
doc-protocol-secretary = Жооптуу катчы

## Direction to a state kindergarten (seed 002)

doc-direction-title = Мамлекеттик мектепке чейинки уюмга № { $number } жолдомо
doc-direction-date = Берилген күнү
doc-direction-child = Баланын фамилиясы, аты, атасынын аты
doc-direction-iin = Баланын ИИН
doc-direction-pin = Баланын ПИН
doc-direction-birth-date = Туулган күнү
doc-direction-kindergarten = Мектепке чейинки уюм
doc-direction-group = Топ
doc-direction-language = Окутуу тили
doc-direction-valid-until = Жарактуу мөөнөтү
doc-direction-note = Жолдомо { $date } кошо алганда жарактуу. Бала ушул мөөнөттө мектепке чейинки уюмга келбесе, жолдомо автоматтык түрдө жокко чыгарылат, ал эми арыз { $stop_days } жумуш күнүнө стоп-тизмеге киргизилет. Жолдомону бир жолу гана, { $extension_days } календардык күндөн ашпаган мөөнөткө узартууга болот.
doc-direction-issued-by = Жолдомону берген
