# The meal benefit of voucher children (seed 000, §III "Питание"). ru is the reference.

nav-meals = Тамактануу

meals-title = Тамактануу
meals-intro = Баланын тамагына төлөнүүчү сумма (күнүнө сом), тамактануу жеңилдиги боюнча чечим кабыл алган Социалдык маселелер боюнча комиссиянын жыйынынын протоколунун номери жана датасы, ошондой эле протоколдун өзү PDF форматында.
meals-read-only = Тамактануу жеңилдиктерин комиссиянын жооптуу катчысы киргизет; сизге алар көрүү үчүн гана жеткиликтүү.
meals-loading = Жүктөлүүдө…
meals-children-none = Ваучери бар балдар жок.

meals-col-number = Арыздын №
meals-col-child = Бала
meals-col-status = Абалы
meals-col-amount = Тамактануу, күнүнө сом
meals-col-protocol = Комиссиянын протоколу
meals-col-saved = Киргизилди
meals-amount-value = { $amount } сом/күн
meals-none = көрсөтүлгөн эмес
meals-protocol-value = { $date } күнкү { $number }
meals-saved-by = { $by }, { $at }
meals-view-pdf = Протокол (PDF)
meals-enter = Көрсөтүү
meals-change = Өзгөртүү

meals-amount = Тамакка сумма, күнүнө сом
meals-protocol-number = Протоколдун номери
meals-protocol-date = Протоколдун датасы
meals-pdf = Комиссиянын жыйынынын протоколу (PDF)
meals-pdf-picked = Тандалган файл: { $name } ({ $size } КБ).
meals-pdf-hint = Көлөмү { $max } МБдан ашпаган PDF файл.
meals-pdf-again = Жеңилдикти өзгөртүү үчүн протоколду кайра жүктөңүз.
meals-save = Сактоо
meals-cancel = Жокко чыгаруу
meals-saved = Тамактануу жеңилдиги сакталды: { $child }. Ал кийинки шайкештештирүүдө серверге жөнөтүлөт.
meals-pdf-title = { $child }: { $date } күнкү { $number } протокол
meals-pdf-close = Жабуу

meals-error-amount_invalid = Сумма сандар менен, үтүрдөн кийин эки белгиден ашпай көрсөтүлөт (мисалы, 125 же 125,50).
meals-error-amount_not_positive = Сумма нөлдөн чоң болушу керек.
meals-error-amount_too_large = Сумма күнүнө 10 000 сомдон ашпашы керек.
meals-error-number_required = Протоколдун номерин көрсөтүңүз.
meals-error-number_too_long = Протоколдун номери { $chars } белгиден узун болбошу керек.
meals-error-date_in_future = Протоколдун датасы бүгүнкү күндөн кеч болбошу керек.
meals-error-pdf_required = Протоколду PDF форматында жүктөңүз.
meals-error-pdf_too_large = Протоколдун файлы { $max } МБдан чоң.
meals-error-pdf_not_pdf = Бул файл PDF эмес. Протоколду PDF форматында жүктөңүз.
meals-error-not_voucher_child = Тамактануу жеңилдиги ваучер берилген балдарга гана көрсөтүлөт.

sync-rejected-what-meal-save = Баланын тамактануу жеңилдиги
sync-reject-not_voucher_child = Арыз ваучердик эмес же ваучер али берилген эмес.
