# The sync line's list of refusals: the commission's mutations and their reasons.
sync-rejected-what-member-save = Комиссиянын курамындагы өзгөрүү
sync-rejected-what-member-remove = Комиссиянын мүчөсүн чыгаруу
sync-rejected-what-protocol-send = Протоколду кол коюуга жөнөтүү
sync-rejected-what-protocol-return = Протоколду кайра иштеп чыгууга кайтаруу
sync-rejected-what-protocol-sign = Протоколго кол коюу
sync-reject-not_found = Серверде сиздин комиссияңызда мындай жазуу жок.
sync-reject-wrong_state = Протокол башка абалда (мисалы, кол коюлган же кайтарылган).
sync-reject-inactive_member = Протоколдо активдүү эмес мүчө же комиссиянын курамына кирбеген адам көрсөтүлгөн.
sync-reject-duplicate_protocol_number = Комиссияда мындай номердеги протокол бар.
sync-reject-application_not_reviewable = Арыз комиссиянын кароосунда эмес же башка кол коюлбаган протоколго киргизилген.
sync-reject-not_the_sent_protocol = Кол коюуга жөнөтүлгөн файлга эмес, башка файлга кол коюлган.
sync-reject-signature_invalid = Кол тамга серверде текшерүүдөн өткөн жок (сертификат ишенимсиз, төрагага тиешелүү эмес же файл өзгөртүлгөн).
