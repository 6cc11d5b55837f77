# Printed documents (crates/documents): the commission protocol and the direction to a kindergarten.
# Dates come in already formatted (dd.mm.yyyy); numbers of documents are text ("12/34").

doc-page = Бет { $page } / { $total }
doc-identifier = Құжат идентификаторы: { $id }
doc-signature = (қолы)

## Protocol of the commission (seed 000)

doc-protocol-title = Комиссия отырысының № { $number } хаттамасы
doc-protocol-date = Отырыс күні
doc-protocol-commission = Комиссия
doc-protocol-present = Қатысқан комиссия мүшелері
doc-protocol-agenda = Қаралған өтініштер саны: { $count }
doc-protocol-child = Бала
doc-protocol-birth-date = Туған күні
doc-protocol-benefit = Жеңілдік түрі
doc-protocol-documents = Ұсынылған құжаттар
doc-protocol-no-documents = ұсынылмаған
doc-protocol-decision = Шешім
doc-protocol-decision-approved = Мақұлдау: ваучер беру
doc-protocol-decision-rejected = Қабылдамау: ваучер беруден бас тарту
doc-protocol-comments = Түсініктемелер
doc-protocol-general-comment = Қосымша түсініктемелер
doc-protocol-summary = Мақұлданды: { $approved }. Қабылданбады: { $rejected }.
doc-protocol-chairman = Комиссия төрағасы
doc-protocol-secretary = Жауапты хатшы

## Direction to a state kindergarten (seed 002)

doc-direction-title = Мемлекеттік мектепке дейінгі ұйымға № { $number } жолдама
doc-direction-date = Берілген күні
doc-direction-child = Баланың тегі, аты, әкесінің аты
doc-direction-iin = Баланың ЖСН
doc-direction-pin = Баланың ПИН
doc-direction-birth-date = Туған күні
doc-direction-kindergarten = Мектепке дейінгі ұйым
doc-direction-group = Топ
doc-direction-language = Оқыту тілі
doc-direction-valid-until = Жарамдылық мерзімі
doc-direction-note = Жолдама { $date } қоса алғанда жарамды. Бала осы мерзімде мектепке дейінгі ұйымға келмесе, жолдама автоматты түрде күшін жояды, ал өтініш { $stop_days } жұмыс күнге тоқтату тізіміне енгізіледі. Жолдаманы бір рет, { $extension_days } күнтізбелік күннен аспайтын мерзімге ұзартуға болады.
doc-direction-issued-by = Жолдаманы берген
