# The sync line's list of refusals: the commission's mutations and their reasons.
sync-rejected-what-member-save = Комиссия құрамындағы өзгеріс
sync-rejected-what-member-remove = Комиссия мүшесін алып тастау
sync-rejected-what-protocol-send = Хаттаманы қол қоюға жіберу
sync-rejected-what-protocol-return = Хаттаманы пысықтауға қайтару
sync-rejected-what-protocol-sign = Хаттамаға қол қою
sync-reject-not_found = Серверде сіздің комиссияңызда мұндай жазба жоқ.
sync-reject-wrong_state = Хаттама басқа күйде (мысалы, қол қойылған немесе қайтарылған).
sync-reject-inactive_member = Хаттамада белсенді емес комиссия мүшесі немесе құрамға кірмейтін адам көрсетілген.
sync-reject-duplicate_protocol_number = Комиссияда мұндай нөмірлі хаттама бар.
sync-reject-application_not_reviewable = Өтініш комиссияның қарауында емес немесе басқа қол қойылмаған хаттамаға енгізілген.
sync-reject-not_the_sent_protocol = Қол қоюға жіберілген файлға емес, басқа файлға қол қойылған.
sync-reject-signature_invalid = Қолтаңба серверде тексеруден өтпеді (сертификат сенімсіз, төрағаға тиесілі емес немесе файл өзгертілген).
