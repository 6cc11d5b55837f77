# The place in the queue and why (the card's Information tab).

card-section-queue = Кезектегі орны
queue-place = Осы елді мекен мен туған жыл кезегінде { $size } ішінен { $position }-нөмір
queue-counted-benefit = Есепке алынады: { $kind }
queue-unverified-benefit = Мәлімделген «{ $kind }» жеңілдігі құжаттар тексерілгенге дейін есепке алынбайды
queue-ahead-benefit = Жоғарырақ жеңілдікпен алда тұрғандар: { $count }
queue-ahead-time = Сол жеңілдікпен, ертерек тіркелгендер: { $count }
queue-ahead-number = Сол жеңілдікпен және сол уақытта, өтініш нөмірі бойынша алда: { $count }
queue-changes-title = Кезек нөмірінің тарихы
queue-changes-empty = Кезек нөмірі өзгерген жоқ.
queue-change = { $at }: { $before } → { $after } (алдан кеткендер: { $left }, алға шыққандар: { $joined })
