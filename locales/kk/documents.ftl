# Printed documents (crates/documents): the commission protocol, the direction to a kindergarten,
# the registration notice, the child's card and the voucher enrolment contract.
# Dates come in already formatted (dd.mm.yyyy); numbers of documents are text ("12/34").
# $hash in doc-identifier: the first 16 hex digits of the content hash (crate docs: verification).

doc-page = Бет { $page } / { $total }
doc-identifier = Құжат идентификаторы: { $id } · sha256:{ $hash }
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

## Labels shared by the registration notice, the child's card and the contract

doc-child-name = Баланың тегі, аты, әкесінің аты
doc-iin = ЖСН
doc-pin = ПИН
doc-birth-date = Туған күні
doc-applicant = Өтініш беруші
doc-address = Мекенжайы
doc-phone = Телефон
doc-email = Электрондық пошта
doc-application-number = Өтініш нөмірі
doc-registered-at = Тіркелген күні
doc-locality = Елді мекен
doc-district = Аудан
doc-benefit = Жеңілдік санаты
doc-queue-number = Жалпы кезектегі нөмірі
doc-benefit-queue-number = Жеңілдік санаты бойынша кезектегі нөмірі
doc-section-application = Өтініш
doc-section-child = Бала туралы деректер
doc-section-applicant = Өтініш беруші туралы мәліметтер
doc-section-queue = Кезек

## Registration notice (seeds 002, 004)
# $queue: the number in the whole queue; $months: 12; $date: the next confirmation deadline.

doc-notice-title = № { $number } өтінішті тіркеу туралы хабарлама
doc-notice-lead = Бала мектепке дейінгі ұйымдарға кезекке { $queue } нөмірімен қойылды.
doc-notice-kindergartens = Таңдалған мектепке дейінгі ұйымдар
doc-notice-interest-rule = Өтініш кезекке қойылған күннен бастап әрбір { $months } айда мектепке дейінгі ұйымнан орын алуға мүдделілікті растау қажет (жеке кабинетте: «Мүдделілікті растау» → «Растау»). Жақын мерзімі: { $date }. Мүдделілік расталмаған жағдайда, бала кезектен алынады.
doc-notice-queue-moves = Кезектегі нөмір өзгеруі мүмкін: мектепке дейінгі ұйымнан кезектен тыс және бірінші кезекте орын алу құқығы бар балалар алдыңғы орындарға қойылады. Өзекті нөмір өтініштер журналында көрсетіледі.
doc-notice-issued-by = Хабарламаны берген

## Child's card (seed 002)

doc-card-title = № { $number } өтініш бойынша бала карточкасы
doc-card-relation = Балаға кім болады
doc-card-status = Ағымдағы жай-күйі
doc-card-status-value = { $status } (өзгерген уақыты: { $since })
doc-card-history = Өзгерістер тарихы
doc-card-history-when = Күні мен уақыты
doc-card-history-event = Оқиға
doc-card-no-history = Оқиғалар жоқ.
doc-card-printed = Карточка «Кезек» жүйесінің деректері бойынша { $date } қалыптастырылды.

## Voucher enrolment contract (seed 003)
# Every message gets all arguments: $country (KZ or KG: law, BIN/INN, currency), $number,
# $kindergarten, $bin, $head, $parent, $child, $birth_date, $group, $language, $voucher,
# $amount (digits grouped), $from, $until. Clauses are doc-contract-<section>-<n>.

doc-contract-title = Баланы ваучер есебінен мектепке дейінгі ұйымда тәрбиелеу және оқыту туралы № { $number } шарт
doc-contract-preamble = Бұдан әрі «Ұйым» деп аталатын { $kindergarten } ({ $country ->
        [KG] ИНН
       *[KZ] БСН
    } { $bin }), жарғы негізінде әрекет ететін басшы { $head } атынан, бір тараптан, және бұдан әрі «Ата-ана» деп аталатын { $child } есімді баланың заңды өкілі { $parent }, екінші тараптан, бірлесіп «Тараптар» деп аталатындар, төмендегілер туралы осы шартты жасасты.
doc-contract-subject = Шарттың мәні
doc-contract-subject-1 = Ұйым { $child } есімді баланы (туған күні: { $birth_date }; тобы: { $group }; оқыту тілі: { $language }) қабылдайды және оған мектепке дейінгі тәрбие мен оқытудың мемлекеттік жалпыға міндетті стандартына сәйкес тәрбиелеу және оқыту қызметтерін көрсетеді.
doc-contract-subject-2 = Қызметтерге ақы уәкілетті органның № { $voucher } ваучері есебінен айына { $amount } { $country ->
        [KG] сом
       *[KZ] теңге
    } мөлшерінде төленеді. Ваучермен өтелетін қызметтер үшін Ата-анадан ақы алынбайды.
doc-contract-subject-3 = Ваучер балаға бекітіледі және басқа тұлғаға берілмейді; ваучердің күші жойылған кезде оның төлемі тоқтатылады.
doc-contract-kindergarten = Ұйымның міндеттері
doc-contract-kindergarten-1 = Топтың жұмыс уақытында баланың өмірін қорғауды және денсаулығын нығайтуды, оны қадағалау мен күтуді қамтамасыз ету.
doc-contract-kindergarten-2 = Мектепке дейінгі тәрбие мен оқытудың оқу бағдарламасы бойынша тәрбие-білім беру процесін және бекітілген нормаларға сәйкес теңгерімді тамақтануды ұйымдастыру.
doc-contract-kindergarten-3 = Бала ауырған, санаторий-курорттық емделген, карантин кезінде және Ата-ана демалыста болған уақытта баланың орнын сақтау.
doc-contract-kindergarten-4 = Ата-ананы баланың дамуы туралы хабардар ету, ал денсаулығындағы кез келген өзгеріс туралы дереу хабарлау.
doc-contract-kindergarten-5 = Бала мен Ата-ананың дербес деректерін жария етпеу және оларды осы шартты орындау үшін ғана пайдалану.
doc-contract-parent = Ата-ананың міндеттері
doc-contract-parent-1 = Бала Ұйымға бара бастағанға дейін осы шарттың 5-бөлімінде көрсетілген құжаттарды ұсыну.
doc-contract-parent-2 = Баланы Ұйымға сау әрі ұқыпты күйде әкелу және оны өзі немесе Ата-ананың жазбаша өтінішінде көрсетілген кәмелетке толған адамдар арқылы алып кету.
doc-contract-parent-3 = Баланың ауырғаны немесе басқа себеппен келмейтіні туралы Ұйымға бірінші күннен кешіктірмей хабарлау, ал ауырып жазылғаннан кейін медициналық ұйымның анықтамасын ұсыну.
doc-contract-parent-4 = Мекенжайы, телефоны және шартта көрсетілген басқа мәліметтер өзгергені туралы үш жұмыс күні ішінде хабарлау.
doc-contract-parent-5 = Ұйым қызметкерлерінің ар-намысы мен қадір-қасиетін құрметтеу және оның ішкі тәртіп қағидаларын сақтау.
doc-contract-term = Шарттың қолданылу мерзімі және оны бұзу
doc-contract-term-1 = Шарт Ұйым басшысы қол қойған сәттен бастап күшіне енеді; қолданылу мерзімі: { $from } – { $until } (қоса алғанда).
doc-contract-term-2 = Шарт Тараптардың келісімі бойынша, Ата-ананың кемінде 10 күнтізбелік күн бұрын берген өтініші бойынша, сондай-ақ ваучердің күші жойылған кезде бұзылуы мүмкін.
doc-contract-term-3 = Даулар келіссөздер арқылы, ал келісімге қол жеткізілмеген жағдайда { $country ->
        [KG] Қырғыз Республикасының
       *[KZ] Қазақстан Республикасының
    } заңнамасына сәйкес сот тәртібімен шешіледі.
doc-contract-term-4 = Шарт электрондық нысанда жасалып, Тараптардың электрондық цифрлық қолтаңбаларымен қол қойылды; басып шығарылған көшірменің түпнұсқалығы QR-код арқылы тексеріледі.
doc-contract-documents = Шартқа қоса берілетін құжаттар
doc-contract-documents-intro = Ата-ана шартқа мына құжаттардың сканерленген көшірмелерін қоса тіркейді:
doc-contract-parties = Тараптардың деректемелері мен қолдары
doc-contract-kindergarten-side = Ұйым
doc-contract-kindergarten-name = Атауы
doc-contract-bin = { $country ->
        [KG] ИНН
       *[KZ] БСН
    }
doc-contract-head = Басшы
doc-contract-parent-side = Ата-ана (заңды өкілі)
doc-contract-parent-name = Тегі, аты, әкесінің аты
doc-contract-parent-sign = Ата-ана
