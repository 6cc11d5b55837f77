# The meal benefit of voucher children (seed 000, §III "Питание"). ru is the reference.

nav-meals = Тамақтану

meals-title = Тамақтану
meals-intro = Баланың тамағына төленетін сома (күніне сом), тамақтану жеңілдігі туралы шешім қабылдаған Әлеуметтік мәселелер жөніндегі комиссия отырысы хаттамасының нөмірі мен күні және хаттаманың өзі PDF форматында.
meals-read-only = Тамақтану жеңілдіктерін комиссияның жауапты хатшысы енгізеді; сізге тек қарау үшін қолжетімді.
meals-loading = Жүктелуде…
meals-children-none = Ваучері бар балалар жоқ.

meals-col-number = Өтініш №
meals-col-child = Бала
meals-col-status = Мәртебесі
meals-col-amount = Тамақтану, күніне сом
meals-col-protocol = Комиссия хаттамасы
meals-col-saved = Енгізілді
meals-amount-value = { $amount } сом/күн
meals-none = көрсетілмеген
meals-protocol-value = { $date } күнгі { $number }
meals-saved-by = { $by }, { $at }
meals-view-pdf = Хаттама (PDF)
meals-enter = Көрсету
meals-change = Өзгерту

meals-amount = Тамаққа арналған сома, күніне сом
meals-protocol-number = Хаттама нөмірі
meals-protocol-date = Хаттама күні
meals-pdf = Комиссия отырысының хаттамасы (PDF)
meals-pdf-picked = Таңдалған файл: { $name } ({ $size } КБ).
meals-pdf-hint = Көлемі { $max } МБ-тан аспайтын PDF файлы.
meals-pdf-again = Жеңілдікті өзгерту үшін хаттаманы қайта жүктеңіз.
meals-save = Сақтау
meals-cancel = Болдырмау
meals-saved = Тамақтану жеңілдігі сақталды: { $child }. Ол келесі синхрондау кезінде серверге жіберіледі.
meals-pdf-title = { $child }: { $date } күнгі { $number } хаттама
meals-pdf-close = Жабу

meals-error-amount_invalid = Сома цифрлармен, үтірден кейін екі таңбадан аспай көрсетіледі (мысалы, 125 немесе 125,50).
meals-error-amount_not_positive = Сома нөлден үлкен болуы керек.
meals-error-amount_too_large = Сома күніне 10 000 сомнан аспауы керек.
meals-error-number_required = Хаттама нөмірін көрсетіңіз.
meals-error-number_too_long = Хаттама нөмірі { $chars } таңбадан ұзын болмауы керек.
meals-error-date_in_future = Хаттама күні бүгінгі күннен кеш болмауы керек.
meals-error-pdf_required = Хаттаманы PDF форматында жүктеңіз.
meals-error-pdf_too_large = Хаттама файлы { $max } МБ-тан үлкен.
meals-error-pdf_not_pdf = Бұл файл PDF емес. Хаттаманы PDF форматында жүктеңіз.
meals-error-not_voucher_child = Тамақтану жеңілдігі тек ваучер берілген балаларға көрсетіледі.

sync-rejected-what-meal-save = Баланың тамақтану жеңілдігі
sync-reject-not_voucher_child = Өтініш ваучерлік емес немесе ваучер әлі берілмеген.
