# Printed documents (crates/documents): the commission protocol, the direction to a kindergarten,
# the registration notice, the child's card and the voucher enrolment contract.
# Dates come in already formatted (dd.mm.yyyy); numbers of documents are text ("12/34").
# $hash in doc-identifier: the first 16 hex digits of the content hash (crate docs: verification).

doc-page = Барак { $page } / { $total }
doc-identifier = Документтин идентификатору: { $id } · sha256:{ $hash }
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

## Labels shared by the registration notice, the child's card and the contract

doc-child-name = Баланын фамилиясы, аты, атасынын аты
doc-iin = ИИН
doc-pin = ПИН
doc-birth-date = Туулган күнү
doc-applicant = Арыз берүүчү
doc-address = Дареги
doc-phone = Телефон
doc-email = Электрондук почта
doc-application-number = Арыздын номери
doc-registered-at = Катталган күнү
doc-locality = Калктуу конуш
doc-district = Район
doc-benefit = Жеңилдик категориясы
doc-queue-number = Жалпы кезектеги номери
doc-benefit-queue-number = Жеңилдик категориясы боюнча кезектеги номери
doc-section-application = Арыз
doc-section-child = Бала тууралуу маалымат
doc-section-applicant = Арыз берүүчү тууралуу маалымат
doc-section-queue = Кезек

## Registration notice (seeds 002, 004)
# $queue: the number in the whole queue; $months: 12; $date: the next confirmation deadline.

doc-notice-title = № { $number } арызды каттоо тууралуу билдирме
doc-notice-lead = Бала мектепке чейинки уюмдарга кезекке { $queue } номери менен коюлду.
doc-notice-kindergartens = Тандалган мектепке чейинки уюмдар
doc-notice-interest-rule = Арыз кезекке коюлган күндөн тартып ар бир { $months } айда мектепке чейинки уюмдан орун алууга кызыкдар экениңизди ырастоо зарыл (жеке кабинетте: «Кызыкдарлыкты ырастоо»). Жакынкы мөөнөтү: { $date }. Кызыкдарлык ырасталбаса, бала кезектен чыгарылат.
doc-notice-queue-moves = Кезектеги номер өзгөрүшү мүмкүн: мектепке чейинки уюмдан кезексиз жана биринчи кезекте орун алууга укугу бар балдар алдыга коюлат. Учурдагы номер арыздар журналында көрсөтүлөт.
doc-notice-issued-by = Билдирмени берген

## Child's card (seed 002)

doc-card-title = № { $number } арыз боюнча баланын карточкасы
doc-card-relation = Балага ким болот
doc-card-status = Учурдагы абалы
doc-card-status-value = { $status } (өзгөргөн убактысы: { $since })
doc-card-history = Өзгөрүүлөрдүн тарыхы
doc-card-history-when = Күнү жана убактысы
doc-card-history-event = Окуя
doc-card-no-history = Окуялар жок.
doc-card-printed = Карточка «Кезек» системасынын маалыматтары боюнча { $date } түзүлдү.

## Voucher enrolment contract (seed 003)
# Every message gets all arguments: $country (KZ or KG: law, BIN/INN, currency), $number,
# $kindergarten, $bin, $head, $parent, $child, $birth_date, $group, $language, $voucher,
# $amount (digits grouped), $from, $until. Clauses are doc-contract-<section>-<n>.

doc-contract-title = Баланы ваучердин эсебинен мектепке чейинки уюмда тарбиялоо жана окутуу жөнүндө № { $number } келишим
doc-contract-preamble = Мындан ары «Уюм» деп аталуучу { $kindergarten } ({ $country ->
        [KG] ИНН
       *[KZ] БИН
    } { $bin }), уставдын негизинде иш алып баруучу жетекчи { $head } аркылуу, бир тараптан, жана мындан ары «Ата-эне» деп аталуучу { $child } аттуу баланын мыйзамдуу өкүлү { $parent }, экинчи тараптан, чогуу «Тараптар» деп аталуучулар, төмөнкүлөр жөнүндө ушул келишимди түзүштү.
doc-contract-subject = Келишимдин предмети
doc-contract-subject-1 = Уюм { $child } аттуу баланы (туулган күнү: { $birth_date }; тобу: { $group }; окутуу тили: { $language }) кабыл алат жана ага мектепке чейинки тарбиялоонун жана окутуунун мамлекеттик стандартына ылайык тарбиялоо жана окутуу кызматтарын көрсөтөт.
doc-contract-subject-2 = Кызматтардын акысы ыйгарым укуктуу органдын № { $voucher } ваучеринин эсебинен айына { $amount } { $country ->
        [KG] сом
       *[KZ] теңге
    } өлчөмүндө төлөнөт. Ваучер менен жабылуучу кызматтар үчүн Ата-энеден акы алынбайт.
doc-contract-subject-3 = Ваучер балага бекитилет жана башка адамга өткөрүлүп берилбейт; ваучер жокко чыгарылганда анын төлөмү токтотулат.
doc-contract-kindergarten = Уюмдун милдеттери
doc-contract-kindergarten-1 = Топтун иш убактысында баланын өмүрүн коргоону жана ден соолугун чыңдоону, ага көз салууну жана кам көрүүнү камсыз кылуу.
doc-contract-kindergarten-2 = Мектепке чейинки тарбиялоонун жана окутуунун окуу программасы боюнча тарбиялык-билим берүү процессин жана бекитилген ченемдерге ылайык тең салмактуу тамактанууну уюштуруу.
doc-contract-kindergarten-3 = Бала ооруганда, санаторий-курорттук дарыланууда, карантин учурунда жана Ата-эне эс алууда болгон мезгилде баланын ордун сактоо.
doc-contract-kindergarten-4 = Ата-энеге баланын өнүгүүсү тууралуу маалымат берүү, ал эми ден соолугундагы ар кандай өзгөрүү тууралуу дароо кабарлоо.
doc-contract-kindergarten-5 = Баланын жана Ата-эненин жеке маалыматтарын жарыяламоо жана аларды ушул келишимди аткаруу үчүн гана пайдалануу.
doc-contract-parent = Ата-эненин милдеттери
doc-contract-parent-1 = Бала Уюмга келе баштаганга чейин ушул келишимдин 5-бөлүмүндө көрсөтүлгөн документтерди тапшыруу.
doc-contract-parent-2 = Баланы Уюмга дени сак жана тыкан абалда алып келүү жана аны өзү же Ата-эненин жазуу жүзүндөгү арызында көрсөтүлгөн бойго жеткен адамдар аркылуу алып кетүү.
doc-contract-parent-3 = Баланын ооруганы же башка себеп менен келбей турганы тууралуу Уюмга биринчи күндөн кечиктирбестен кабарлоо, ал эми оорудан кийин медициналык уюмдун маалымкатын тапшыруу.
doc-contract-parent-4 = Дареги, телефону жана келишимде көрсөтүлгөн башка маалыматтар өзгөргөндө үч жумуш күнүнүн ичинде кабарлоо.
doc-contract-parent-5 = Уюмдун кызматкерлеринин ар-намысын жана кадыр-баркын урматтоо жана анын ички тартип эрежелерин сактоо.
doc-contract-term = Келишимдин мөөнөтү жана аны бузуу
doc-contract-term-1 = Келишим Уюмдун жетекчиси кол койгон учурдан тартып күчүнө кирет; колдонулуу мөөнөтү: { $from } – { $until } (кошо алганда).
doc-contract-term-2 = Келишим Тараптардын макулдугу боюнча, Ата-эненин кеминде 10 календардык күн мурда берген арызы боюнча, ошондой эле ваучер жокко чыгарылганда бузулушу мүмкүн.
doc-contract-term-3 = Талаш-тартыштар сүйлөшүүлөр аркылуу, ал эми макулдукка келишилбесе, { $country ->
        [KG] Кыргыз Республикасынын
       *[KZ] Казакстан Республикасынын
    } мыйзамдарына ылайык сот тартибинде чечилет.
doc-contract-term-4 = Келишим электрондук түрдө түзүлүп, Тараптардын электрондук санариптик кол тамгалары менен кол коюлган; басып чыгарылган көчүрмөнүн аныктыгы QR-код аркылуу текшерилет.
doc-contract-documents = Келишимге тиркелүүчү документтер
doc-contract-documents-intro = Ата-эне келишимге төмөнкү документтердин скан-көчүрмөлөрүн тиркейт:
doc-contract-parties = Тараптардын реквизиттери жана колдору
doc-contract-kindergarten-side = Уюм
doc-contract-kindergarten-name = Аталышы
doc-contract-bin = { $country ->
        [KG] ИНН
       *[KZ] БИН
    }
doc-contract-head = Жетекчи
doc-contract-parent-side = Ата-эне (мыйзамдуу өкүлү)
doc-contract-parent-name = Фамилиясы, аты, атасынын аты
doc-contract-parent-sign = Ата-эне
