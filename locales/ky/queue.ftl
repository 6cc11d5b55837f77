# The place in the queue and why (the card's Information tab).

card-section-queue = Кезектеги орду
queue-place = Ушул калктуу конуштун жана туулган жылдын кезегинде { $size } ичинен { $position }-номер
queue-counted-benefit = Эсепке алынат: { $kind }
queue-unverified-benefit = Билдирилген «{ $kind }» жеңилдиги документтер текшерилгенге чейин эсепке алынбайт
queue-ahead-benefit = Жогорураак жеңилдик менен алдыда тургандар: { $count }
queue-ahead-time = Ошол эле жеңилдик менен, эртерээк катталгандар: { $count }
queue-ahead-number = Ошол эле жеңилдик жана убакыт менен, арыздын номери боюнча алдыда: { $count }
queue-changes-title = Кезек номеринин тарыхы
queue-changes-empty = Кезек номери өзгөргөн жок.
queue-change = { $at }: { $before } → { $after } (алдыдан кеткендер: { $left }, алдыга чыккандар: { $joined })
