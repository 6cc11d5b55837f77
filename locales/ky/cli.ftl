# Messages of the kezek command-line tool.

cli-demo-progress = Жүктөлдү: { $done } / { $total } арыз
cli-demo-done = Демо-маалыматтар ({ $count } арыз) { $seconds } сек ичинде жүктөлдү: { $path }
cli-error = Ката: { $message }

## kezek calendar

cli-calendar-country-kz = Казакстан
cli-calendar-country-kg = Кыргызстан
cli-calendar-day-off = дем алыш күн
cli-calendar-working-day = жумуш күнү
cli-calendar-deadline = Мөөнөт: { $instant } чейин ({ $zone })
cli-calendar-list-heading = { $country }, { $year }: майрам жана дем алыш күндөр, которулган жумуш күндөр
cli-calendar-no-data = { $year }-жылга календарь маалыматтары жок ({ $country }): ишемби жана жекшемби гана эсепке алынды
